import { browser } from 'wxt/browser';
import {
  type Message,
  type MessageSender,
  parseMessage,
  senderRole,
} from '../common/messaging/messages';
import type { FoundStore } from './found-store';
import { askFrameOf } from './frame-check';
import { openSearch, searchRateLimit } from './open-search';

/** What Chrome says about the sending document; Firefox says nothing (treated as active). */
interface SenderDocument {
  documentLifecycle?: string;
}

/**
 * Answers validated messages from our own content scripts and pages; ignores the rest. Who
 * may ask what goes by the sender the browser names, never by the message: a content script
 * reports and asks only for its own tab and frame, which a compromised page cannot change.
 */
export function routeMessages(found: FoundStore): void {
  const own = { id: browser.runtime.id, base: browser.runtime.getURL('/') };
  const mayOpenSearch = searchRateLimit();
  browser.runtime.onMessage.addListener((raw, sender: MessageSender & SenderDocument) => {
    const role = senderRole(sender, own);
    if (role === null) return undefined;
    const message = parseMessage(raw);
    if (!message) return undefined;
    const senderTab = sender.tab?.id;
    switch (message.type) {
      case 'page-found': {
        if (role !== 'content' || senderTab === undefined) return undefined;
        const tabId = senderTab;
        const { counts, document, seq } = message;
        const active = isActive(sender.documentLifecycle);
        // Replies true once stored: the frame's receipt (any other reply, it sends again).
        return found
          .setFrame(tabId, sender.frameId ?? 0, { counts, document, seq }, active)
          .then(async ({ stored, newDocument }) => {
            // A frame shows a new document: frames of the old one may have gone silently
            // (their last report lost with a stopped worker), so each stored frame is asked.
            if (newDocument) await found.reconcile(tabId, askFrameOf(tabId));
            return stored;
          });
      }
      case 'get-tab-found':
        // The extension's pages ask about any tab; a content script only about its own.
        if (role === 'content' && message.tabId !== senderTab) return undefined;
        return found.get(message.tabId);
      case 'point-at': {
        // Only a frame of a tab points; only the extension's pages (the side panel) hear it.
        if (role !== 'content' || senderTab === undefined) return undefined;
        const pointed: Message = { type: 'tab-pointed', tabId: senderTab, id: message.id };
        browser.runtime.sendMessage(pointed).catch(() => {});
        return undefined;
      }
      case 'open-search':
        // From a frame of a tab (the hover card), at most once a second per tab.
        if (senderTab === undefined || !mayOpenSearch(senderTab)) return undefined;
        return openSearch(message.query, senderTab).then(() => true);
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
 * findings is checked against its frames (the store then tells the badge what is left).
 */
export async function reconcileStoredTabs(found: FoundStore): Promise<void> {
  await Promise.all(
    (await found.storedTabs()).map((tabId) =>
      found.reconcile(tabId, askFrameOf(tabId)).catch(() => {}),
    ),
  );
}
