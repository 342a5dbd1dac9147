import { isInlineElement, isLineBreak, isSkippedElement } from './element-kinds';

/**
 * A run is the text of consecutive text nodes that read as one line of prose: inline markup
 * (`<b>Keta</b>mine`) joins, while blocks, line breaks and skipped elements split it.
 */
export interface TextRun {
  /** The nearest block element (or root) the run belongs to: the unit of rescans. */
  owner: Node;
  nodes: Text[];
  /** Offset of each node's first character within `text`. */
  starts: number[];
  text: string;
}

/** Yielded now and then inside long walks so the caller can check its time budget. */
export const PAUSE = null;

const NODES_BETWEEN_PAUSES = 512;

export interface WalkHooks {
  /** Called for each shadow root met on the way; its tree is scanned as its own root. */
  onShadowRoot?: (root: ShadowRoot, host: Element) => void;
  /** Shadow root of an element, open or closed where the browser lets the extension see it. */
  shadowRootOf?: (element: Element) => ShadowRoot | null;
  /** Asked before walking into a nested block; false leaves it out (it was scanned already). */
  enterBlock?: (element: Element) => boolean;
  /**
   * Asked of a block entered that holds text nodes only, given its text: true leaves its nodes
   * unread (nothing in that text is wanted). Reading a node makes an object for it in the
   * script's world, and a page of 200,000 cells would make 400,000 where 200,000 do.
   */
  skipLeaf?: (text: string) => boolean;
  /**
   * The page moved the node the walk was about to visit while the walk was paused: the rest
   * of `parent`'s children are left out, for the caller to scan `parent`'s block again.
   */
  onInterrupted?: (parent: Node) => void;
}

/** A parent being walked: the child to visit next, and whether leaving it ends a block. */
interface Level {
  parent: Node;
  next: Node | null;
  block: boolean;
}

/**
 * Walks `root` in document order and yields its text runs (and PAUSE now and then).
 * Iterative, so deep pages cannot overflow the stack, and a generator, so the scanner can
 * stop between any two steps and resume in a later task. Children are read one sibling at a
 * time, so a parent with 200,000 children costs no more per step than one with two.
 */
export function* walkTextRuns(
  root: Node,
  hooks: WalkHooks = {},
): Generator<TextRun | typeof PAUSE> {
  const owners: Node[] = [root];
  const levels: Level[] = [{ parent: root, next: root.firstChild, block: false }];
  let nodes: Text[] = [];
  let parts: string[] = [];
  /**
   * The text of a long run's earlier nodes, joined at each pause: a run of 200,000 nodes then
   * keeps a few hundred strings alive, not one per node, for the engine to track.
   */
  let joined: string[] = [];
  let starts: number[] = [];
  let length = 0;
  let sincePause = 0;

  const takeRun = (): TextRun | null => {
    if (nodes.length === 0) return null;
    const run: TextRun = {
      owner: owners[owners.length - 1] as Node,
      nodes,
      starts,
      text: joined.length === 0 ? parts.join('') : joined.join('') + parts.join(''),
    };
    nodes = [];
    parts = [];
    joined = [];
    starts = [];
    length = 0;
    return run;
  };

  while (levels.length > 0) {
    if (++sincePause >= NODES_BETWEEN_PAUSES) {
      sincePause = 0;
      if (parts.length > 0) {
        joined.push(parts.join(''));
        parts = [];
      }
      yield PAUSE;
    }
    const level = levels[levels.length - 1] as Level;
    const node = level.next;
    if (node === null) {
      levels.pop();
      if (level.block) {
        const run = takeRun();
        if (run) yield run;
        owners.pop();
      }
      continue;
    }
    if (node.parentNode !== level.parent) {
      // Moved or removed during a pause: where its siblings went is unknown.
      level.next = null;
      hooks.onInterrupted?.(level.parent);
      continue;
    }
    level.next = node.nextSibling;
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length === 0) continue;
      nodes.push(node as Text);
      starts.push(length);
      parts.push(data);
      length += data.length;
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const element = node as Element;
    if (isSkippedElement(element)) {
      // A skipped element still separates the text around it.
      const run = takeRun();
      if (run) yield run;
      continue;
    }
    const shadow = hooks.shadowRootOf?.(element) ?? null;
    if (shadow) hooks.onShadowRoot?.(shadow, element);
    if (isLineBreak(element)) {
      const run = takeRun();
      if (run) yield run;
      continue;
    }
    if (isInlineElement(element) && !shadow) {
      levels.push({ parent: element, next: element.firstChild, block: false });
      continue;
    }
    const run = takeRun();
    if (run) yield run;
    if (hooks.enterBlock && !hooks.enterBlock(element)) continue;
    if (hooks.skipLeaf && !shadow && element.firstElementChild === null) {
      if (hooks.skipLeaf(element.textContent ?? '')) continue;
    }
    owners.push(element);
    levels.push({ parent: element, next: element.firstChild, block: true });
  }
  const run = takeRun();
  if (run) yield run;
}

