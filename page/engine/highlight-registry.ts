import { KINDS, type Kind, KNOWLEDGE_KINDS } from '../../content/kinds';
import { CONTEXT_REACH, ContextGate, isFamily } from './context-gate';
import { FirstMention } from './first-mention';
import { HIGHLIGHT_NAMES, type MatchValue } from './match-value';
import { isTextNear } from './nearby-text';
import { isInPageChrome } from './page-chrome';
import { precedes } from './reading-order';
import type { RangeBounds } from './text-runs';

/** One value per kind, made by `make`. */
function perKind<T>(make: (kind: Kind) => T): Record<Kind, T> {
  return Object.fromEntries(KINDS.map((kind) => [kind, make(kind)])) as Record<Kind, T>;
}

/**
 * A registered range. A class: its nodes are read from its range, not held twice. Entries are
 * linked to each other in the order they were added, not kept in a Map or Set: a table of a
 * hundred thousand ranges stops the thread for longer than a scan slice each time it grows.
 */
class Entry {
  /**
   * In its highlight and counted; the context gate decides (context-gate.ts), then, when the
   * reader wants first mentions only, the first-mention rule (first-mention.ts).
   */
  shown = false;
  older: Entry | null = null;
  newer: Entry | null = null;

  constructor(
    /** Static: the page's own DOM changes cost nothing for it; its text tells when it is stale. */
    public range: StaticRange,
    readonly value: MatchValue,
    /** The text the range covered when it was added, to notice text changed under it. */
    readonly text: string,
    /** A family match in navigation, an aside or a footer: puts nothing in context. */
    readonly inPageChrome: boolean,
  ) {}

  get startNode(): Text {
    return this.range.startContainer as Text;
  }

  get endNode(): Text {
    return this.range.endContainer as Text;
  }
}

/** A registered range as its block's owner (block-cache.ts) sees it: the registry changes it. */
export type HighlightEntry = Readonly<Omit<Entry, 'older' | 'newer'>>;

/**
 * Owns the CSS Custom Highlights (one per kind) and decides which registered ranges are in
 * them and counted: the context gate, then the first-mention rule. It knows nothing of blocks;
 * the block cache (block-cache.ts) adds, moves and removes each block's ranges.
 */
export class HighlightRegistry {
  private readonly highlights = perKind((kind) => {
    const highlight = new Highlight();
    highlight.priority = KNOWLEDGE_KINDS[kind].priority;
    return highlight;
  });
  /** The first and the last entry added, linked through `newer` and `older`. */
  private oldest: Entry | null = null;
  private newest: Entry | null = null;
  private readonly counts = new Map<string, number>();
  /** One string per matched text (a page names the same few terms thousands of times). */
  private readonly texts = new Map<string, string>();
  /** How many ranges each Highlight should hold, to notice a page adding or removing some. */
  private readonly sizes = perKind(() => 0);
  /** Whether our highlights are meant to be in `CSS.highlights` (an editable page gets none). */
  private registered = false;
  private shownCount = 0;
  private readonly firstMention: FirstMention<Entry> | null;
  private readonly gate: ContextGate<Entry, Text>;

  constructor(options: { firstMentionOnly?: boolean } = {}) {
    const firstMention = options.firstMentionOnly
      ? new FirstMention<Entry>(
          (entry) => entry.value.id,
          (a, b) => precedes(a.range, b.range),
          (entry) => this.show(entry),
          (entry) => this.hide(entry),
        )
      : null;
    this.firstMention = firstMention;
    // A context match is near an anchor when the anchor's text node is within reach of its own.
    const placeOf = (entry: Entry) => entry.startNode;
    const isNear = (entry: Entry, anchors: ReadonlyMap<Text, number>) =>
      isTextNear(entry.startNode, anchors, CONTEXT_REACH);
    const registered = () => this.entries();
    this.gate = firstMention
      ? new ContextGate<Entry, Text>(
          (entry) => firstMention.allow(entry),
          (entry) => firstMention.deny(entry),
          placeOf,
          isNear,
          registered,
        )
      : new ContextGate<Entry, Text>(
          (entry) => this.show(entry),
          (entry) => this.hide(entry),
          placeOf,
          isNear,
          registered,
        );
  }

  /** Registers every kind's highlight with the page under their contract names. */
  register(): void {
    this.registered = true;
    for (const kind of KINDS) {
      CSS.highlights.set(HIGHLIGHT_NAMES[kind], this.highlights[kind]);
    }
  }

