import { HIGHLIGHT_NAMES, type MatchValue } from './match-value';

interface Entry {
  range: Range;
  value: MatchValue;
  startNode: Text;
  endNode: Text;
  /** The text the range covered when it was added, to notice text rewritten under it. */
  text: string;
}

/**
 * Owns the two CSS Custom Highlights and every range in them, grouped by the block that owns
 * the text, so a rescan of one block replaces exactly that block's ranges.
 */
export class HighlightRegistry {
  private readonly highlights = {
    term: new Highlight(),
    misconception: new Highlight(),
  };
  private readonly byOwner = new Map<Node, Entry[]>();
  private readonly byRange = new Map<AbstractRange, Entry>();
  private readonly counts = new Map<string, number>();

  constructor() {
    // A misconception outranks a term where a page's own highlights overlap ours.
    this.highlights.misconception.priority = 1;
  }

  /** Registers both highlights with the page under their contract names. */
  register(): void {
    for (const kind of ['term', 'misconception'] as const) {
      CSS.highlights.set(HIGHLIGHT_NAMES[kind], this.highlights[kind]);
    }
  }

  /**
   * Unregisters our highlights, but only while they are still ours: after an extension
   * update, a newer content script may already have registered its own under the same names.
   */
  release(): void {
    this.clear();
    for (const kind of ['term', 'misconception'] as const) {
      if (CSS.highlights.get(HIGHLIGHT_NAMES[kind]) === this.highlights[kind]) {
        CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
      }
    }
  }

  add(owner: Node, range: Range, value: MatchValue, startNode: Text, endNode: Text): void {
    const entry: Entry = { range, value, startNode, endNode, text: range.toString() };
    let entries = this.byOwner.get(owner);
    if (!entries) {
      entries = [];
      this.byOwner.set(owner, entries);
    }
    entries.push(entry);
    this.byRange.set(range, entry);
    this.highlights[value.kind].add(range);
    this.counts.set(value.id, (this.counts.get(value.id) ?? 0) + 1);
  }

  dropOwner(owner: Node): void {
    const entries = this.byOwner.get(owner);
    if (!entries) return;
    this.byOwner.delete(owner);
    for (const entry of entries) this.forget(entry);
  }

  /**
   * Fix: a mutation anywhere in a block used to drop all of the block's ranges until its
   * rescan (50–250 ms later), so a term next to a ticking clock or counter was almost never
   * shown. Now only the ranges whose own text was rewritten, moved or cut are dropped, at
   * once; the others stay until the rescan replaces them.
   */
  dropChanged(owner: Node): void {
    const entries = this.byOwner.get(owner);
    if (entries) {
      this.keepOnly(
        owner,
        entries,
        (entry) => !isStale(entry) && entry.range.toString() === entry.text,
      );
    }
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
   * page that lost ranges, to be rescanned.
   */
  dropAllChanged(): Node[] {
    const lost: Node[] = [];
    for (const [owner, entries] of this.byOwner) {
      const connected = owner.isConnected;
      this.keepOnly(
        owner,
        entries,
        (entry) => connected && !isStale(entry) && entry.range.toString() === entry.text,
      );
      if (connected && this.byOwner.get(owner)?.length !== entries.length) lost.push(owner);
    }
    return lost;
  }

  clear(): void {
    for (const owner of [...this.byOwner.keys()]) this.dropOwner(owner);
  }

  valueOf(range: AbstractRange): MatchValue | undefined {
    return this.byRange.get(range)?.value;
  }

  /** Occurrences per term or misconception id. */
  countsById(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  get size(): number {
    return this.byRange.size;
  }

  /** Every range, in no particular order. */
  ranges(): IterableIterator<AbstractRange> {
    return this.byRange.keys();
  }

  /** Keeps an owner's entries that pass `keep` and forgets the rest. */
  private keepOnly(owner: Node, entries: Entry[], keep: (entry: Entry) => boolean): void {
    const kept = entries.filter((entry) => {
      if (keep(entry)) return true;
      this.forget(entry);
      return false;
    });
    if (kept.length > 0) this.byOwner.set(owner, kept);
    else this.byOwner.delete(owner);
  }

  private forget(entry: Entry): void {
    this.byRange.delete(entry.range);
    this.highlights[entry.value.kind].delete(entry.range);
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
