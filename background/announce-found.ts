import { browser } from 'wxt/browser';
import type { Message, TabFound } from '../common/messaging/messages';

/**
 * Tells the extension's open pages (the popup, a search tab) that a tab's findings changed,
 * with the findings, so "On this page" follows the tab. With no page open nobody listens,
 * and the browser's "receiving end does not exist" is expected.
 */
export function announceTabFound(tabId: number, found: TabFound): void {
  const message: Message = { type: 'tab-found', tabId, found };
  browser.runtime.sendMessage(message).catch(() => {});
}
