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

const EXIT_BLOCK = Symbol('exit block');
const NODES_BETWEEN_PAUSES = 512;

export interface WalkHooks {
  /** Called for each shadow root met on the way; its tree is scanned as its own root. */
  onShadowRoot?: (root: ShadowRoot, host: Element) => void;
  /** Shadow root of an element, open or closed where the browser lets the extension see it. */
  shadowRootOf?: (element: Element) => ShadowRoot | null;
  /** Asked before walking into a nested block; false leaves it out (it was scanned already). */
  enterBlock?: (element: Element) => boolean;
}

/**
 * Walks `root` in document order and yields its text runs (and PAUSE now and then).
 * Iterative, so deep pages cannot overflow the stack, and a generator, so the scanner can
 * stop between any two steps and resume in a later task.
 */
export function* walkTextRuns(
  root: Node,
  hooks: WalkHooks = {},
): Generator<TextRun | typeof PAUSE> {
  const owners: Node[] = [root];
  const stack: (Node | typeof EXIT_BLOCK)[] = [];
  let nodes: Text[] = [];
  let parts: string[] = [];
  let starts: number[] = [];
  let length = 0;
  let sincePause = 0;

  const takeRun = (): TextRun | null => {
    if (nodes.length === 0) return null;
    const run: TextRun = {
      owner: owners[owners.length - 1] as Node,
      nodes,
      starts,
      text: parts.join(''),
    };
    nodes = [];
    parts = [];
    starts = [];
    length = 0;
    return run;
  };
  const pushChildren = (parent: Node) => {
    for (let child = parent.lastChild; child; child = child.previousSibling) stack.push(child);
  };

  pushChildren(root);
  while (stack.length > 0) {
    if (++sincePause >= NODES_BETWEEN_PAUSES) {
      sincePause = 0;
      yield PAUSE;
    }
    const node = stack.pop() as Node | typeof EXIT_BLOCK;
    if (node === EXIT_BLOCK) {
      const run = takeRun();
      if (run) yield run;
      owners.pop();
      continue;
    }
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
      pushChildren(element);
      continue;
    }
    const run = takeRun();
    if (run) yield run;
    if (hooks.enterBlock && !hooks.enterBlock(element)) continue;
    owners.push(element);
    stack.push(EXIT_BLOCK);
    pushChildren(element);
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
