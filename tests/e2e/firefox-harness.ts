import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from './harness';

// The Firefox build in Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core.
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = resolve(
  process.env.KL_OUT_DIR ?? resolve(ROOT, '.output'),
  'firefox-mv2',
);
/** The add-on id the manifest gives Firefox: what `browser.runtime.id` is there. */
export const ADDON_ID = 'ketamine-lens@ketamine-lens.org';

export interface FirefoxWithExtension {
  browser: Browser;
  /** The welcome tab the install opened, when `keepWelcome` asked to keep it. */
  welcome?: Page;
}

/**
 * Launches Firefox ESR with the Firefox build installed. The install opens the welcome page in
 * a tab of its own, which would leave the tests' pages in the background (hidden, so nothing
 * re-asserts their highlights); it is closed unless `keepWelcome`.
 */
export async function launchFirefoxWithExtension(
  options: { keepWelcome?: boolean } = {},
): Promise<FirefoxWithExtension> {
  if (!existsSync(FIREFOX)) {
    throw new Error(
      `No Firefox at ${FIREFOX}. Install Debian's package (apt-get install firefox-esr) or set FIREFOX_PATH.`,
    );
  }
  if (!existsSync(resolve(FIREFOX_BUILD, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_BUILD}: run \`npm run build:firefox\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
  });
  await browser.installExtension(FIREFOX_BUILD);
  const welcome = await welcomeTab(browser);
  if (options.keepWelcome) return { browser, welcome };
  await welcome.close();
  return { browser };
}

/**
 * The tab the install opened. Over BiDi, Firefox ESR reports a tab that an extension opened
 * as about:blank, so each tab is asked where it is until one is the welcome page.
 */
async function welcomeTab(browser: Browser, timeout = 20_000): Promise<Page> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && href.endsWith('/welcome.html')) return page;
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error('The install opened no welcome page');
}
