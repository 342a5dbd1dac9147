import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './harness';
import { inWorker } from './popup-helpers';

/**
 * The side panel's page in a tab, following the active tab of the window tab `tabId` is in,
 * as the browser's side panel follows its window's (Playwright cannot open the browser's panel).
 */
export async function openSidePanelFor(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  const windowId = await windowOf(browser, tabId);
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?window=${windowId}`);
  await page.waitForSelector('.kl-panel');
  return page;
}

function windowOf(browser: ExtensionBrowser, tabId: number): Promise<number> {
  return inWorker(browser, async (chrome, id) => (await chrome.tabs.get(id)).windowId ?? -1, tabId);
}

/** Makes a tab the active one of its window, as the reader clicking it would. */
export async function activateTab(browser: ExtensionBrowser, tabId: number): Promise<void> {
  await inWorker(browser, (chrome, id) => chrome.tabs.update(id, { active: true }), tabId);
}

/** The ids a list of "On this page" shows (side panel or popup), once it shows `count`. */
export async function waitForListed(page: Page, ids: string[]): Promise<void> {
  await page.waitForFunction(
    (wanted) =>
      JSON.stringify(
        [...document.querySelectorAll('[data-found-id]')]
          .map((item) => item.getAttribute('data-found-id'))
          .sort(),
      ) === JSON.stringify([...wanted].sort()),
    ids,
    { timeout: 15_000 },
  );
}

/** Waits for the card of `id` in an extension page (side panel, popup) and gives its heading. */
export async function waitForCardFor(page: Page, id: string): Promise<string> {
  const card = page.locator(`[data-card-for="${id}"] .kl-hover__heading`);
  await card.waitFor({ timeout: 15_000 });
  return (await card.textContent()) ?? '';
}

/**
 * Moves the real mouse onto the middle of the first occurrence of `words` in the page's text,
 * found by the page's own DOM (discreet mode registers no highlight to find it by).
 */
export async function pointAtWords(page: Page, words: string): Promise<void> {
  const point = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`No "${wanted}" in the page`);
  }, words);
  await page.mouse.move(point.x, point.y);
}
