/**
 * The frame's reading order of ranges: document order, with the text of a shadow root read at
 * its host's place (after the host itself, before the host's light children). One order for
 * the first mention of a term and for stepping through terms.
 *
 * Negative when `a` starts before `b`, positive when after, 0 at the same place or when they
 * cannot be ordered (in unrelated trees: one was just removed). Within one node, offsets
 * decide; between nodes, their document position (a range starting at an element's boundary
 * counts as at that element, which is exact for the text ranges highlights hold).
 */
export function compareReadingOrder(a: AbstractRange, b: AbstractRange): number {
  const pathA = hostPath(a.startContainer);
  const pathB = hostPath(b.startContainer);
  for (let level = 0; level < Math.min(pathA.length, pathB.length); level++) {
    const nodeA = pathA[level] as Node;
    const nodeB = pathB[level] as Node;
    if (nodeA === nodeB) {
      if (level === pathA.length - 1 && level === pathB.length - 1) {
        return a.startOffset - b.startOffset;
      }
      continue;
    }
    const position = nodeA.compareDocumentPosition(nodeB);
    if (position & Node.DOCUMENT_POSITION_DISCONNECTED) return 0;
    return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }
  // One path is the other's prefix: the host comes before what its shadow root holds.
  return pathA.length - pathB.length;
}

/** Whether range `a` starts before range `b` in the frame's reading order. */
export function precedes(a: AbstractRange, b: AbstractRange): boolean {
  return compareReadingOrder(a, b) < 0;
}

/** The node, lifted through each shadow root to its host: outermost host first. */
function hostPath(node: Node): Node[] {
  const path = [node];
  let root = node.getRootNode();
  while (root instanceof ShadowRoot) {
    path.unshift(root.host);
    root = root.host.getRootNode();
  }
  return path;
}
