import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WELCOME_PATH, welcomeOnInstall } from '../../background/welcome';

// The background opens the welcome page on install only, on WXT's in-memory fake browser.

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
