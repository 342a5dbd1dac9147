/**
 * Whether range `a` starts before range `b` in the frame's reading order: document order,
 * with the text of a shadow root read at its host's place (before the host's light children).
 * Ranges in unrelated trees (one was just removed) are not ordered: the answer is false.
 */
export function precedes(a: AbstractRange, b: AbstractRange): boolean {
  const pathA = hostPath(a.startContainer);
  const pathB = hostPath(b.startContainer);
  for (let level = 0; level < Math.min(pathA.length, pathB.length); level++) {
    const nodeA = pathA[level] as Node;
    const nodeB = pathB[level] as Node;
    if (nodeA === nodeB) {
      if (level === pathA.length - 1 && level === pathB.length - 1) {
        return a.startOffset < b.startOffset;
      }
      continue;
    }
    const position = nodeA.compareDocumentPosition(nodeB);
    if (position & Node.DOCUMENT_POSITION_DISCONNECTED) return false;
    return (position & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  }
  // One path is the other's prefix: the host comes before what its shadow root holds.
  return pathA.length < pathB.length;
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
