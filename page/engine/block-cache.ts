import type { HighlightEntry, HighlightRegistry } from './highlight-registry';
import { startsAtOrBefore, textOf } from './live-range';
import type { MatchValue } from './match-value';
import { NodeMarks } from './node-marks';
import { boundsOf, leafText, ownerFinder, type TextRun } from './text-runs';

/** Up to this many ranges, a block's array is copied at its length as it grows. */
const SHORT_BLOCK = 8;

/** A match of a run, by offsets in the run's text. */
export interface RunMatch {
  start: number;
  end: number;
  value: MatchValue;
}

/** A leaf block (text nodes only) that held terms when it was last scanned. */
interface ScannedLeaf {
  text: string;
  matches: RunMatch[];
}

/**
 * What is known of a block the scanner walked: only that it was walked (`true`), or, for a
 * leaf rescanned as a scope (one the page changed), its text and terms: a term-free one's text
 * alone. Leaves met inside a walk are not remembered: a page of 200,000 cells would hold
 * 200,000 strings for the garbage collector to trace, for rescans that rarely come.
 */
type Known = true | string | ScannedLeaf;

/**
 * Owns each block's state between scans: whether it was walked, a leaf's text and matches,
 * and the ranges it holds. The scanner reports what it
 * walks and finds here, the watcher tells it what changed, and it puts a leaf re-rendered
 * with its old text back by itself; the registry (highlight-registry.ts) only decides which
 * of the ranges are shown.
 */
export class BlockCache {
  private readonly known = new NodeMarks<Known>();
  /** The ranges of each block that holds any, in the order they were added. */
  private readonly ranges = new Map<Node, HighlightEntry[]>();
  /** The leaf being scanned as a scope, its text then, and the matches found in it. */
  private collecting: (ScannedLeaf & { block: Node }) | null = null;
  private passing = false;

  constructor(private readonly registry: HighlightRegistry) {}

  /** Ranges shown. */
  get size(): number {
    return this.registry.size;
  }

  /** A scan pass starts: until it ends, no block is put back from the cache. */
  beginPass(): void {
    this.passing = true;
  }

  endPass(): void {
    this.passing = false;
    this.collecting = null;
  }

  /**
   * A leaf that holds the text it had at its last scan and every range found then (put back
   * after a re-render): a shallow rescan has nothing to do in it.
   */
  isCurrent(block: Node): boolean {
    const known = this.known.get(block);
    if (known === undefined || known === true) return false;
    const [text, count] =
      typeof known === 'string' ? [known, 0] : [known.text, known.matches.length];
    return text === leafText(block) && this.holdsIntact(block, count);
  }

  /** The scan of a scope starts: its ranges go, and a leaf's matches are collected. */
  startBlock(block: Node): void {
    const text = leafText(block);
    this.collecting = text === undefined ? null : { block, text, matches: [] };
    if (this.known.get(block) === undefined) this.known.set(block, true);
    this.drop(block);
  }

  /** The scan of a scope ended: a leaf is remembered when its text did not change meanwhile. */
  endBlock(block: Node): void {
    const leaf = this.collecting?.block === block ? this.collecting : null;
    this.collecting = null;
    if (leaf !== null && leafText(block) === leaf.text) {
      const { text, matches } = leaf;
      this.known.set(block, matches.length === 0 ? text : { text, matches });
    } else {
      this.known.set(block, true);
    }
  }

  /**
   * The walk meets a nested block: false leaves it out (a shallow scan met it before, or it is
   * a term-free leaf with its old text); else its ranges go, for the walk to find again.
   */
  enterBlock(element: Element, deep: boolean): boolean {
    const known = this.known.get(element);
    if (!deep && known !== undefined) return false;
    if (typeof known === 'string' && leafText(element) === known) return false;
    if (known === undefined) this.known.set(element, true);
    this.drop(element);
    return true;
  }

  /** Highlights a match of a run. */
  addMatch(run: TextRun, match: RunMatch): void {
    const text = run.text.slice(match.start, match.end);
    const entry = this.registry.add(boundsOf(run, match), text, match.value);
    const entries = this.ranges.get(run.owner);
    // Most blocks hold a term or two: an array grown by push keeps room for 17 (a page of
    // 2,000 such blocks, 150 KB), so a short one is copied at its length instead.
    if (!entries) this.ranges.set(run.owner, [entry]);
    else if (entries.length < SHORT_BLOCK) this.ranges.set(run.owner, entries.concat(entry));
    else entries.push(entry);
    // A leaf is one run, so its matches' offsets are offsets in the leaf's text.
    if (this.collecting?.block === run.owner) this.collecting.matches.push(match);
  }

  /**
   * The page changed text in these blocks (in every block that holds ranges, when none are
   * named). Only the ranges whose own text was rewritten, moved or cut go, at once; a block's
   * others stay until its rescan replaces them, so a term next to a ticking clock or counter
   * stays shown. A leaf re-rendered with its old text gets its ranges back instead. Returns
   * the blocks still in the page that lost ranges, to be rescanned.
   */
  dropChanged(blocks?: Iterable<Node>): Node[] {
    const lost: Node[] = [];
    // Over the map itself: a block put back is added again, and is then met again, intact.
    for (const block of blocks ?? this.ranges.keys()) {
      const entries = this.ranges.get(block);
      if (!entries) continue;
      const connected = block.isConnected;
      const intact = (entry: HighlightEntry) => connected && isIntact(entry);
      if (entries.every(intact) || (connected && this.restore(block))) continue;
      this.keepOnly(block, entries, intact);
      if (connected && this.ranges.get(block)?.length !== entries.length) lost.push(block);
    }
    return lost;
  }

