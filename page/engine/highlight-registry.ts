import { KINDS, type Kind, KNOWLEDGE_KINDS } from '../../content/kinds';
import { CONTEXT_REACH, ContextGate, isFamily } from './context-gate';
import { FirstMention } from './first-mention';
import type { HighlightLookup } from './highlight-lookup';
import { HIGHLIGHT_NAMES, type MatchValue } from './match-value';
import { isTextNear } from './nearby-text';
import { isInPageChrome } from './page-chrome';
import { precedes } from './reading-order';

/** One value per kind, made by `make`. */
function perKind<T>(make: (kind: Kind) => T): Record<Kind, T> {
  return Object.fromEntries(KINDS.map((kind) => [kind, make(kind)])) as Record<Kind, T>;
}

/** Where a range starts and ends. */
export interface RangeBounds {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** Puts a block's highlights back without a scan when it can; true when it did. */
export type Restore = (block: Node) => boolean;

interface Entry {
  range: Range;
  value: MatchValue;
  startNode: Text;
  endNode: Text;
  /** The text the range covered when it was added, to notice text rewritten under it. */
  text: string;
  /**
   * In its highlight and counted; the context gate decides (context-gate.ts), then, when the
   * reader wants first mentions only, the first-mention rule (first-mention.ts).
   */
  shown: boolean;
  /** A family match in navigation, an aside or a footer: puts nothing in context. */
  inPageChrome: boolean;
}

/**
 * Owns the CSS Custom Highlights (one per kind) and every range in them, grouped by the block that owns
 * the text, so a rescan of one block replaces exactly that block's ranges.
 */
export class HighlightRegistry implements HighlightLookup {
  private readonly highlights = perKind((kind) => {
    const highlight = new Highlight();
    highlight.priority = KNOWLEDGE_KINDS[kind].priority;
    return highlight;
  });
  private readonly byOwner = new Map<Node, Entry[]>();
  private readonly byRange = new Map<AbstractRange, Entry>();
  private readonly counts = new Map<string, number>();
  /**
   * Ranges of dropped entries, by block, for that block's next ranges: a table re-rendered
   * every 100 ms then makes no new Range objects, and Chrome, which updates every live Range
   * of the document on each node removed, has no garbage ones to update until they are freed.
   */
  private spares = new Map<Node, Range[]>();
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
    this.gate = firstMention
      ? new ContextGate<Entry, Text>(
          (entry) => firstMention.allow(entry),
          (entry) => firstMention.deny(entry),
          placeOf,
          isNear,
        )
      : new ContextGate<Entry, Text>(
          (entry) => this.show(entry),
          (entry) => this.hide(entry),
          placeOf,
          isNear,
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
        for (const entry of this.byRange.values()) {
          if (entry.value.kind === kind && entry.shown) highlight.add(entry.range);
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
   */
  release(): void {
    this.registered = false;
    this.clear();
    for (const kind of KINDS) {
      if (CSS.highlights.get(HIGHLIGHT_NAMES[kind]) === this.highlights[kind]) {
        CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
      }
    }
  }

  add(owner: Node, range: Range, value: MatchValue, startNode: Text, endNode: Text): void {
    const entry: Entry = {
      range,
      value,
      startNode,
      endNode,
      text: range.toString(),
      shown: false,
      // Asked only of family matches: a few per page, never per node.
      inPageChrome: isFamily(value) && isInPageChrome(startNode),
    };
    let entries = this.byOwner.get(owner);
    if (!entries) {
      entries = [];
      this.byOwner.set(owner, entries);
    }
    entries.push(entry);
    this.byRange.set(range, entry);
    this.gate.add(entry);
  }

  /** After a scan pass: context matches stay only while a ketamine-family match stands near. */
  settleContext(): void {
    this.gate.settle();
    this.firstMention?.settle();
  }

  dropOwner(owner: Node): void {
    const entries = this.byOwner.get(owner);
    if (!entries) return;
    this.byOwner.delete(owner);
    for (const entry of entries) this.forget(entry, owner);
  }

  /**
   * Moves a block's ranges onto new text nodes, in the order they were added, when the page
   * re-rendered the block with the same text: each range stays in its Highlight and counted,
   * so the page repaints and we report nothing. False, and nothing moved, unless the block
   * holds exactly these matches (`values`, in order) and every one lost its text nodes: a
   * block moved whole keeps its nodes, and its place decides first mentions and context.
   */
  repoint(
    owner: Node,
    values: readonly MatchValue[],
    boundsOf: (index: number) => RangeBounds,
  ): boolean {
    const entries = this.byOwner.get(owner);
    if (
      entries?.length !== values.length ||
      entries.some(
        (entry, i) =>
          entry.value !== values[i] || entry.startNode.isConnected || entry.endNode.isConnected,
      )
    ) {
      return false;
    }
    entries.forEach((entry, index) => {
      const bounds = boundsOf(index);
      entry.range.setStart(bounds.startNode, bounds.startOffset);
      entry.range.setEnd(bounds.endNode, bounds.endOffset);
      this.gate.relocate(entry, () => {
        entry.startNode = bounds.startNode;
        entry.endNode = bounds.endNode;
      });
    });
    return true;
  }

  /** A Range for a new match in `owner`: one it held before, when it has one spare. */
  rangeFor(owner: Node): Range {
    return this.spares.get(owner)?.pop() ?? new Range();
  }

  /** Lets go of the ranges no block took back. */
  releaseSpares(): void {
    if (this.spares.size > 0) this.spares = new Map();
  }

  /**
   * Only the ranges whose own text was rewritten, moved or cut are dropped, at once; the
   * block's others stay until its rescan replaces them, so a term next to a ticking clock or
   * counter stays shown. A block with changed ranges is first offered to `restore`, which
   * may put them all back.
   */
  dropChanged(owner: Node, restore: Restore = () => false): void {
    const entries = this.byOwner.get(owner);
    if (!entries) return;
    const intact = (entry: Entry) => !isStale(entry) && entry.range.toString() === entry.text;
    if (entries.every(intact) || restore(owner)) return;
    this.keepOnly(owner, entries, intact);
  }

  /** Drops every range that starts or ends inside `element` (it became skipped). */
  dropWithin(element: Node): void {
    for (const [owner, entries] of this.byOwner) {
      if (!element.contains(owner) && !owner.contains(element)) continue;
      this.keepOnly(
        owner,
        entries,
        (entry) => !element.contains(entry.startNode) && !element.contains(entry.endNode),
      );
    }
  }

  /**
   * Drops every range whose text was removed, moved or cut: no stale range stays registered.
   * Returns the blocks that lost ranges but are still in the page (a block moved elsewhere),
   * which need a rescan: nothing else would scan them again.
   */
  sweep(): Node[] {
    const moved: Node[] = [];
    for (const [owner, entries] of this.byOwner) {
      if (!owner.isConnected || entries.some(isStale)) {
        this.dropOwner(owner);
        if (owner.isConnected) moved.push(owner);
      }
    }
    return moved;
  }

  /**
   * `dropChanged` and `sweep` for every block at once, at a cost of one check per range:
   * cheaper than finding the blocks of thousands of changes. Returns the blocks still in the
   * page that lost ranges and that `restore` did not put back, to be rescanned.
   */
  dropAllChanged(restore: Restore): Node[] {
    const lost: Node[] = [];
    for (const [owner, entries] of this.byOwner) {
      const connected = owner.isConnected;
      const intact = (entry: Entry) =>
        connected && !isStale(entry) && entry.range.toString() === entry.text;
      // A block restored here may be re-added to the map, and is then met again, intact.
      if (entries.every(intact) || (connected && restore(owner))) continue;
      this.keepOnly(owner, entries, intact);
      if (connected && this.byOwner.get(owner)?.length !== entries.length) lost.push(owner);
    }
    return lost;
  }

  clear(): void {
    for (const owner of [...this.byOwner.keys()]) this.dropOwner(owner);
    this.releaseSpares();
  }

  valueOf(range: AbstractRange): MatchValue | undefined {
    const entry = this.byRange.get(range);
    return entry?.shown ? entry.value : undefined;
  }

  /** Occurrences per term or misconception id. */
  countsById(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  /** Ranges shown. */
  get size(): number {
    return this.shownCount;
  }

  /** Whether a block holds exactly `count` ranges, none of them on changed text. */
  holdsIntact(owner: Node, count: number): boolean {
    const entries = this.byOwner.get(owner);
    if (!entries) return count === 0;
    return (
      entries.length === count &&
      entries.every((entry) => !isStale(entry) && entry.range.toString() === entry.text)
    );
  }

  /** The blocks that hold ranges now. */
  owners(): IterableIterator<Node> {
    return this.byOwner.keys();
  }

  /** Every range shown, in no particular order. */
  *ranges(): IterableIterator<AbstractRange> {
    for (const entry of this.byRange.values()) if (entry.shown) yield entry.range;
  }

  /**
   * The ranges shown in the nearest block around `node` that holds any (read-only):
   * hit-testing looks at these instead of every range of the page.
   */
  *rangesAround(node: Node): Generator<Range> {
    for (let current: Node | null = node; current; current = current.parentNode) {
      const entries = this.byOwner.get(current);
      if (!entries) continue;
      for (const entry of entries) if (entry.shown) yield entry.range;
      return;
    }
  }

  /** Keeps an owner's entries that pass `keep` and forgets the rest. */
  private keepOnly(owner: Node, entries: Entry[], keep: (entry: Entry) => boolean): void {
    const kept = entries.filter((entry) => {
      if (keep(entry)) return true;
      this.forget(entry, owner);
      return false;
    });
    if (kept.length > 0) this.byOwner.set(owner, kept);
    else this.byOwner.delete(owner);
  }

  private forget(entry: Entry, owner: Node): void {
    this.byRange.delete(entry.range);
    this.gate.remove(entry);
    let spare = this.spares.get(owner);
    if (!spare) {
      spare = [];
      this.spares.set(owner, spare);
    }
    spare.push(entry.range);
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

function isStale(entry: Entry): boolean {
  const { range, startNode, endNode } = entry;
  return (
    range.collapsed ||
    range.startContainer !== startNode ||
    range.endContainer !== endNode ||
    !startNode.isConnected ||
    !endNode.isConnected
  );
}
