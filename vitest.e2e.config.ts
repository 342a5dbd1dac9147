import { defineConfig } from 'vitest/config';

// End-to-end tests drive real Chromium with the built extension; one file at a time keeps
// browsers from competing for the machine's two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
