import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FrameFound } from '../../common/messaging/messages';
import type { TermStepper } from '../pointer/term-stepper';
import { frameRequest } from '../sentinel/frame-request';

/**
 * Answers the popup and the background: jump to a term, step on, tell the page's origin, say
 * what this frame highlights.
 */
export function answerRequests(
  ctx: ContentScriptContext,
  stepper: TermStepper,
  found: () => FrameFound,
): void {
  const listener = (raw: unknown, sender: { id?: string }) => {
    if (!ctx.isValid || sender.id !== browser.runtime.id) return undefined;
    const message = frameRequest(raw);
    switch (message?.type) {
      case 'reveal':
        return stepper.next(message.id);
      case 'step-term':
        return stepper.next();
      case 'get-origin':
        return Promise.resolve(location.origin);
      case 'get-found':
        return Promise.resolve(found());
      default:
        return undefined;
    }
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