  /**
   * Drops all the ranges of every block whose ranges lost their text (a block moved or
   * removed): no stale range stays registered. Returns the blocks still in the page (a block
   * moved elsewhere), which need a rescan: nothing else would scan them again.
   */
  dropMoved(): Node[] {
    const moved: Node[] = [];
    for (const [block, entries] of this.ranges) {
      if (!block.isConnected || entries.some(isStale)) {
        this.drop(block);
        if (block.isConnected) moved.push(block);
      }
    }
    return moved;
  }

  /** Drops every range that starts or ends inside `element` (it became skipped). */
  dropWithin(element: Node): void {
    for (const [block, entries] of this.ranges) {
      if (!element.contains(block) && !block.contains(element)) continue;
      this.keepOnly(
        block,
        entries,
        (entry) => !element.contains(entry.startNode) && !element.contains(entry.endNode),
      );
    }
  }

  /** Drops every range. */
  clear(): void {
    for (const block of [...this.ranges.keys()]) this.drop(block);
  }

  /** The blocks that hold ranges now. */
  owners(): IterableIterator<Node> {
    return this.ranges.keys();
  }

  /** Every range registered now, block by block (the registry's own list of them). */
  *entries(): Generator<HighlightEntry> {
    for (const entries of this.ranges.values()) yield* entries;
  }

  /**
   * The entries shown of the nearest block around a point that may hold it: the last one of
   * that block starting at or before it, and the one before that (two matches can touch). A
   * block's entries are in reading order, as its scan added them, so a binary search finds them:
   * on a paragraph of 20,000 terms a pointer move reads a few ranges, not 20,000.
   */
  *shownAt(node: Node, offset: number): Generator<HighlightEntry> {
    for (let current: Node | null = node; current; current = current.parentNode) {
      const entries = this.ranges.get(current);
      if (!entries) continue;
      let low = 0;
      let high = entries.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (startsAtOrBefore((entries[middle] as HighlightEntry).range, node, offset)) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      for (const entry of entries.slice(Math.max(0, low - 2), low).reverse()) {
        if (entry.shown) yield entry;
      }
      return;
    }
  }

  /** Whether a block holds exactly `count` ranges, none of them on changed text. */
  private holdsIntact(block: Node, count: number): boolean {
    const entries = this.ranges.get(block);
    if (!entries) return count === 0;
    return entries.length === count && entries.every(isIntact);
  }

  /**
   * Puts back the ranges of a leaf whose text is what it was at its last scan (a re-render
   * replaced its text nodes with equal ones): no walk, no matching. False when that cannot be
   * done safely (a pass is under way, the text differs), and the block needs a rescan.
   */
  private restore(block: Node): boolean {
    const leaf = this.known.get(block);
    if (this.passing || typeof leaf !== 'object' || !block.isConnected) return false;
    if (leafText(block) !== leaf.text || ownerFinder()(block) !== block) return false;
    const run = leafRun(block, leaf.text);
    if (this.moveInPlace(block, leaf.matches, run)) return true;
    this.drop(block);
    for (const match of leaf.matches) this.addMatch(run, match);
    return true;
  }

  /**
   * Moves a block's ranges onto its new text nodes, in the order they were added: each stays
   * in its Highlight and counted. False, and nothing moved, unless the block holds exactly
   * these matches (in order) and every one lost its text nodes: a block moved whole keeps its
   * nodes, and its new place decides first mentions and context, so it is registered again.
   */
  private moveInPlace(block: Node, matches: readonly RunMatch[], run: TextRun): boolean {
    const entries = this.ranges.get(block);
    if (
      entries?.length !== matches.length ||
      entries.some(
        (entry, i) =>
          entry.value !== matches[i]?.value ||
          entry.startNode.isConnected ||
          entry.endNode.isConnected,
      )
    ) {
      return false;
    }
    entries.forEach((entry, i) => {
      this.registry.move(entry, boundsOf(run, matches[i] as RunMatch));
    });
    return true;
  }

  /** Drops all of a block's ranges. */
  private drop(block: Node): void {
    const entries = this.ranges.get(block);
    if (!entries) return;
    this.ranges.delete(block);
    for (const entry of entries) this.registry.remove(entry);
  }

  /** Keeps a block's ranges that pass `keep` and drops the rest. */
  private keepOnly(
    block: Node,
    entries: HighlightEntry[],
    keep: (entry: HighlightEntry) => boolean,
  ): void {
    const kept = entries.filter((entry) => {
      if (keep(entry)) return true;
      this.registry.remove(entry);
      return false;
    });
    if (kept.length > 0) this.ranges.set(block, kept);
    else this.ranges.delete(block);
  }
}

/** The run of a leaf block: its text nodes, which hold `text`. */
function leafRun(block: Node, text: string): TextRun {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  for (let child = block.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== Node.TEXT_NODE || (child as Text).length === 0) continue;
    nodes.push(child as Text);
    starts.push(length);
    length += (child as Text).length;
  }
  return { owner: block, nodes, starts, text };
}

/** Its text nodes left the page, or were cut short under it. */
function isStale(entry: HighlightEntry): boolean {
  const { range, startNode, endNode } = entry;
  return (
    !startNode.isConnected ||
    !endNode.isConnected ||
    range.startOffset > startNode.length ||
    range.endOffset > endNode.length
  );
}

/** Still on the text it was added on. */
function isIntact(entry: HighlightEntry): boolean {
  return !isStale(entry) && textOf(entry.range) === entry.text;
}
