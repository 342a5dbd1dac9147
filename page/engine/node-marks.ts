/**
 * What the engine remembers of each node, kept as properties of this script's own wrapper of
 * the node rather than in a WeakMap. A content script's wrappers are its own (Chrome's isolated
 * world, Firefox's Xray wrappers): the page's scripts see other objects for the same nodes and
 * none of these properties. A property costs no table: a WeakMap of 200,000 blocks stops the
 * thread for longer than a scan slice each time it grows.
 */

const GENERATION = Symbol('generation');
const VALUE = Symbol('value');

interface Marked<T> {
  [GENERATION]?: number;
  [VALUE]?: T;
}

/** Each set of marks has its own generation: a new one forgets the marks of earlier ones. */
let generations = 0;

export class NodeMarks<T> {
  private readonly generation = ++generations;

  get(node: Node): T | undefined {
    const marked = node as Marked<T>;
    return marked[GENERATION] === this.generation ? marked[VALUE] : undefined;
  }

  set(node: Node, value: T): void {
    const marked = node as Marked<T>;
    marked[GENERATION] = this.generation;
    marked[VALUE] = value;
  }
}
