/**
 * The full search is the popup page opened in a tab (hover card, context menu). Its URL says
 * so, because there it is a page of its own: Escape must not close it as it closes the
 * toolbar popup. (A popup page a test opens in a tab with only `?tab=` stands for the toolbar
 * popup, and behaves as one.)
 */
const VIEW_PARAM = 'view';
const AS_PAGE = 'page';

/** The popup page's query string for the full search: the query and the tab it speaks for. */
export function searchPageParams(query: string, openerTabId?: number): URLSearchParams {
  const params = new URLSearchParams({ q: query.trim() });
  if (openerTabId !== undefined) params.set('tab', String(openerTabId));
  params.set(VIEW_PARAM, AS_PAGE);
  return params;
}

/** Whether this popup page was opened as the full search in a tab. */
export function isSearchPage(href: string): boolean {
  return new URL(href).searchParams.get(VIEW_PARAM) === AS_PAGE;
}
