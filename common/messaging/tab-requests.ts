import { browser } from 'wxt/browser';
import {
  isFromBackground,
  type Message,
  type MessageSender,
  parseMessage,
  parseReply,
  type TabFound,
} from './messages';

/** Requests the popup makes about the tab it was opened over. */

/** The tab the popup speaks for: `?tab=` when given (a tab-hosted popup), else the active tab. */
export async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URL(location.href).searchParams.get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const own = browser.runtime.getURL('/');
  return tab?.id !== undefined && !tab.url?.startsWith(own) ? tab.id : undefined;
}

/** The tab's findings, merged over its frames; none when the background gives no valid answer. */
export async function foundInTab(tabId: number): Promise<TabFound> {
  const message: Message = { type: 'get-tab-found', tabId };
  const reply = parseReply('get-tab-found', await browser.runtime.sendMessage(message));
  return reply ?? { total: {}, frames: [] };
}

/**
 * Calls back with the tab's merged findings whenever the background stores new ones: it
 * sends them (`tab-found`), so the popup hears of findings by message only, as it asks.
 * Only the background's word counts: our content scripts reach the extension's pages too, and
 * one in a compromised page must not be able to tell the popup what a tab shows.
 */
export function watchFoundInTab(tabId: number, onChange: (found: TabFound) => void): () => void {
  const own = { id: browser.runtime.id, base: browser.runtime.getURL('/') };
  const listener = (raw: unknown, sender: MessageSender) => {
    if (!isFromBackground(sender, own)) return undefined;
    const message = parseMessage(raw);
    if (message?.type === 'tab-found' && message.tabId === tabId) onChange(message.found);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Origin of the tab's top document, or null where no content script runs (e.g. chrome://). */
export async function originOfTab(tabId: number): Promise<string | null> {
  const message: Message = { type: 'get-origin' };
  try {
    return parseReply('get-origin', await browser.tabs.sendMessage(tabId, message, { frameId: 0 }));
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
    const reply = await browser.tabs.sendMessage(tabId, message, { frameId: frame.frameId });
    return parseReply('reveal', reply) === true;
  } catch {
    return false;
  }
}

/**
 * Calls back with each term the pointer rests on in any tab, as the background passes it on
 * (`tab-pointed`); like the findings, only the background's word counts.
 */
export function watchPointed(onPointed: (tabId: number, id: string) => void): () => void {
  const own = { id: browser.runtime.id, base: browser.runtime.getURL('/') };
  const listener = (raw: unknown, sender: MessageSender) => {
    if (!isFromBackground(sender, own)) return undefined;
    const message = parseMessage(raw);
    if (message?.type === 'tab-pointed') onPointed(message.tabId, message.id);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
