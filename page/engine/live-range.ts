/**
 * Highlights hold `StaticRange`s: the browser does not update them on each change of the page
 * (it does for every live `Range` of the document), so the page's own DOM work costs what it
 * costs without us, and the engine tells a stale range by its text. Measuring boxes or
 * comparing a point needs a live Range: one is made on demand, for the range being measured.
 */

/** A live Range over a highlight's bounds; null when they no longer fit their nodes. */
export function liveRange(range: AbstractRange): Range | null {
  if (range instanceof Range) return range;
  const live = new Range();
  try {
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
  } catch {
    return null;
  }
  return live;
}

// One Range for reading the text of ranges across nodes and comparing points; emptied after
// each use, so it holds no node alive and the browser has one more live Range to update, not
// one per highlight.
let scratch: Range | null = null;

/** `use` on the scratch Range, which is emptied afterwards; `failed` when `use` throws. */
function withScratch<T>(use: (range: Range) => T, failed: T): T {
  scratch ??= new Range();
  try {
    return use(scratch);
  } catch {
    return failed;
  } finally {
    scratch.setStart(document, 0);
    scratch.collapse(true);
  }
}

/** The text between a range's bounds now (as `Range.toString()` reads it); undefined when they no longer fit. */
export function textOf(range: AbstractRange): string | undefined {
  const { startContainer: start, startOffset, endContainer: end, endOffset } = range;
  if (start === end && start.nodeType === Node.TEXT_NODE) {
    const data = (start as Text).data;
    return endOffset <= data.length && startOffset <= endOffset
      ? data.slice(startOffset, endOffset)
      : undefined;
  }
  return withScratch((live) => {
    live.setStart(start, startOffset);
    live.setEnd(end, endOffset);
    return live.toString();
  }, undefined);
}

/**
 * Whether a range starts at or before a point, in document order; false when the two cannot be
 * compared (a node left the page).
 */
export function startsAtOrBefore(range: AbstractRange, node: Node, offset: number): boolean {
  const { startContainer, startOffset } = range;
  if (startContainer === node) return startOffset <= offset;
  return withScratch((live) => {
    // A start set after the end moves the end with it: collapsed at the point.
    live.setStart(node, offset);
    return live.comparePoint(startContainer, startOffset) <= 0;
  }, false);
}
