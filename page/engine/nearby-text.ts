/** Elements whose text no reader sees, so it adds nothing to the distance between two matches. */
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Whether one of `places` (text nodes) stands within `reach` characters of seen text before or
 * after `start`, in document order within start's tree (the document or its shadow root).
 * `start` itself counts as near. Each direction walks text nodes until `reach` characters
 * have passed, so the cost is bounded by the reach, whatever the page's size.
 */
export function isTextNear(
  start: Text,
  places: ReadonlyMap<Text, unknown>,
  reach: number,
): boolean {
  if (places.has(start)) return true;
  const root = start.getRootNode();
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(
    root,
    NodeFilter.SHOW_TEXT,
  );
  for (const step of [walker.nextNode, walker.previousNode]) {
    walker.currentNode = start;
    let passed = 0;
    while (passed <= reach) {
      const node = step.call(walker) as Text | null;
      if (!node) break;
      if (places.has(node)) return true;
      if (!UNSEEN.has(node.parentElement?.tagName ?? '')) passed += node.data.length;
    }
  }
  return false;
}
