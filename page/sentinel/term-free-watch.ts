import { READY_MARK, SCAN_MEASURE } from '../engine/contract-names';
import { isInlineElement } from '../engine/element-kinds';
import { type ShadowOpener, shadowRootsUnder } from './shadow-hosts';
import { lookAtVisibleText } from './visible-text-look';

const MAX_KEPT_MEASURES = 1000;

/**
 * The term-free fast path. Most frames never mention ketamine, and without a ketamine-family
 * term nothing can be shown (context terms and myths need one in the frame), so one look at
 * the text a reader can see (visible-text-look.ts: no script or style text, small pieces)
 * for the family's anchors decides whether the page engine is needed at all. Until it is, a
 * mutation observer looks at the text of each changed block the same way. Shadow roots are
 * outside the document's text: each one's own text gets the same test, and the observer
 * watches inside it too, so a term-free shadow root loads nothing. A huge text (a 10 MB text
 * node) is tested a piece at a time over several tasks.
 *
 * `onMayHold` runs when a look finds that the document may hold a family term, and again at
 * every later change (no more looks then), so a load of the engine that failed is tried
 * again; the watch ends when the returned function is called.
 * In the check build only, each look is recorded as a `ketamine-lens:scan` measure (nothing
 * matched), and the first, when it finds nothing, marks the document ready, as the engine's
 * first scan would; a plain build leaves nothing a page can read.
 */
export function watchForFamilyTerm(options: {
  mayHold: (text: string) => boolean;
  openShadow: ShadowOpener;
  onMayHold: () => void;
}): () => void {
  const { mayHold, openShadow, onMayHold } = options;
  const watchedRoots = new WeakSet<ShadowRoot>();
  /**
   * Looks into every shadow root under `start` (and theirs) not looked into before: true when
   * one's text may hold a family term; the others are watched from now on.
   */
  const shadowMayHold = (start: Node): boolean => {
    const pending: Node[] = [start];
    for (let root = pending.pop(); root; root = pending.pop()) {
      for (const shadow of shadowRootsUnder(root, openShadow)) {
        if (watchedRoots.has(shadow)) continue;
        watchedRoots.add(shadow);
        // A shadow root's text is small; one too big for a slice counts as a maybe.
        if (lookAtVisibleText(shadow, mayHold) !== false) return true;
        observer.observe(shadow, OBSERVED);
        pending.push(shadow);
      }
    }
    return false;
  };
  let measures = 0;
  const record = (start: number, scopes: number) => {
    if (!__KETAMINE_LENS_CHECKS__) return;
    if (++measures > MAX_KEPT_MEASURES) {
      performance.clearMeasures(SCAN_MEASURE);
      measures = 1;
    }
    const busyMs = performance.now() - start;
    const detail = { scopes, matched: 0, busyMs, slices: 1, longestSliceMs: busyMs };
    performance.measure(SCAN_MEASURE, { start, end: performance.now(), detail });
  };

  let mayHoldTerms = false;
  let stopped = false;
  const found = () => {
    mayHoldTerms = true;
    if (!stopped) onMayHold();
  };
  const observer = new MutationObserver((records) => {
    if (mayHoldTerms) {
      onMayHold();
      return;
    }
    const begun = performance.now();
    const blocks = new Set<Node>();
    for (const change of records) {
      const target = change.type === 'characterData' ? change.target.parentNode : change.target;
      if (target) blocks.add(blockOf(target));
      if (!mayHoldTerms && change.type === 'childList') {
        for (const added of change.addedNodes) if (shadowMayHold(added)) mayHoldTerms = true;
      }
    }
    // A huge block (a 10 MB text node) is looked at a slice at a time, after this callback.
    const later: Promise<boolean>[] = [];
    for (const block of blocks) {
      if (mayHoldTerms) break;
      const look = lookAtVisibleText(block, mayHold);
      if (look === true) mayHoldTerms = true;
      else if (look !== false) later.push(look);
    }
    record(begun, blocks.size);
    if (mayHoldTerms) onMayHold();
    else if (later.length > 0) {
      void Promise.all(later).then((looks) => {
        if (looks.includes(true) && !mayHoldTerms) found();
      });
    }
  });
  observer.observe(document, OBSERVED);
  const stop = () => {
    stopped = true;
    observer.disconnect();
  };

  const start = performance.now();
  const root = document.documentElement;
  const termFree = () => {
    record(start, 1);
    if (__KETAMINE_LENS_CHECKS__ && performance.getEntriesByName(READY_MARK).length === 0) {
      performance.mark(READY_MARK);
    }
  };
  if (isBare(root)) {
    termFree();
    return stop;
  }
  const first = root ? lookAtVisibleText(document, mayHold) : true;
  if (first === true || (first === false && root && shadowMayHold(root))) {
    found();
  } else if (first === false) {
    termFree();
  } else {
    void first.then((look) => {
      if (mayHoldTerms || stopped) return;
      if (look || (root && shadowMayHold(root))) found();
      else termFree();
    });
  }
  return stop;
}

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/**
 * A document (`root`, its element) with nothing in its body, no text anywhere and no shadow
 * root on its body: an empty frame, such as the ad slots a news page holds by the dozen.
 * Nothing in it can be looked at, so it is only watched.
 */
function isBare(root: Element | null): boolean {
  const body = document.body;
  return (
    root !== null &&
    body !== null &&
    body.firstChild === null &&
    body.shadowRoot === null &&
    root.textContent === ''
  );
}

/** The block whose text a changed node is part of: terms can be split over inline elements. */
function blockOf(node: Node): Node {
  let current = node;
  while (current instanceof Element && isInlineElement(current) && current.parentNode) {
    current = current.parentNode;
  }
  return current;
}
