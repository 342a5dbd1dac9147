import { browser } from 'wxt/browser';
import { searchPageParams } from '../common/messaging/search-page';

/** A tab's frames may open the search once per this many milliseconds: a page cannot open a burst of tabs. */
export const OPEN_SEARCH_INTERVAL_MS = 1000;

/**
 * Opens the full search (the popup page, in a tab) with a query filled in. Given the tab it
 * was asked from, the search also shows what that tab highlights ("On this page").
 */
export async function openSearch(query: string, openerTabId?: number): Promise<void> {
  const url = `${browser.runtime.getURL('/popup.html')}?${searchPageParams(query, openerTabId)}`;
  await browser.tabs.create({ url, openerTabId });
}

/**
 * Whether a tab may open the search now: at most once per `OPEN_SEARCH_INTERVAL_MS` per tab.
 * The background cannot see a click, so this is what stops a compromised page from opening
 * tabs in a loop; a reader never clicks "Search all cards" twice a second for two tabs.
 */
export function searchRateLimit(now = () => Date.now()): (tabId: number) => boolean {
  const lastOpened = new Map<number, number>();
  return (tabId) => {
    const time = now();
    const last = lastOpened.get(tabId);
    if (last !== undefined && time - last < OPEN_SEARCH_INTERVAL_MS) return false;
    // Tabs that opened nothing for a while are forgotten, so the map stays small.
    for (const [id, at] of lastOpened)
      if (time - at >= OPEN_SEARCH_INTERVAL_MS) lastOpened.delete(id);
    lastOpened.set(tabId, time);
    return true;
  };
}
