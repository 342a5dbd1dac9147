import { beforeEach, describe, expect, it, vi } from 'vitest';

// The background opens the welcome page on install only, on WXT's in-memory fake browser.
const { fakeBrowser } = await vi.hoisted(async () => {
  const testing = await import('wxt/testing/fake-browser');
  // Read once by `wxt/browser` when first imported, so set before that.
  (globalThis as { browser?: unknown }).browser = testing.fakeBrowser;
  return testing;
});
const { welcomeOnInstall, WELCOME_PATH } = await import('../../background/welcome');

async function openedUrls(): Promise<string[]> {
  return (await fakeBrowser.tabs.query({}))
    .filter((tab) => tab.id !== 0)
    .map((tab) => tab.url ?? '');
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('welcome page', () => {
  it('opens in a new tab on install', async () => {
    await welcomeOnInstall({ reason: 'install' });
    expect(await openedUrls()).toEqual([fakeBrowser.runtime.getURL(WELCOME_PATH)]);
  });

  it.each(['update', 'browser_update', 'chrome_update', 'shared_module_update'])(
    'does not open on %s',
    async (reason) => {
      await welcomeOnInstall({ reason });
      expect(await openedUrls()).toEqual([]);
    },
  );
});
