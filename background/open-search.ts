import { browser } from 'wxt/browser';
import { searchPageParams } from '../common/messaging/search-page';

/**
 * Opens the full search (the popup page, in a tab) with a query filled in. Given the tab it
 * was asked from, the search also shows what that tab highlights ("On this page").
 */
export async function openSearch(query: string, openerTabId?: number): Promise<void> {
  const url = `${browser.runtime.getURL('/popup.html')}?${searchPageParams(query, openerTabId)}`;
  await browser.tabs.create({ url, openerTabId });
}
