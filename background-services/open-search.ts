import { browser } from 'wxt/browser';

/** Opens the full search (the popup page, in a tab) with a query filled in. */
export async function openSearch(query: string, openerTabId?: number): Promise<void> {
  const url = `${browser.runtime.getURL('/popup.html')}?q=${encodeURIComponent(query.trim())}`;
  await browser.tabs.create({ url, openerTabId });
}
