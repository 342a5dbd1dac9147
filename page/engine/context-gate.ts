import type { MatchValue } from './match-value';

/**
 * How close, in characters of text either way, a ketamine-family match must stand for a
 * context match to be shown: about a news paragraph on each side. A myth's wording or a
 * generic phrase is about ketamine when the drug is named in the same or the next paragraph;
 * a story about another drug that mentions ketamine once, paragraphs away, is not.
 */
export const CONTEXT_REACH = 500;

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

/** Whether a match may be shown at all (an anchor-only family match never is). */
export function mayShow(value: MatchValue, familyNearby: boolean): boolean {
  if (value.anchorOnly) return false;
  return value.context !== true || familyNearby;
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
 * phrase, a myth's wording) only while a ketamine-family match in the page's own text (not in
 * navigation, an aside or a footer) stands within CONTEXT_REACH of it.
 * The registry tells it what is added and forgotten, where each anchor is (`placeOf`, e.g. its
 * text node) and whether an entry is near any of those places (`isNear`); it calls `show` and
 * `hide` (which must be idempotent). Context matches are looked at again only at `settle`,
 * after a pass that changed the anchors, so a pass costs one look per context match at most.
 */
export class ContextGate<E extends Gated, P> {
  /** Where the anchors are, and how many stand at each place. */
  private readonly anchors = new Map<P, number>();
  private readonly contextEntries = new Set<E>();
  private anchorsChanged = false;

  constructor(
    private readonly show: (entry: E) => void,
    private readonly hide: (entry: E) => void,
    private readonly placeOf: (entry: E) => P,
    private readonly isNear: (entry: E, anchorsByPlace: ReadonlyMap<P, number>) => boolean,
  ) {}

  add(entry: E): void {
    const { value } = entry;
    if (!isFamily(value)) {
      this.contextEntries.add(entry);
      if (this.nearAnchor(entry)) this.show(entry);
      return;
    }
    if (mayShow(value, true)) this.show(entry);
    if (isAnchor(entry)) this.addPlace(this.placeOf(entry));
  }

  /**
   * Hides a forgotten entry. Losing an anchor does not hide the context matches near it at
   * once: a rescan forgets a block's matches just before finding them again, and hiding in
   * between would make them flicker. `settle` decides once the pass is over.
   */
  remove(entry: E): void {
    this.hide(entry);
    if (!isFamily(entry.value)) {
      this.contextEntries.delete(entry);
      return;
    }
    if (isAnchor(entry)) this.forgetPlace(this.placeOf(entry));
  }

  /** Runs `move`, which changes where `entry` is (its range was moved onto new text nodes). */
  relocate(entry: E, move: () => void): void {
    if (!isAnchor(entry)) {
      move();
      return;
    }
    this.forgetPlace(this.placeOf(entry));
    move();
    this.addPlace(this.placeOf(entry));
  }

  /** After a scan pass: each context match is shown exactly while an anchor stands near it. */
  settle(): void {
    if (!this.anchorsChanged) return;
    this.anchorsChanged = false;
    for (const entry of this.contextEntries) {
      if (this.nearAnchor(entry)) this.show(entry);
      else this.hide(entry);
    }
  }

  private addPlace(place: P): void {
    this.anchors.set(place, (this.anchors.get(place) ?? 0) + 1);
    this.anchorsChanged = true;
  }

  private forgetPlace(place: P): void {
    const left = (this.anchors.get(place) ?? 0) - 1;
    if (left > 0) this.anchors.set(place, left);
    else this.anchors.delete(place);
    this.anchorsChanged = true;
  }

  private nearAnchor(entry: E): boolean {
    return this.anchors.size > 0 && this.isNear(entry, this.anchors);
  }
}
