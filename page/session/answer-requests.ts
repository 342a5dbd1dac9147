import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FrameFound, Message } from '../../common/messaging/messages';
import type { TermStepper } from '../card/term-stepper';

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

type FrameRequest = Extract<Message, { type: 'reveal' | 'step-term' | 'get-origin' | 'get-found' }>;

/**
 * The requests a frame answers, checked by hand: these four shapes (common/messaging/messages.ts
 * declares them) are all a frame accepts, and a schema library in every frame would cost
 * more than the content script's whole settings path.
 */
export function frameRequest(raw: unknown): FrameRequest | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { type, id } = raw as { type?: unknown; id?: unknown };
  if (type === 'reveal') return typeof id === 'string' ? { type, id } : null;
  return type === 'step-term' || type === 'get-origin' || type === 'get-found' ? { type } : null;
}
