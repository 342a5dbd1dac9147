import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests run in plain Node. WXT's plugin gives every file its in-memory fake browser:
// `wxt/browser` resolves to it and `globalThis.browser` is it before any module loads, so
// code that talks to the extension API (storage, messages, tabs) runs on it unmocked.
export default defineConfig({
  plugins: [WxtVitest()],
  // The plain build's value (wxt.config.ts defines it from KETAMINE_LENS_CHECKS).
  define: { __KETAMINE_LENS_CHECKS__: 'false' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
