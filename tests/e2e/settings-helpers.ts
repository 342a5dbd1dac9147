/**
 * The reader's settings as the extension stores them, written and read through the service
 * worker: how a Chromium test sets a setting up, checks what was stored, and starts clean.
 */
import { afterEach } from 'vitest';
import type { Settings } from '../../common/settings/settings';
import { closeAllPages, type ExtensionBrowser, type Lens } from './harness';
import { inWorker } from './popup-helpers';

/** Writes the stored settings as given; the extension repairs what is missing or wrong. */
export async function storeSettings(browser: ExtensionBrowser, settings: unknown): Promise<void> {
  await inWorker(
    browser,
    (chrome, value) => chrome.storage.local.set({ settings: value }),
    settings,
  );
}

/** Changes the settings named in `patch` and keeps the rest as stored. */
export async function changeSettings(browser: ExtensionBrowser, patch: object): Promise<void> {
  await inWorker(
    browser,
    async (chrome, change) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), ...change } });
    },
    patch,
  );
}

/** The settings as stored, undefined when none are. */
export function storedSettings(browser: ExtensionBrowser): Promise<Settings | undefined> {
  return inWorker(
    browser,
    async (chrome) => (await chrome.storage.local.get('settings')).settings as Settings | undefined,
  );
}

/** Back to the default settings: the stored ones removed, as on a fresh install. */
export async function resetSettings(browser: ExtensionBrowser): Promise<void> {
  await inWorker(browser, (chrome) => chrome.storage.local.remove('settings'));
}

/**
 * After each test, the default settings back and (with `closePages`) every page closed, so no
 * test sees what the one before it chose.
 */
export function resetSettingsAfterEach(lens: Lens, { closePages = false } = {}): void {
  afterEach(async () => {
    await resetSettings(lens.browser);
    if (closePages) await closeAllPages(lens);
  });
}
