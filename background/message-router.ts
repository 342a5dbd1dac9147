import { browser } from 'wxt/browser';
import { isOwnSender, parseMessage } from '../common/messaging/messages';
import { showFoundOnBadge } from './badge';
import type { FoundStore } from './found-store';
import { askFrameOf } from './frame-check';
import { openSearch } from './open-search';

/** What Chrome says about the sending document; Firefox says nothing (treated as active). */
interface SenderDocument {
  documentLifecycle?: string;
}

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
        const lifecycle = (sender as SenderDocument).documentLifecycle;
        const { counts, document, seq } = message;
        // Replies true once stored: the frame's receipt (any other reply, it sends again).
        return found
          .setFrame(tabId, sender.frameId ?? 0, { counts, document, seq }, isActive(lifecycle))
          .then(async (tabFound) => {
            // A frame shows a new document: frames of the old one may have gone silently
            // (their last report lost with a stopped worker), so each stored frame is asked.
            const current = tabFound.newDocument
              ? await found.reconcile(tabId, askFrameOf(tabId))
              : tabFound;
            await showFoundOnBadge(tabId, current);
          })
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

function isActive(lifecycle: string | undefined): boolean {
  return lifecycle === undefined || lifecycle === 'active';
}

/** A closed tab's findings are forgotten; a navigating frame reports its new findings itself. */
export function forgetClosedTabs(found: FoundStore): void {
  browser.tabs.onRemoved.addListener((tabId) => void found.clearTab(tabId));
}

/**
 * A worker that starts may have been stopped in the middle of anything: each tab with stored
 * findings is checked against its frames, and its badge set from what is left.
 */
export async function reconcileStoredTabs(found: FoundStore): Promise<void> {
  for (const tabId of await found.storedTabs()) {
    const current = await found.reconcile(tabId, askFrameOf(tabId));
    await showFoundOnBadge(tabId, current).catch(() => {});
  }
}
