import * as v from 'valibot';

/**
 * Every message between the content script, the popup and the background, declared once.
 * Receivers validate with `parseMessage` and ignore anything else, so a malformed or foreign
 * message can never reach feature code.
 */
export const countsSchema = v.pipe(
  // valibot's record accepts arrays (they are objects): `counts: [1, 2]` must not pass.
  v.custom<object>(
    (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
    'counts must be a plain object',
  ),
  v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0))),
);

/**
 * Which report of which document: a frame's content script names its document with a random
 * id and numbers its reports, so the background can replace (never add) and spot old ones.
 */
const reportStampSchema = {
  document: v.optional(v.pipe(v.string(), v.maxLength(64))),
  seq: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
};

/** A frame's answer to `get-found`: what it highlights now, stamped like a report. */
export const frameFoundSchema = v.object({
  counts: countsSchema,
  document: v.pipe(v.string(), v.maxLength(64)),
  seq: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

const messageSchema = v.variant('type', [
  /** Content script → background: what this frame highlights now (id → occurrences). */
  v.object({ type: v.literal('page-found'), counts: countsSchema, ...reportStampSchema }),
  /** Background → content script (one frame): answer with a `FrameFound` (is it still there?). */
  v.object({ type: v.literal('get-found') }),
  /** Popup → background: what a tab highlights, merged over its frames. */
  v.object({ type: v.literal('get-tab-found'), tabId: v.number() }),
  /** Popup/background → content script: scroll to the next occurrence of an id and open its card. */
  v.object({ type: v.literal('reveal'), id: v.string() }),
  /** Popup → content script (top frame): the page's origin, for "pause on this site". */
  v.object({ type: v.literal('get-origin') }),
  /** Background → content script: step to the next highlighted term (keyboard command). */
  v.object({ type: v.literal('step-term') }),
  /** Content script → background: open the full search with a query. */
  v.object({ type: v.literal('open-search'), query: v.pipe(v.string(), v.maxLength(500)) }),
]);

export type Message = v.InferOutput<typeof messageSchema>;
export type FoundCounts = v.InferOutput<typeof countsSchema>;
export type FrameFound = v.InferOutput<typeof frameFoundSchema>;

/** Where an id was found in a tab: per frame, so a jump can be sent to the right frame. */
export interface TabFound {
  total: FoundCounts;
  frames: { frameId: number; counts: FoundCounts }[];
}

export function parseMessage(raw: unknown): Message | null {
  const result = v.safeParse(messageSchema, raw);
  return result.success ? result.output : null;
}

/** Only the extension's own pages and content scripts may talk to us. */
export function isOwnSender(sender: { id?: string }, ownId: string): boolean {
  return sender.id === ownId;
}
