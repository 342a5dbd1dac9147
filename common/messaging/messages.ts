import * as v from 'valibot';
import { misconceptions } from '../../content/misconceptions';
import { terms } from '../../content/terms';
import { MAX_COUNT, MAX_FRAMES_PER_TAB } from './found-limits';

/**
 * The protocol between the content script, the popup and the background, declared once:
 * every message, every reply and every storage key. Receivers validate messages with
 * `parseMessage`, and senders validate replies with `parseReply`, ignoring anything else, so
 * a malformed or foreign message or answer can never reach feature code.
 */

/** Storage keys, each named once: the reader's settings and each tab's findings. */
export const STORAGE_KEYS = {
  settings: 'local:settings',
  /** The version whose "What's new" the popup points to, until the reader dismisses it. */
  whatsNew: 'local:whatsNew',
  /** The background's own record of a tab's findings; pages are told of changes by message. */
  found: (tabId: number): `session:found-${number}` => `session:found-${tabId}`,
} as const;

/** The tab a findings key (without its `session:` area) belongs to, or undefined. */
export function tabOfFoundKey(key: string): number | undefined {
  const id = /^found-(\d+)$/.exec(key)?.[1];
  return id === undefined ? undefined : Number(id);
}

/** The ids a frame can report: the pack's term and misconception ids, and nothing else. */
export const FOUND_IDS: ReadonlySet<string> = new Set([
  ...terms.map((term) => term.id),
  ...misconceptions.map((myth) => myth.id),
]);

/**
 * Id → occurrences. Only known ids, so a report has at most one key per id of the pack and a
 * forged one with thousands of keys is refused before anything reads it; `max` bounds each count.
 */
const countsOf = (max: number) =>
  v.pipe(
    // valibot's record accepts arrays (they are objects): `counts: [1, 2]` must not pass.
    v.custom<object>(
      (input) =>
        typeof input === 'object' &&
        input !== null &&
        !Array.isArray(input) &&
        // Counted before the record reads each key, so a huge object is refused at once.
        hasAtMostKeys(input, FOUND_IDS.size),
      'counts must be a plain object with at most one key per known id',
    ),
    v.record(
      v.pipe(
        v.string(),
        v.check((id) => FOUND_IDS.has(id), 'unknown id'),
      ),
      v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max)),
    ),
  );

function hasAtMostKeys(input: object, max: number): boolean {
  let keys = 0;
  for (const key in input) if (Object.hasOwn(input, key) && ++keys > max) return false;
  return true;
}

/** One frame's counts. */
export const countsSchema = countsOf(MAX_COUNT);

/**
 * Which report of which document: a frame's content script names its document with a random
 * id and numbers its reports, so the background can replace (never add) and spot old ones.
 */
const reportStampSchema = {
  document: v.optional(v.pipe(v.string(), v.maxLength(64))),
  seq: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
};

