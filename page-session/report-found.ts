import { browser } from 'wxt/browser';
import type { FoundCounts, Message } from '../messaging/messages';

/**
 * Tells the background what this frame highlights, only when it changed, for the badge and
 * the popup's "On this page". A closed background or an invalidated context is not an error.
 */
export function createFoundReporter(isValid: () => boolean): (counts: FoundCounts) => void {
  let last = '';
  return (counts) => {
    const key = JSON.stringify(counts);
    if (key === last || !isValid()) return;
    last = key;
    const message: Message = { type: 'page-found', counts };
    browser.runtime.sendMessage(message).catch(() => {});
  };
}
