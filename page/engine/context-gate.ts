import type { MatchValue } from './match-value';

/**
 * How close, in characters of text either way, a ketamine-family match must stand for a
 * context match to be shown: about three short news paragraphs on each side. A myth's wording
 * or a generic phrase is about ketamine when the drug is named in the same passage; a story
 * about another drug that mentions ketamine once, further away, is not.
 */
export const CONTEXT_REACH = 1000;

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
 * text node), whether an entry is near any of those places (`isNear`) and what is registered
 * (`registered`, read once, when the first context match comes); it calls `show` and
 * `hide` (which must be idempotent). Context matches are looked at again only at `settle`,
 * after a pass that changed the anchors, so a pass costs one look per context match at most.
 */
export class ContextGate<E extends Gated, P> {
  /**
   * Where the anchors are, and how many stand at each place: made when the first context match
   * is registered, from every entry registered then. Most pages name no context term, and a
   * table of thousands of anchors would cost memory there for nothing.
   */
  private anchors: Map<P, number> | null = null;
  private readonly contextEntries = new Set<E>();
  private anchorsChanged = false;

  constructor(
    private readonly show: (entry: E) => void,
    private readonly hide: (entry: E) => void,
    private readonly placeOf: (entry: E) => P,
    private readonly isNear: (entry: E, anchorsByPlace: ReadonlyMap<P, number>) => boolean,
    /** Every entry registered now (the registry's own list). */
    private readonly registered: () => Iterable<E>,
  ) {}

  add(entry: E): void {
    const { value } = entry;
    if (!isFamily(value)) {
      this.contextEntries.add(entry);
      this.anchors ??= this.placesOfAnchors();
      if (this.nearAnchor(entry)) this.show(entry);
      return;
    }
    if (mayShow(value, true)) this.show(entry);
    if (this.anchors && isAnchor(entry)) this.addPlace(this.anchors, this.placeOf(entry));
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
    if (this.anchors && isAnchor(entry)) this.forgetPlace(this.anchors, this.placeOf(entry));
  }

  /** Runs `move`, which changes where `entry` is (its range was moved onto new text nodes). */
  relocate(entry: E, move: () => void): void {
    const anchors = this.anchors;
    if (!anchors || !isAnchor(entry)) {
      move();
      return;
    }
    this.forgetPlace(anchors, this.placeOf(entry));
    move();
    this.addPlace(anchors, this.placeOf(entry));
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

  /** The places of the anchors registered now. */
  private placesOfAnchors(): Map<P, number> {
    const anchors = new Map<P, number>();
    for (const entry of this.registered()) {
      if (isAnchor(entry)) this.addPlace(anchors, this.placeOf(entry));
    }
    return anchors;
  }

  private addPlace(anchors: Map<P, number>, place: P): void {
    anchors.set(place, (anchors.get(place) ?? 0) + 1);
    this.anchorsChanged = true;
  }

  private forgetPlace(anchors: Map<P, number>, place: P): void {
    const left = (anchors.get(place) ?? 0) - 1;
    if (left > 0) anchors.set(place, left);
    else anchors.delete(place);
    this.anchorsChanged = true;
  }

  private nearAnchor(entry: E): boolean {
    const anchors = this.anchors;
    return anchors !== null && anchors.size > 0 && this.isNear(entry, anchors);
  }
}
