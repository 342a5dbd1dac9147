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

// One Range for reading the text of ranges across nodes; emptied after each use, so it holds
// no node alive and the browser has one more live Range to update, not one per highlight.
let scratch: Range | null = null;

/** The text between a range's bounds now (as `Range.toString()` reads it); undefined when they no longer fit. */
export function textOf(range: AbstractRange): string | undefined {
  const { startContainer: start, startOffset, endContainer: end, endOffset } = range;
  if (start === end && start.nodeType === Node.TEXT_NODE) {
    const data = (start as Text).data;
    return endOffset <= data.length && startOffset <= endOffset
      ? data.slice(startOffset, endOffset)
      : undefined;
  }
  scratch ??= new Range();
  try {
    scratch.setStart(start, startOffset);
    scratch.setEnd(end, endOffset);
    return scratch.toString();
  } catch {
    return undefined;
  } finally {
    scratch.setStart(document, 0);
    scratch.collapse(true);
  }
}

/**
 * Whether a range starts at or before a point, in document order; false when the two cannot be
 * compared (a node left the page). Uses the same emptied scratch Range.
 */
export function startsAtOrBefore(range: AbstractRange, node: Node, offset: number): boolean {
  const { startContainer, startOffset } = range;
  if (startContainer === node) return startOffset <= offset;
  scratch ??= new Range();
  try {
    // Collapsed at the point: its end, at the document's start, follows.
    scratch.setStart(node, offset);
    return scratch.comparePoint(startContainer, startOffset) <= 0;
  } catch {
    return false;
  } finally {
    scratch.setStart(document, 0);
    scratch.collapse(true);
  }
}
