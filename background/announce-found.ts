import { browser } from 'wxt/browser';
import type { Message, TabFound } from '../common/messaging/messages';
import { showFoundOnBadge } from './badge';

/**
 * Tells the extension's open pages (the popup, a search tab) that a tab's findings changed,
 * with the findings, so "On this page" follows the tab. With no page open nobody listens,
 * and the browser's "receiving end does not exist" is expected.
 */
export function announceTabFound(tabId: number, found: TabFound): void {
  const message: Message = { type: 'tab-found', tabId, found };
  browser.runtime.sendMessage(message).catch(() => {});
}

/**
 * Shows a tab's stored findings wherever they are seen: its badge and the open pages. A tab
 * that was just closed has no badge to set, which is not an error.
 */
export function publishTabFound(tabId: number, found: TabFound): void {
  announceTabFound(tabId, found);
  showFoundOnBadge(tabId, found).catch(() => {});
}
