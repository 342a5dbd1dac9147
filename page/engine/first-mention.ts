/**
 * "First mention of each term only": of the matches the context gate allows, shows just the
 * first of each id in this frame's reading order, and the rest stay registered but hidden.
 * "First" is per frame (each frame has its own registry) and in document order, where a
 * shadow root's text counts at its host's place (`precedes` in reading-order.ts).
 *
 * On a live page the first can change: a match added before the shown one takes over at
 * once; when the shown one is forgotten, the next is chosen at `settle` (end of a scan pass),
 * not in between, because a rescan forgets a block's matches just before finding them again.
 * No DOM work beyond one order comparison per allowed match of an id already shown.
 */
export class FirstMention<E> {
  private readonly groups = new Map<string, { shown: E | null; allowed: Set<E> }>();
  /** Ids whose shown match went, to replace at `settle`. */
  private readonly orphaned = new Set<string>();

  constructor(
    private readonly idOf: (entry: E) => string,
    private readonly precedes: (a: E, b: E) => boolean,
    private readonly show: (entry: E) => void,
    private readonly hide: (entry: E) => void,
  ) {}

  /** The gate lets this match be shown. */
  allow(entry: E): void {
    const id = this.idOf(entry);
    let group = this.groups.get(id);
    if (!group) {
      group = { shown: null, allowed: new Set() };
      this.groups.set(id, group);
    }
    group.allowed.add(entry);
    if (group.shown === entry) return;
    if (group.shown === null || this.precedes(entry, group.shown)) {
      if (group.shown !== null) this.hide(group.shown);
      group.shown = entry;
      this.show(entry);
    }
  }

  /** The gate hides this match, or the registry forgot it. */
  deny(entry: E): void {
    const id = this.idOf(entry);
    const group = this.groups.get(id);
    if (!group?.allowed.delete(entry)) {
      this.hide(entry);
      return;
    }
    if (group.shown === entry) {
      this.hide(entry);
      group.shown = null;
      this.orphaned.add(id);
    }
  }

  /** After a scan pass: an id that lost its shown match shows its first remaining one. */
  settle(): void {
    for (const id of this.orphaned) {
      const group = this.groups.get(id);
      if (!group || group.shown !== null) continue;
      let first: E | null = null;
      for (const entry of group.allowed) {
        if (first === null || this.precedes(entry, first)) first = entry;
      }
      if (first === null) {
        this.groups.delete(id);
        continue;
      }
      group.shown = first;
      this.show(first);
    }
    this.orphaned.clear();
  }
}
