import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { keyOf as foundKeyOf } from '../background-services/found-store';
import type { Message, TabFound } from './messages';

/** Requests the popup makes about the tab it was opened over. */

/** The tab the popup speaks for: `?tab=` when given (a tab-hosted popup), else the active tab. */
export async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URL(location.href).searchParams.get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const own = browser.runtime.getURL('/');
  return tab?.id !== undefined && !tab.url?.startsWith(own) ? tab.id : undefined;
}

export async function foundInTab(tabId: number): Promise<TabFound> {
  const message: Message = { type: 'get-tab-found', tabId };
  return (await browser.runtime.sendMessage(message)) as TabFound;
}

/**
 * Calls back with the tab's merged findings whenever the background stores new ones. The
 * stored value is per frame, so the merged view is asked of the background as before.
 */
export function watchFoundInTab(tabId: number, onChange: (found: TabFound) => void): () => void {
  return storage.watch(foundKeyOf(tabId), () => {
    foundInTab(tabId)
      .then(onChange)
      .catch(() => {});
  });
}

/** Origin of the tab's top document, or null where no content script runs (e.g. chrome://). */
export async function originOfTab(tabId: number): Promise<string | null> {
  const message: Message = { type: 'get-origin' };
  try {
    const origin = await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    return typeof origin === 'string' ? origin : null;
  } catch {
    return null;
  }
}

/** Scrolls the tab to the next occurrence of an id, in the first frame that has it. */
export async function revealInTab(tabId: number, id: string, found: TabFound): Promise<boolean> {
  const frame = found.frames.find((f) => (f.counts[id] ?? 0) > 0);
  if (!frame) return false;
  const message: Message = { type: 'reveal', id };
  try {
    return (await browser.tabs.sendMessage(tabId, message, { frameId: frame.frameId })) === true;
  } catch {
    return false;
  }
}
