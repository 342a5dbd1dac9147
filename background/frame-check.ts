import { browser } from 'wxt/browser';
import { type Message, parseReply } from '../common/messaging/messages';
import type { AskFrame, FrameReport } from './found-store';

// A frame that does not answer in this time (a busy or frozen page) keeps what it reported.
const ANSWER_TIMEOUT_MS = 3000;

/**
 * Asks one frame of a tab what it highlights now. Null when no content script of ours is
 * there any more (the frame was removed or navigated, or went into the back/forward cache);
 * undefined when it could not tell in time.
 */
export function askFrameOf(tabId: number): AskFrame {
  const message: Message = { type: 'get-found' };
  return async (frameId) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), ANSWER_TIMEOUT_MS);
    });
    const answer = browser.tabs.sendMessage(tabId, message, { frameId }).then(
      (raw): FrameReport | null => parseReply('get-found', raw),
      () => null,
    );
    try {
      return await Promise.race([answer, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
}
