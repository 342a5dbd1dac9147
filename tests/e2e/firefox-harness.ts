/**
 * The one harness for Firefox end-to-end tests: the Firefox build in Debian's Firefox ESR,
 * driven over WebDriver BiDi by puppeteer-core. A test file starts with
 *
 *   const firefox = useFirefox();
 *   const page = await firefox.open('/article.html');   // once its first scan is done
 *
 * and serves pages from the same FixtureServer as the Chromium harness (./harness).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { FixtureServer, MYTH, READY, ROOT, started, TERM } from './harness';
import {
  cardIsShown,
  centreOf,
  hasMark,
  highlightTextsOf,
  noCardShown,
  type TermQuery,
  termBoxIn,
} from './page-side';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = resolve(
  process.env.KL_OUT_DIR ?? resolve(ROOT, '.output'),
  'firefox-mv2',
);
/**
 * Only 127.0.0.1 is reachable, as in the Chromium harness: every other request, the browser's
 * own included, goes to a proxy on the discard port, which refuses it. Loopback is never
 * proxied (`allow_hijacking_localhost` stays false).
 */
const ONLY_LOCAL_PREFS = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.socks': '127.0.0.1',
  'network.proxy.socks_port': 9,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.allow_hijacking_localhost': false,
};

export interface FirefoxOptions {
  /** Keep the welcome tab the install opens. */
  keepWelcome?: boolean;
  /** Firefox's UI language (its language pack must be installed). */
  uiLanguage?: string;
  /** The Firefox build to install, when not FIREFOX_BUILD (the plain build, say). */
  buildDir?: string;
}

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
  options: FirefoxOptions = {},
): Promise<FirefoxWithExtension> {
  const build = options.buildDir ?? FIREFOX_BUILD;
  if (!existsSync(FIREFOX)) {
    throw new Error(
      `No Firefox at ${FIREFOX}. Install Debian's package (apt-get install firefox-esr) or set FIREFOX_PATH.`,
    );
  }
  const languagePack = `/usr/lib/firefox-esr/browser/extensions/langpack-${options.uiLanguage}@firefox-esr.mozilla.org.xpi`;
  if (options.uiLanguage && !process.env.FIREFOX_PATH && !existsSync(languagePack)) {
    throw new Error(
      `Firefox ESR has no ${options.uiLanguage} language pack: apt-get install firefox-esr-l10n-${options.uiLanguage}.`,
    );
  }
  if (!existsSync(resolve(build, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${build}: run \`npm run build:checks\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      ...ONLY_LOCAL_PREFS,
      ...(options.uiLanguage && {
        // The UI language, from Debian's language packs (firefox-esr-l10n-*), which live in
        // the application's scope and are enabled only when that scope is.
        'intl.locale.requested': options.uiLanguage,
        'extensions.autoDisableScopes': 0,
      }),
    },
  });
  await browser.installExtension(build);
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

/** One test file's Firefox with the extension and its fixture server. */
export interface FirefoxLens {
  readonly browser: Browser;
  readonly server: FixtureServer;
  /** The welcome tab the install opened, when `keepWelcome` asked to keep it. */
  readonly welcome: Page | undefined;
  /** Opens a path on the fixture server (registering `html` there first, when given), once scanned. */
  open(path: string, html?: string): Promise<Page>;
}

/** Launches Firefox with the extension and a fixture server before the file's tests, closes both after. */
export function useFirefox(options: FirefoxOptions = {}): FirefoxLens {
  let launched: FirefoxWithExtension | undefined;
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await new FixtureServer().start();
    launched = await launchFirefoxWithExtension(options);
  });
  afterAll(async () => {
    await launched?.browser.close();
    await server?.stop();
  });
  const lens: FirefoxLens = {
    get browser() {
      return started(launched, 'Firefox').browser;
    },
    get server() {
      return started(server, 'the fixture server');
    },
    get welcome() {
      return launched?.welcome;
    },
    open: async (path, html) => {
      const page = await lens.browser.newPage();
      await page.goto(lens.server.urlOf(path, html));
      await waitForReady(page);
      return page;
    },
  };
  return lens;
}

/**
 * Waits until `state(arg)`, run in the page, is truthy, and gives that value. Asked from here
 * with `evaluate`: Firefox ESR 140.12 blocks puppeteer's own `waitForFunction` on every page
 * whose CSP forbids eval (the extension's pages among them), since its poller is made with
 * `Function()` there.
 */
export async function waitInPage<A, R>(
  target: Page | Frame,
  state: ((arg: A) => R) | string,
  arg?: A,
  { timeout = 30_000, polling = 50 }: { timeout?: number; polling?: number } = {},
): Promise<NonNullable<Awaited<R>>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value: unknown =
        typeof state === 'string'
          ? await target.evaluate(state)
          : await target.evaluate(state as never, arg as never);
      if (value) return value as NonNullable<Awaited<R>>;
      last = value;
    } catch (error) {
      // A page between two documents cannot answer; the next look can.
      last = error;
    }
    if (Date.now() > deadline) {
      const what = typeof state === 'string' ? state : state.name || 'a state';
      throw new Error(`Waited ${timeout} ms for ${what}; last: ${String(last)}`);
    }
    await new Promise((done) => setTimeout(done, polling));
  }
}

interface ExtensionStorage {
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(value: object): Promise<void>;
      remove(key: string): Promise<void>;
    };
  };
}

/** Writes the reader's settings (null: the defaults) from one of the extension's own pages. */
export function storeSettingsFrom(extensionPage: Page, settings: object | null): Promise<void> {
  return extensionPage.evaluate(async (value) => {
    const { local } = (globalThis as unknown as { browser: ExtensionStorage }).browser.storage;
    if (value === null) await local.remove('settings');
    else await local.set({ settings: value });
  }, settings);
}

/** The reader's settings as stored, read from one of the extension's own pages. */
export function storedSettingsFrom(extensionPage: Page): Promise<unknown> {
  return extensionPage.evaluate(async () => {
    const { local } = (globalThis as unknown as { browser: ExtensionStorage }).browser.storage;
    return (await local.get('settings')).settings;
  });
}

/** An element by the words its text starts with, in the page or the card's open shadow root. */
export interface ElementByWords {
  selector: string;
  words: string;
  inCard?: boolean;
}

/**
 * The centre of an element whose text starts with `words`, once its box has stayed put for two
 * frames: a click lands where the element is, not where it was before the layout moved it
 * (the undo notice grows when its text arrives, a frame after it is shown).
 */
export function stableCentreOf(
  page: Page,
  query: ElementByWords,
): Promise<{ x: number; y: number }> {
  return waitInPage(
    page,
    async ({ selector, words, inCard }) => {
      const root = inCard ? document.querySelector('ketamine-lens-card')?.shadowRoot : document;
      const element = [...(root?.querySelectorAll(selector) ?? [])].find((e) =>
        e.textContent?.trim().startsWith(words),
      );
      if (!element) return null;
      const box = () => JSON.stringify(element.getBoundingClientRect());
      const first = box();
      for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
      if (box() !== first) return null;
      const rect = element.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    },
    query,
    { timeout: 10_000 },
  );
}

/** Clicks an element (see `stableCentreOf`) with the mouse: the reader's own, trusted click. */
export async function clickOn(page: Page, query: ElementByWords): Promise<void> {
  const at = await stableCentreOf(page, query);
  await page.mouse.click(at.x, at.y);
}

/**
 * As a reader with a mouse: rests the pointer on the headline's term of the reader-control
 * fixture until its card opens, opens the card's menu (⋯) and chooses `action`.
 */
export async function chooseHeadlineAction(page: Page, action: string): Promise<void> {
  const term = await termCentre(page, { within: '#headline' });
  await page.mouse.move(term.x, term.y);
  await waitForCard(page, 'Ketamine');
  await clickOn(page, { selector: 'button', words: '⋯', inCard: true });
  await clickOn(page, { selector: 'button', words: action, inCard: true });
}

/** Waits until the page has the ready mark (its first full scan). */
export async function waitForReady(page: Page, timeout = 30_000): Promise<void> {
  await waitInPage(page, hasMark, READY, { timeout });
}

/** Sorted texts of our highlights `names` (both by default; inside `within` if given). */
export function highlightedTexts(
  page: Page,
  names = [TERM, MYTH],
  within?: string,
): Promise<string[]> {
  return page.evaluate(highlightTextsOf, { names, within });
}

/** Waits until the texts of both our highlights (sorted) are `expected`. */
export async function waitForTexts(
  page: Page,
  expected: string[],
  timeout = 20_000,
): Promise<void> {
  await expect
    .poll(() => highlightedTexts(page), { timeout, interval: 50 })
    .toEqual([...expected].sort());
}

/**
 * The centre of the first line of the first range inside `within` (or with this text), of the
 * term highlight unless `highlight` says otherwise.
 */
export async function termCentre(
  page: Page,
  where: Omit<TermQuery, 'shadowHost' | 'nth'>,
): Promise<{ x: number; y: number }> {
  const query: TermQuery = { highlight: TERM, ...where };
  const box = await page.evaluate(termBoxIn, query);
  if (!box) throw new Error(`no term ${JSON.stringify(where)}`);
  return centreOf(box);
}

/** Waits for a shown, laid-out card with this heading in an open shadow root. */
export async function waitForCard(page: Page, heading: string): Promise<void> {
  await waitInPage(page, cardIsShown, heading, { timeout: 10_000 });
}

export async function waitForNoCard(page: Page): Promise<void> {
  await waitInPage(page, noCardShown, undefined, { timeout: 10_000 });
}
