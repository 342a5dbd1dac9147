import { defineConfig } from 'vitest/config';

// Unit tests run in plain Node: the code under test here is pure (no DOM, no browser API).
export default defineConfig({
  // The plain build's value (wxt.config.ts defines it from KETAMINE_LENS_CHECKS).
  define: { __KETAMINE_LENS_CHECKS__: 'false' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
