import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';
import type { TabFound } from '../../common/messaging/messages';
import { type ExtensionBrowser, type Lens, openPopup, ROOT, SETTLE_MS } from './harness';

/** The extension API as the service worker sees it (Chrome's promise-returning `chrome`). */
export type Chrome = Browser;

/**
 * Runs `fn(chrome, arg)` in the extension's service worker. The function is sent as source,
 * as Playwright does, so it must not use anything from this file's scope.
 */
export function inWorker<R, A = null>(
  browser: ExtensionBrowser,
  fn: (chrome: Chrome, arg: A) => R | Promise<R>,
  arg?: A,
): Promise<R> {
  return browser.worker.evaluate(`(${fn.toString()})(chrome, ${JSON.stringify(arg ?? null)})`);
}

/**
 * The tab showing `origin`. The extension has no "tabs" permission, so the worker cannot read
 * tab URLs; it asks each tab's content script for its origin instead (the `get-origin` message
 * the popup sends). Tests give each page its own FixtureServer, so its own port and origin.
 */
export async function tabIdOf(browser: ExtensionBrowser, origin: string): Promise<number> {
  const ids = await inWorker(
    browser,
    async (chrome, wanted) => {
      const matches: number[] = [];
      for (const tab of await chrome.tabs.query({})) {
        if (tab.id === undefined) continue;
        const answer = await chrome.tabs
          .sendMessage(tab.id, { type: 'get-origin' }, { frameId: 0 })
          .catch(() => null);
        if (answer === wanted) matches.push(tab.id);
      }
      return matches;
    },
    origin,
  );
  if (ids.length !== 1) throw new Error(`Expected one tab at ${origin}, found ${ids.length}`);
  return ids[0] as number;
}

/** The popup page in a tab, speaking for `tabId` as the toolbar popup does for the active tab. */
export async function openPopupFor(
  browser: ExtensionBrowser,
  tabId?: number,
  query = '',
): Promise<Page> {
  const params = new URLSearchParams();
  if (tabId !== undefined) params.set('tab', String(tabId));
  if (query) params.set('q', query);
  const popup = await openPopup(browser, params.size ? `?${params}` : '');
  await popup.waitForSelector('input[type=search]');
  return popup;
}

export function badgeOf(browser: ExtensionBrowser, tabId: number): Promise<string> {
  return inWorker(browser, (chrome, id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Waits until the tab's badge reads `text` (the background sets it after each scan). */
export async function waitForBadge(
  browser: ExtensionBrowser,
  tabId: number,
  text: string,
  timeout = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = await badgeOf(browser, tabId);
    if (last === text) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`Badge of tab ${tabId} stayed "${last}", expected "${text}"`);
}

/**
 * What the background holds for a tab, merged over its frames (the popup's "On this page"),
 * asked from an extension page as the popup asks: `get-tab-found`.
 */
export function tabFoundFrom(extensionPage: Page, tabId: number): Promise<TabFound> {
  return extensionPage.evaluate(
    (id) =>
      (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({
        type: 'get-tab-found',
        tabId: id,
      }) as Promise<TabFound>,
    tabId,
  );
}

/**
 * Asks until `wanted` holds (or `timeout` passes) and gives the last answer, for the test to
 * compare: a mismatch then shows what the background held.
 */
export async function waitForTabFound(
  extensionPage: Page,
  tabId: number,
  wanted: (found: TabFound) => boolean,
  timeout = 20_000,
): Promise<TabFound> {
  const deadline = Date.now() + timeout;
  let last: TabFound = { total: {}, frames: [] };
  while (Date.now() < deadline) {
    // A worker being stopped answers nothing for a moment; the next ask will do.
    last = await tabFoundFrom(extensionPage, tabId).catch(() => last);
    if (wanted(last)) return last;
    await new Promise((done) => setTimeout(done, 100));
  }
  return last;
}

/** Ids of the cards shown, in order. */
export function cardIds(page: Page): Promise<string[]> {
  return page
    .locator('article[data-card-id]')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-card-id') ?? ''));
}

/** Types a query into the search field, replacing what was there, and waits for the view. */
export async function search(popup: Page, query: string): Promise<void> {
  await popup.fill('input[type=search]', query);
  await popup.waitForFunction(
    () =>
      document.querySelector('[role=status]') !== null || !document.querySelector('#kl-results'),
  );
}

/** Number of ranges in one of our highlights, as the page's main world sees it. */
export function rangeCount(page: Page, name = 'ketamine-lens-term'): Promise<number> {
  return page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);
}

export function waitForRangeCount(
  page: Page,
  count: number,
  name = 'ketamine-lens-term',
): Promise<unknown> {
  return page.waitForFunction(
    ([n, c]) => (CSS.highlights.get(n as string)?.size ?? 0) === c,
    [name, count] as const,
    { timeout: 15_000 },
  );
}

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page. The popup's CSP (script-src 'self') refuses addScriptTag's
 * inline script, so the library is evaluated through the DevTools protocol instead.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: string[] }[];
      }[];
    }
    const { violations } = await axe.run();
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((node) => node.target.join(' ')),
    }));
  });
}

/**
 * Chrome's view of the extension's service worker through the DevTools ServiceWorker domain
 * (a page's session reaches every worker of the profile): stop it as Chrome does when it
 * idles, and wait for it to be stopped or running again. Playwright notices neither a stop
 * nor a restart in time (its old Worker handle lingers), so Chrome's own status is used, and
 * after a stop the worker is reached through extension pages rather than `browser.worker`.
 */
export async function watchServiceWorker(browser: ExtensionBrowser, page: Page) {
  const prefix = `chrome-extension://${browser.extensionId}/`;
  const cdp = await browser.context.newCDPSession(page);
  let status = 'unknown';
  const waiters = new Set<() => void>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const ours = versions.filter((v) => v.scriptURL.startsWith(prefix));
    // Several versions can be listed while one starts; the newest one counts.
    const latest = ours.at(-1);
    if (!latest) return;
    status = latest.runningStatus;
    for (const check of waiters) check();
  });
  await cdp.send('ServiceWorker.enable');
  const waitFor = (wanted: 'stopped' | 'running', timeout = 15_000) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (status !== wanted) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`The service worker stayed "${status}", expected "${wanted}"`));
      }, timeout);
      waiters.add(check);
      check();
    });
  return {
    status: () => status,
    waitFor,
    async stop(): Promise<void> {
      await waitFor('running');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitFor('stopped');
    },
    detach: () => cdp.detach(),
  };
}

/**
 * Reloads the extension from `worker` (the launch's service worker by default) and returns the
 * new service worker.
 */
export async function reloadExtension(lens: Lens, worker = lens.browser.worker): Promise<Worker> {
  const next = lens.context.waitForEvent('serviceworker', { timeout: SETTLE_MS });
  // The worker goes away mid-call, so the evaluate itself may fail.
  await worker
    .evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { reload(): void } } }
      ).chrome.runtime.reload(),
    )
    .catch(() => {});
  return next;
}

/**
 * `openPopupFor` as a screenshot wants it: the toolbar popup's 380 px width, `height` tall, in
 * the colour `scheme`.
 */
export async function openPopupToShoot(
  browser: ExtensionBrowser,
  tabId: number,
  scheme: 'light' | 'dark',
  height = 600,
): Promise<Page> {
  const popup = await openPopupFor(browser, tabId);
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.setViewportSize({ width: 380, height });
  return popup;
}
