import { defineConfig } from 'vitest/config';

// Unit tests run in plain Node: the code under test here is pure (no DOM, no browser API).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
