import { browser } from 'wxt/browser';
import { isOwnSender, parseMessage } from '../messaging/messages';
import { showFoundOnBadge } from './badge';
import type { FoundStore } from './found-store';
import { openSearch } from './open-search';

/** Answers validated messages from our own content scripts and pages; ignores the rest. */
export function routeMessages(found: FoundStore): void {
  browser.runtime.onMessage.addListener((raw, sender) => {
    if (!isOwnSender(sender, browser.runtime.id)) return undefined;
    const message = parseMessage(raw);
    if (!message) return undefined;
    switch (message.type) {
      case 'page-found': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        return found
          .setFrame(tabId, sender.frameId ?? 0, message.counts)
          .then((tabFound) => showFoundOnBadge(tabId, tabFound))
          .then(() => true);
      }
      case 'get-tab-found':
        return found.get(message.tabId);
      case 'open-search':
        return openSearch(message.query, sender.tab?.id).then(() => true);
      default:
        return undefined;
    }
  });
}

/** A closed tab's findings are forgotten; a navigating frame reports its new findings itself. */
export function forgetClosedTabs(found: FoundStore): void {
  browser.tabs.onRemoved.addListener((tabId) => void found.clearTab(tabId));
}