  /**
   * Puts our highlights back as they should be: the page shares `CSS.highlights` and our
   * Highlight objects with us, so it can clear, delete or replace them, or add and remove
   * ranges. A Highlight the page set under our name is replaced, never touched. Costs a few
   * property reads unless something was changed. Returns whether anything was.
   */
  reassert(): boolean {
    let repaired = false;
    for (const kind of KINDS) {
      const highlight = this.highlights[kind];
      if (highlight.size !== this.sizes[kind]) {
        highlight.clear();
        for (const entry of this.shown()) {
          if (entry.value.kind === kind) highlight.add(entry.range);
        }
        repaired = true;
      }
      // A page can turn ours into, say, a spelling-error highlight (browsers without `type` skip).
      if ('type' in highlight && highlight.type !== 'highlight') {
        highlight.type = 'highlight';
        repaired = true;
      }
      if (highlight.priority !== KNOWLEDGE_KINDS[kind].priority) {
        highlight.priority = KNOWLEDGE_KINDS[kind].priority;
        repaired = true;
      }
      if (this.registered && CSS.highlights.get(HIGHLIGHT_NAMES[kind]) !== highlight) {
        CSS.highlights.set(HIGHLIGHT_NAMES[kind], highlight);
        repaired = true;
      }
    }
    return repaired;
  }

  /**
   * Unregisters our highlights, but only while they are still ours: after an extension
   * update, a newer content script may already have registered its own under the same names.
   * Their ranges are removed by their blocks' owner first (BlockCache.clear).
   */
  release(): void {
    this.registered = false;
    for (const kind of KINDS) {
      if (CSS.highlights.get(HIGHLIGHT_NAMES[kind]) === this.highlights[kind]) {
        CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
      }
    }
  }

  /** Registers a range for a match; the gate (and first-mention rule) decide if it is shown. */
  add(bounds: RangeBounds, text: string, value: MatchValue): HighlightEntry {
    let shared = this.texts.get(text);
    if (shared === undefined) {
      shared = text;
      this.texts.set(text, text);
    }
    const entry = new Entry(
      staticRange(bounds),
      value,
      shared,
      // Asked only of family matches: a few per page, never per node.
      isFamily(value) && isInPageChrome(bounds.startNode),
    );
    entry.older = this.newest;
    if (this.newest) this.newest.newer = entry;
    else this.oldest = entry;
    this.newest = entry;
    this.gate.add(entry);
    return entry;
  }

  /** Forgets a range: out of its Highlight and its count. */
  remove(entry: HighlightEntry): void {
    const leaving = entry as Entry;
    if (leaving.newer) leaving.newer.older = leaving.older;
    else this.newest = leaving.older;
    if (leaving.older) leaving.older.newer = leaving.newer;
    else this.oldest = leaving.newer;
    leaving.older = null;
    leaving.newer = null;
    this.gate.remove(leaving);
  }

  /**
   * Moves a range onto new text nodes holding the same text: it stays counted, so we report
   * nothing; an anchor's new place is told to the context gate.
   */
  move(entry: HighlightEntry, bounds: RangeBounds): void {
    const moving = entry as Entry;
    const range = staticRange(bounds);
    if (moving.shown) {
      const highlight = this.highlights[moving.value.kind];
      highlight.delete(moving.range);
      highlight.add(range);
    }
    this.gate.relocate(moving, () => {
      moving.range = range;
    });
  }

  /** After a scan pass: context matches stay only while a ketamine-family match stands near. */
  settleContext(): void {
    this.gate.settle();
    this.firstMention?.settle();
  }

  /** Occurrences per term or misconception id. */
  countsById(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  /** Ranges shown. */
  get size(): number {
    return this.shownCount;
  }

  /** Every entry shown, in the order they were added. */
  *shown(): IterableIterator<HighlightEntry> {
    for (const entry of this.entries()) if (entry.shown) yield entry;
  }

  /** Every entry registered, shown or not, in the order they were added. */
  private *entries(): IterableIterator<Entry> {
    for (let entry = this.oldest; entry; entry = entry.newer) yield entry;
  }

  private show(entry: Entry): void {
    if (entry.shown) return;
    entry.shown = true;
    this.shownCount++;
    this.highlights[entry.value.kind].add(entry.range);
    this.sizes[entry.value.kind]++;
    this.counts.set(entry.value.id, (this.counts.get(entry.value.id) ?? 0) + 1);
  }

  private hide(entry: Entry): void {
    if (!entry.shown) return;
    entry.shown = false;
    this.shownCount--;
    this.highlights[entry.value.kind].delete(entry.range);
    this.sizes[entry.value.kind]--;
    const left = (this.counts.get(entry.value.id) ?? 1) - 1;
    if (left > 0) this.counts.set(entry.value.id, left);
    else this.counts.delete(entry.value.id);
  }
}

function staticRange(bounds: RangeBounds): StaticRange {
  return new StaticRange({
    startContainer: bounds.startNode,
    startOffset: bounds.startOffset,
    endContainer: bounds.endNode,
    endOffset: bounds.endOffset,
  });
}
