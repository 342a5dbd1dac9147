import { browser } from 'wxt/browser';
import type { FoundCounts, FrameFound, Message } from '../../common/messaging/messages';

// A report the background did not take (its worker stopped while handling it) is sent again.
const RETRY_DELAYS_MS = [100, 400, 1600, 6400];

export interface FoundReporter {
  /** Tells the background what this frame highlights now, when it changed. */
  report(counts: FoundCounts): void;
  /** The last report, for the background asking whether this frame is still there. */
  current(): FrameFound;
}

/**
 * Tells the background what this frame highlights, only when it changed (from nothing, at
 * first), for the badge and
 * the popup's "On this page". Each report names this document (a random id) and is numbered,
 * so the background replaces a frame's report and never counts one twice. A closed
 * background or an invalidated context is not an error.
 */
export function createFoundReporter(isValid: () => boolean): FoundReporter {
  const document = randomId();
  let last: FrameFound = { counts: {}, document, seq: 0 };
  // A frame that finds nothing has nothing to tell: the background counts a frame it never
  // heard from as 0, so most frames (ads, widgets, blank frames) never send a message.
  let lastKey = '{}';

  const send = (attempt: number) => {
    if (!isValid()) return;
    const sent = last;
    const message: Message = { type: 'page-found', ...sent };
    const again = () => {
      const delay = RETRY_DELAYS_MS[attempt];
      // Only the latest report is worth sending again; a newer one is on its way already.
      if (delay !== undefined && last === sent) setTimeout(() => send(attempt + 1), delay);
    };
    // Only `true` means stored: a worker stopped mid-reply closes the port, which the
    // polyfill answers with `undefined`, not an error.
    browser.runtime.sendMessage(message).then((reply) => {
      if (reply !== true) again();
    }, again);
  };
  return {
    report(counts) {
      const key = JSON.stringify(counts);
      if (key === lastKey || !isValid()) return;
      lastKey = key;
      last = { counts, document, seq: last.seq + 1 };
      send(0);
    },
    current: () => last,
  };
}

/** 128 random bits as hex (`crypto.randomUUID` exists only in secure contexts, not on http pages). */
function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
