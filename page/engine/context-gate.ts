import type { MatchValue } from './match-value';

/** What the gate needs to know of a registered match. */
export interface Gated {
  readonly value: MatchValue;
  /**
   * In the page's navigation, an aside or a footer (page-chrome.ts): a family match there is
   * shown but puts nothing in context, so a "related: ketamine" box does not make an Ozempic
   * article a ketamine page.
   */
  readonly inPageChrome?: boolean;
}

/** Whether a match may be shown, given how many ketamine-family matches the frame holds. */
export function mayShow(value: MatchValue, familyMatches: number): boolean {
  if (value.anchorOnly) return false;
  return value.context !== true || familyMatches > 0;
}

/** A ketamine-family match (shown or, `anchorOnly`, not). */
export function isFamily(value: MatchValue): boolean {
  return value.context !== true;
}

/** A match that puts context matches in context: a family match in the page's own text. */
export function isAnchor(entry: Gated): boolean {
  return isFamily(entry.value) && entry.inPageChrome !== true;
}

/**
 * Decides which registered matches are shown, for one frame: a context match (a generic
 * phrase, a myth's wording) only while the frame also holds a ketamine-family match in its
 * own text (not in navigation, an aside or a footer).
 * The registry tells it what is added and forgotten; it calls `show` and `hide` (which
 * must be idempotent). No DOM, no per-node work: it does something only when the first
 * family match arrives (shows the context ones) or, at `settle`, when none is left.
 */
export class ContextGate<E extends Gated> {
  private family = 0;
  private readonly contextEntries = new Set<E>();

  constructor(
    private readonly show: (entry: E) => void,
    private readonly hide: (entry: E) => void,
  ) {}

  add(entry: E): void {
    const { value } = entry;
    if (!isFamily(value)) {
      this.contextEntries.add(entry);
      if (mayShow(value, this.family)) this.show(entry);
      return;
    }
    if (mayShow(value, this.family)) this.show(entry);
    if (isAnchor(entry) && ++this.family === 1) {
      for (const held of this.contextEntries) this.show(held);
    }
  }

  /**
   * Hides a forgotten entry. Losing the last family match does not hide the context ones at
   * once: a rescan forgets a block's matches just before finding them again, and hiding in
   * between would make them flicker. `settle` decides once the pass is over.
   */
  remove(entry: E): void {
    this.hide(entry);
    if (isAnchor(entry)) this.family--;
    else if (!isFamily(entry.value)) this.contextEntries.delete(entry);
  }

  /** After a scan pass: with no family match left, the context matches are hidden. */
  settle(): void {
    if (this.family > 0) return;
    for (const entry of this.contextEntries) this.hide(entry);
  }
}
