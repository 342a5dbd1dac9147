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

const SHOWN = 1;
const IN_PAGE_CHROME = 2;

/**
 * A registered range. A class of four fields, as small as a page of thousands of terms needs
 * it: its nodes are read from its range, its two flags share one number, and it is found
 * through its block (block-cache.ts), not linked to other entries or kept in a Map or Set of
 * its own.
 */
class Entry {
  private flags: number;

  constructor(
    /** Static: the page's own DOM changes cost nothing for it; its text tells when it is stale. */
    public range: StaticRange,
    readonly value: MatchValue,
    /** The text the range covered when it was added, to notice text changed under it. */
    readonly text: string,
    inPageChrome: boolean,
  ) {
    this.flags = inPageChrome ? IN_PAGE_CHROME : 0;
  }

  /**
   * In its highlight and counted; the context gate decides (context-gate.ts), then, when the
   * reader wants first mentions only, the first-mention rule (first-mention.ts).
   */
  get shown(): boolean {
    return (this.flags & SHOWN) !== 0;
  }

  set shown(shown: boolean) {
    this.flags = shown ? this.flags | SHOWN : this.flags & ~SHOWN;
  }

  /** A family match in navigation, an aside or a footer: puts nothing in context. */
  get inPageChrome(): boolean {
    return (this.flags & IN_PAGE_CHROME) !== 0;
  }

  get startNode(): Text {
    return this.range.startContainer as Text;
  }

  get endNode(): Text {
    return this.range.endContainer as Text;
  }
}

/** A registered range as its block's owner (block-cache.ts) sees it: the registry changes it. */
export type HighlightEntry = Readonly<Entry>;

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

  constructor(
    /** Every entry registered now, shown or not: their owner (block-cache.ts) holds them. */
    private readonly allEntries: () => Iterable<HighlightEntry>,
    options: { firstMentionOnly?: boolean } = {},
  ) {
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
    this.gate.add(entry);
    return entry;
  }

  /** Forgets a range: out of its Highlight and its count. */
  remove(entry: HighlightEntry): void {
    this.gate.remove(entry as Entry);
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

  /** Every entry shown, in no particular order. */
  *shown(): IterableIterator<HighlightEntry> {
    for (const entry of this.allEntries()) if (entry.shown) yield entry;
  }

  /** Every entry registered, as the registry itself made them. */
  private entries(): Iterable<Entry> {
    return this.allEntries() as Iterable<Entry>;
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
