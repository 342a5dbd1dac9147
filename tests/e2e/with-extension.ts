import { afterAll, beforeAll } from 'vitest';
import { type ExtensionBrowser, FixtureServer, launchWithExtension } from './harness';

/**
 * For one test file: starts a fixture server and Chromium with the extension before its
 * tests, hands both to `use`, and closes both after them.
 */
export function withExtensionBrowser(
  use: (launched: { browser: ExtensionBrowser; server: FixtureServer }) => void,
  options: Parameters<typeof launchWithExtension>[0] = {},
): void {
  let launched: { browser: ExtensionBrowser; server: FixtureServer } | undefined;
  beforeAll(async () => {
    const server = await new FixtureServer().start();
    launched = { server, browser: await launchWithExtension(options) };
    use(launched);
  });
  afterAll(async () => {
    await launched?.browser.close();
    await launched?.server.stop();
  });
}
