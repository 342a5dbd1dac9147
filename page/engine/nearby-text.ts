/** Elements whose text no reader sees, so it adds nothing to the distance between two matches. */
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Whether one of `places` (text nodes) stands within `reach` characters of seen text before or
 * after `start`, in document order. `start` itself counts as near. A walk that leaves a shadow
 * root goes on from its host, so a phrase in a widget near the drug's name in the page counts.
 * Each direction walks text nodes until `reach` characters have passed, so the cost is bounded
 * by the reach, whatever the page's size.
 */
export function isTextNear(
  start: Text,
  places: ReadonlyMap<Text, unknown>,
  reach: number,
): boolean {
  if (places.has(start)) return true;
  const document = start.ownerDocument;
  for (const forward of [true, false]) {
    let from: Node = start;
    let passed = 0;
    while (passed <= reach) {
      const root = from.getRootNode();
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      walker.currentNode = from;
      for (
        let node = step(walker, forward);
        node && passed <= reach;
        node = step(walker, forward)
      ) {
        if (places.has(node)) return true;
        if (!UNSEEN.has(node.parentElement?.tagName ?? '')) passed += node.data.length;
      }
      if (!(root instanceof ShadowRoot)) break;
      from = root.host;
    }
  }
  return false;
}

function step(walker: TreeWalker, forward: boolean): Text | null {
  return (forward ? walker.nextNode() : walker.previousNode()) as Text | null;
}