/** A frame's answer to `get-found`: what it highlights now, stamped like a report. */
const frameFoundSchema = v.object({
  counts: countsSchema,
  document: v.pipe(v.string(), v.maxLength(64)),
  seq: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** Where an id was found in a tab: per frame, so a jump can be sent to the right frame. */
const tabFoundSchema = v.object({
  total: countsOf(MAX_COUNT * MAX_FRAMES_PER_TAB),
  frames: v.pipe(
    v.array(v.object({ frameId: v.pipe(v.number(), v.integer()), counts: countsSchema })),
    v.maxLength(MAX_FRAMES_PER_TAB),
  ),
});

const messageSchema = v.variant('type', [
  /** Content script → background: what this frame highlights now (id → occurrences). */
  v.object({ type: v.literal('page-found'), counts: countsSchema, ...reportStampSchema }),
  /** Background → content script (one frame): answer with a `FrameFound` (is it still there?). */
  v.object({ type: v.literal('get-found') }),
  /**
   * Popup → background: what a tab highlights, merged over its frames. A content script may
   * ask only about the tab it runs in.
   */
  v.object({ type: v.literal('get-tab-found'), tabId: v.pipe(v.number(), v.integer()) }),
  /** Background → extension pages (popup, search tab): a tab's findings changed. */
  v.object({ type: v.literal('tab-found'), tabId: v.number(), found: tabFoundSchema }),
  /** Popup/background → content script: scroll to the next occurrence of an id and open its card. */
  v.object({ type: v.literal('reveal'), id: v.string() }),
  /** Popup → content script (top frame): the page's origin, for "pause on this site". */
  v.object({ type: v.literal('get-origin') }),
  /** Background → content script: step to the next highlighted term (keyboard command). */
  v.object({ type: v.literal('step-term') }),
  /**
   * Content script → background: the pointer rests on (or a tap or key chose) a term or myth
   * of the pack. Passed on as `tab-pointed` to the extension's pages, never to a page.
   */
  v.object({
    type: v.literal('point-at'),
    id: v.pipe(
      v.string(),
      v.check((id) => FOUND_IDS.has(id), 'unknown id'),
    ),
  }),
  /** Background → extension pages (the side panel): the term pointed at in a tab. */
  v.object({
    type: v.literal('tab-pointed'),
    tabId: v.number(),
    id: v.pipe(
      v.string(),
      v.check((id) => FOUND_IDS.has(id), 'unknown id'),
    ),
  }),
  /** Content script → background: open the full search with a query (at most one a second per tab). */
  v.object({ type: v.literal('open-search'), query: v.pipe(v.string(), v.maxLength(500)) }),
]);

export type Message = v.InferOutput<typeof messageSchema>;
export type FoundCounts = v.InferOutput<typeof countsSchema>;
export type FrameFound = v.InferOutput<typeof frameFoundSchema>;

export type TabFound = v.InferOutput<typeof tabFoundSchema>;

/** The reply to each request that has one. */
const replySchemas = {
  'get-tab-found': tabFoundSchema,
  'get-found': frameFoundSchema,
  /** The top document's origin. */
  'get-origin': v.string(),
  /** Whether an occurrence was found to step to. */
  reveal: v.boolean(),
  'step-term': v.boolean(),
} as const;

type Request = keyof typeof replySchemas;
export type Reply<T extends Request> = v.InferOutput<(typeof replySchemas)[T]>;

/** A reply to a request of type `type`, validated; null when it is not one. */
export function parseReply<T extends Request>(type: T, raw: unknown): Reply<T> | null {
  const result = v.safeParse(replySchemas[type], raw);
  return result.success ? (result.output as Reply<T>) : null;
}

export function parseMessage(raw: unknown): Message | null {
  const result = v.safeParse(messageSchema, raw);
  return result.success ? result.output : null;
}

/** Only the extension's own pages and content scripts may talk to us. */
export function isOwnSender(sender: { id?: string }, ownId: string): boolean {
  return sender.id === ownId;
}

/** What the browser says about who sent a message (its `runtime.MessageSender`). */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Who sent a message: `extension` for the extension's own pages and its background (their
 * address is under the extension's own URL, `ownBase`), `content` for our content script in a
 * tab's frame (any other address), null for anyone else. The browser fills in the sender, so
 * a content script cannot pass for a page of the extension.
 */
export function senderRole(
  sender: MessageSender,
  own: { id: string; base: string },
): 'extension' | 'content' | null {
  if (!isOwnSender(sender, own.id) || typeof sender.url !== 'string') return null;
  if (sender.url.startsWith(own.base)) return 'extension';
  return sender.tab?.id !== undefined ? 'content' : null;
}

/** Whether a message comes from the extension's background (its own page, in no tab). */
export function isFromBackground(
  sender: MessageSender,
  own: { id: string; base: string },
): boolean {
  return senderRole(sender, own) === 'extension' && sender.tab === undefined;
}
