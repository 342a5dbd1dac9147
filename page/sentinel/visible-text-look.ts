import { SLICE_MS, yieldToPage } from '../engine/yield-to-page';
import { chunkBounds, lookInSlices } from './sliced-look';

// Characters tested at once: a small string to build and test, so a big page's text is never
// one megabyte string, and a test that hits runs the exact test on this much only.
const PIECE = 32 * 1024;
// Text nodes walked between two looks at the clock.
const NODES_PER_CLOCK = 256;
// Walks begun again because the page moved nodes between slices, before the look gives up.
const MAX_RESTARTS = 3;

// Text no reader sees and no scan reads (the engine skips these elements too): a big page's
// inline scripts are most of its characters.
const UNSEEN = 'script,style,noscript,template';
const UNSEEN_NAMES = new Set(['script', 'style', 'noscript', 'template']);

/**
 * `test` on the text of `root` a reader can see: its text nodes in document order, joined,
 * without the text of scripts, styles, `noscript` and templates, in pieces of at most 32K
 * characters cut at a space or line break (sliced-look.ts), so a term is never cut in two.
 * True as soon as one piece passes. A short walk answers at once (a boolean); a long one
 * (a 10 MB text node, a 60,000-paragraph page) yields to the page between slices (a promise).
 * Joining text across elements can only add matches, never lose one the scan would find.
 */
export function lookAtVisibleText(
  root: Node,
  test: (text: string) => boolean,
): boolean | Promise<boolean> {
  if (root.nodeType === Node.TEXT_NODE) return lookInSlices((root as Text).data, test);
  if (root instanceof Element && UNSEEN_NAMES.has(root.localName)) return false;
  if (!('querySelectorAll' in root)) return lookInSlices(root.textContent ?? '', test);
  let walk = visibleTextWalk(root as Node & ParentNode, test);
  const first = walk(performance.now() + SLICE_MS);
  if (first !== undefined) return first;
  // Between slices the page may move or remove nodes, and a paused walk would lose its place
  // or skip text: after any such change the walk begins again, and after a few the look
  // answers "may hold", which only costs loading the engine.
  const moves = new MutationObserver(() => {});
  moves.observe(root, { childList: true, subtree: true });
  return (async () => {
    let restarts = 0;
    try {
      for (;;) {
        await yieldToPage();
        if (moves.takeRecords().length > 0) {
          if (++restarts > MAX_RESTARTS) return true;
          walk = visibleTextWalk(root as Node & ParentNode, test);
        }
        const answer = walk(performance.now() + SLICE_MS);
        if (answer !== undefined) return answer;
      }
    } finally {
      moves.disconnect();
    }
  })();
}

/** A resumable walk: each call goes on until `deadline`; undefined when it is not done. */
function visibleTextWalk(
  root: Node & ParentNode,
  test: (text: string) => boolean,
): (deadline: number) => boolean | undefined {
  const unseen = unseenTexts(root);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let pending = '';
  return (deadline) => {
    let walked = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (unseen?.has(node)) continue;
      pending += (node as Text).data;
      while (pending.length > PIECE) {
        const { end, next } = chunkBounds(pending, 0, PIECE);
        if (test(pending.slice(0, end))) return true;
        pending = pending.slice(next);
        if (performance.now() > deadline) return undefined;
      }
      if (++walked % NODES_PER_CLOCK === 0 && performance.now() > deadline) return undefined;
    }
    return test(pending);
  };
}

/** The text nodes of the scripts, styles… under `root`: one query, no walk of elements. */
function unseenTexts(root: ParentNode): Set<Node> | null {
  const elements = root.querySelectorAll(UNSEEN);
  if (elements.length === 0) return null;
  const texts = new Set<Node>();
  for (const element of elements) {
    for (let child = element.firstChild; child; child = child.nextSibling) texts.add(child);
  }
  return texts;
}