/**
 * The block that owns a node's text: what to rescan when that node changes. Null when the
 * node lies in a skipped subtree (a script, a form field, an editable region), which is
 * never scanned.
 */
export function ownerBlockOf(node: Node, root: Node): Node | null {
  return findOwnerBlock(node, root, false);
}

/**
 * The block that owned a node's text when it was scanned, even if a skipped region (one made
 * editable since, say) now encloses it: where its old ranges are registered.
 */
export function scannedOwnerOf(node: Node, root: Node): Node {
  return findOwnerBlock(node, root, true) as Node;
}

function findOwnerBlock(node: Node, root: Node, throughSkipped: boolean): Node | null {
  let owner: Node | null = null;
  let current: Node | null = node.nodeType === Node.ELEMENT_NODE ? node : node.parentNode;
  while (current && current !== root) {
    if (current.nodeType === Node.ELEMENT_NODE) {
      const element = current as Element;
      if (throughSkipped) {
        if (!isInlineElement(element) && !isLineBreak(element)) return element;
      } else {
        if (isSkippedElement(element)) return null;
        if (!owner && !isInlineElement(element) && !isLineBreak(element)) owner = element;
      }
    }
    current = current.parentNode;
  }
  return owner ?? root;
}

/**
 * `ownerBlockOf` for many nodes of one unchanged DOM (a batch of mutations, a pass between
 * two breaks): each ancestor is looked at once, so 5,000 cells of one table cost 5,000 steps,
 * not 5,000 climbs to the root. Make a new one whenever the page may have changed.
 */
export function ownerFinder(): (node: Node) => Node | null {
  const known = new Map<Node, Node | null>();
  return (node) => {
    const start = node.nodeType === Node.ELEMENT_NODE ? node : node.parentNode;
    const chain: Node[] = [];
    let current: Node | null = start;
    let owner: Node | null | undefined;
    while (current) {
      owner = known.get(current);
      if (owner !== undefined) break;
      if (current.nodeType !== Node.ELEMENT_NODE) {
        // The root: a document, a shadow root, or a detached fragment.
        owner = current;
        break;
      }
      chain.push(current);
      current = current.parentNode;
    }
    if (owner === undefined) owner = chain.length > 0 ? (chain[chain.length - 1] as Node) : node;
    for (let i = chain.length - 1; i >= 0; i--) {
      const element = chain[i] as Element;
      if (owner !== null) {
        if (isSkippedElement(element)) owner = null;
        else if (!isInlineElement(element) && !isLineBreak(element)) owner = element;
      }
      known.set(element, owner);
    }
    return owner;
  };
}

/** Where a range starts and ends. */
export interface RangeBounds {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** The text of a block that holds text nodes only (no element), else undefined. */
export function leafText(node: Node): string | undefined {
  if (node.nodeType !== Node.ELEMENT_NODE || (node as Element).firstElementChild !== null) {
    return undefined;
  }
  return node.textContent ?? undefined;
}

/** Index of the node holding character `offset`, by binary search over node start offsets. */
export function nodeIndexAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Where a match of a run starts and ends, in the run's text nodes. */
export function boundsOf(run: TextRun, match: { start: number; end: number }): RangeBounds {
  const first = nodeIndexAt(run.starts, match.start);
  const last = nodeIndexAt(run.starts, match.end - 1);
  return {
    startNode: run.nodes[first] as Text,
    startOffset: match.start - (run.starts[first] as number),
    endNode: run.nodes[last] as Text,
    endOffset: match.end - (run.starts[last] as number),
  };
}
