import type { HighlightLookup, ShownMatch } from '../engine/highlight-lookup';
import { liveRange } from '../engine/live-range';

/**
 * Finds our highlighted match under a viewport point. Highlights take no pointer events, so
 * this asks which character is under the point, then checks only the ranges nearest it in
 * that character's block, and only a range whose boxes really hold the point: caret lookups
 * snap to the nearest text even in empty space.
 *
 * `CSS.highlights.highlightsFromPoint()` is not used: its cost grows with every range of the
 * page times the length of their text nodes (far over a frame on a large text file), and it
 * can answer nothing at all (device emulation at a device pixel ratio of 2). The caret lookup costs the same on any page.
 */
export function hitTestHighlight(
  x: number,
  y: number,
  registry: HighlightLookup,
  shadowRoots: Iterable<ShadowRoot>,
): ShownMatch | null {
  const caret = caretAt(x, y, [...shadowRoots]);
  if (!caret) return null;
  for (const match of registry.around(caret.node, caret.offset)) {
    const { range } = match;
    if (!range.startContainer.isConnected) continue;
    // A range in another tree (a shadow root the caret did not enter) cannot be compared.
    if (range.startContainer.getRootNode() !== caret.node.getRootNode()) continue;
    if (!holdsCaret(range, caret.node, caret.offset)) continue;
    const live = liveRange(range);
    if (live !== null && containsPoint(live, x, y)) return match;
  }
  return null;
}

function caretAt(
  x: number,
  y: number,
  shadowRoots: ShadowRoot[],
): { node: Node; offset: number } | null {
  if (document.caretPositionFromPoint) {
    const position = document.caretPositionFromPoint(x, y, { shadowRoots });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = (
    document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }
  ).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

export function containsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/**
 * Whether the caret lies within a range's bounds. Most ranges start and end in the caret's own
 * text node, and their offsets answer without a live Range (one the browser updates on every
 * change of the page until it is collected).
 */
function holdsCaret(range: AbstractRange, node: Node, offset: number): boolean {
  if (range.startContainer === node && range.endContainer === node) {
    return range.startOffset <= offset && offset <= range.endOffset;
  }
  const live = liveRange(range);
  return live !== null && live.comparePoint(node, offset) === 0;
}
