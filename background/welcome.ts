import { browser } from 'wxt/browser';

/** The page that explains the extension, built from entrypoints/welcome/. */
export const WELCOME_PATH = '/welcome.html';

/**
 * Opens the welcome page once, on a fresh install. An update, a browser update or a reload
 * of an unpacked build never opens it: a page popping up after each update would nag.
 */
export async function welcomeOnInstall(details: { reason: string }): Promise<void> {
  if (details.reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
}
