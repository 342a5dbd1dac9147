import { browser } from 'wxt/browser';
import { searchPageParams } from './search-page';

/**
 * The tab a side panel speaks for: the active tab of its window, followed as it changes. The
 * window is the panel's own, or `?window=` when given (the panel opened as a page of its own,
 * as tests do); the extension's own tab is never one to speak for. Needs no `tabs` permission:
 * only tab ids are read, never an address.
 */
export function watchActiveTab(onTab: (tabId: number | undefined) => void): () => void {
  const given = Number(new URL(location.href).searchParams.get('window'));
  let windowId: number | undefined;
  let ownTab: number | undefined;
  let stopped = false;
  const tell = (tabId: number | undefined) => {
    if (!stopped) onTab(tabId === ownTab ? undefined : tabId);
  };
  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (info.windowId === windowId) tell(info.tabId);
  };
  void (async () => {
    ownTab = (await browser.tabs.getCurrent())?.id;
    windowId =
      Number.isInteger(given) && given > 0 ? given : (await browser.windows.getCurrent()).id;
    browser.tabs.onActivated.addListener(onActivated);
    const [active] = await browser.tabs.query({ active: true, windowId });
    tell(active?.id);
  })();
  return () => {
    stopped = true;
    browser.tabs.onActivated.removeListener(onActivated);
  };
}

/** Opens the full search in a new tab, speaking for `tabId`. */
export async function openSearchFor(query: string, tabId: number | undefined): Promise<void> {
  const url = `${browser.runtime.getURL('/popup.html')}?${searchPageParams(query, tabId)}`;
  await browser.tabs.create({ url });
}
