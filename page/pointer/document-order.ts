/**
 * Sorts ranges in reading order across the document and its shadow trees: ranges in one tree
 * compare by boundary points, ranges in different trees by the hosts that contain them.
 */
export function sortInDocumentOrder(ranges: Range[]): Range[] {
  return ranges.sort(compareRanges);
}

function compareRanges(a: Range, b: Range): number {
  const rootA = a.startContainer.getRootNode();
  const rootB = b.startContainer.getRootNode();
  if (rootA === rootB) return a.compareBoundaryPoints(Range.START_TO_START, b);
  const chainA = anchorChain(a.startContainer);
  const chainB = anchorChain(b.startContainer);
  // Find the first tree both chains reach and compare their nodes in it.
  for (const nodeA of chainA) {
    const root = nodeA.getRootNode();
    const nodeB = chainB.find((n) => n.getRootNode() === root);
    if (!nodeB) continue;
    if (nodeA === nodeB) return chainA.length - chainB.length;
    return nodeA.compareDocumentPosition(nodeB) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }
  return 0;
}

/** The node, then the shadow host of each tree it sits in, out to the document. */
function anchorChain(node: Node): Node[] {
  const chain = [node];
  let root = node.getRootNode();
  while (root instanceof ShadowRoot) {
    chain.push(root.host);
    root = root.host.getRootNode();
  }
  return chain;
}
