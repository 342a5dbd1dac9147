import type { HighlightRegistry } from '../page-highlighting/highlight-registry';

interface HitResult {
  highlight: Highlight;
  ranges: AbstractRange[];
}
type HighlightsFromPoint = (
  x: number,
  y: number,
  options?: { shadowRoots?: ShadowRoot[] },
) => HitResult[];

/**
 * Finds our highlighted range under a viewport point. Highlights take no pointer events,
 * so this asks the browser which highlights paint there, or, where that API is missing,
 * which character is there, checking the range's boxes really contain the point: caret
 * lookups snap to the nearest text even in empty space.
 */
export function hitTestHighlight(
  x: number,
  y: number,
  registry: HighlightRegistry,
  shadowRoots: Iterable<ShadowRoot>,
): Range | null {
  const roots = [...shadowRoots];
  const fromPoint = (CSS.highlights as unknown as { highlightsFromPoint?: HighlightsFromPoint })
    .highlightsFromPoint;
  if (fromPoint) {
    for (const hit of fromPoint.call(CSS.highlights, x, y, { shadowRoots: roots })) {
      for (const range of hit.ranges) {
        if (range instanceof Range && registry.valueOf(range)) return range;
      }
    }
    return null;
  }
  const caret = caretAt(x, y, roots);
  if (!caret) return null;
  for (const range of registry.ranges()) {
    if (!(range instanceof Range)) continue;
    if (range.startContainer !== caret.node && range.endContainer !== caret.node) continue;
    if (range.comparePoint(caret.node, caret.offset) !== 0) continue;
    if (containsPoint(range, x, y)) return range;
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
