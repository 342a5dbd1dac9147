import { browser } from 'wxt/browser';

/**
 * Opens the full search (the popup page, in a tab) with a query filled in. Given the tab it
 * was asked from, the search also shows what that tab highlights ("On this page").
 */
export async function openSearch(query: string, openerTabId?: number): Promise<void> {
  const params = new URLSearchParams({ q: query.trim() });
  if (openerTabId !== undefined) params.set('tab', String(openerTabId));
  const url = `${browser.runtime.getURL('/popup.html')}?${params}`;
  await browser.tabs.create({ url, openerTabId });
}
