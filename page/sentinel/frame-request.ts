import type { Message } from '../../common/messaging/messages';

export type FrameRequest = Extract<
  Message,
  { type: 'reveal' | 'step-term' | 'get-origin' | 'get-found' }
>;

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

/**
 * What the sentinel answers for a top frame that shows no term (the engine stage is not
 * loaded): the origin, for the popup's "pause on this site", and nothing to step to or
 * reveal. `get-found` stays unanswered: this document never reported, and a frame that does
 * not answer is one the background drops, which is what it shows. Undefined: no answer.
 */
export function termFreeReply(
  request: FrameRequest | null,
  origin: string,
): string | false | undefined {
  switch (request?.type) {
    case 'get-origin':
      return origin;
    case 'step-term':
    case 'reveal':
      return false;
    default:
      return undefined;
  }
}
