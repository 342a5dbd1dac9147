import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KINDS } from '../../content/kinds';
import { BlockCache, type RunMatch } from '../../page/engine/block-cache';
import { type HighlightEntry, HighlightRegistry } from '../../page/engine/highlight-registry';
import type { MatchValue } from '../../page/engine/match-value';
import type { TextRun } from '../../page/engine/text-runs';

// How the block cache puts back a leaf the page re-rendered with the same text, in plain Node
// with stand-ins for the DOM: its ranges are moved in place (no count change) only when every
// text node was replaced and the block holds the same matches in the same order. A block that
// lost a range meanwhile is registered again, where first mentions, context and the right card
// are decided anew; a block moved whole keeps its (static) ranges, whose text is unchanged,
// until its rescan; a pass under way puts nothing back. The live behaviour is in tests/e2e/page-engine.load.test.ts.

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

class FakeText {
  readonly nodeType = TEXT_NODE;
  parentNode: FakeBlock | null = null;
  readonly parentElement = null;
  constructor(readonly data: string) {}
  get length() {
    return this.data.length;
  }
  get isConnected() {
    return this.parentNode?.isConnected ?? false;
  }
  get nextSibling(): FakeText | null {
    const siblings = this.parentNode?.children ?? [];
    return siblings[siblings.indexOf(this) + 1] ?? null;
  }
}

/** A `<p>` holding text nodes only, in a document (its parent, not an element). */
class FakeBlock {
  readonly nodeType = ELEMENT_NODE;
  readonly localName = 'p';
  readonly firstElementChild = null;
  readonly parentNode = { nodeType: 9 };
  isConnected = true;
  children: FakeText[] = [];
  constructor(...texts: string[]) {
    this.render(...texts);
  }
  /** Replaces every text node with new ones holding `texts`. */
  render(...texts: string[]): FakeText[] {
    for (const child of this.children) child.parentNode = null;
    this.children = texts.map((text) => new FakeText(text));
    for (const child of this.children) child.parentNode = this;
    return this.children;
  }
  get firstChild() {
    return this.children[0] ?? null;
  }
  get textContent() {
    return this.children.map((child) => child.data).join('');
  }
  hasAttribute() {
    return false;
  }
  getAttribute() {
    return null;
  }
}

/** A StaticRange over one text node, as much of one as the cache and registry read. */
class FakeRange {
  readonly startContainer: FakeText;
  readonly endContainer: FakeText;
  readonly startOffset: number;
  readonly endOffset: number;
  constructor(init: {
    startContainer: FakeText;
    startOffset: number;
    endContainer: FakeText;
    endOffset: number;
  }) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }
  toString() {
    return this.startContainer.parentNode === null
      ? ''
      : this.startContainer.data.slice(this.startOffset, this.endOffset);
  }
}

/** Our Highlight: a set that counts what is added to and deleted from it. */
class FakeHighlight extends Set<FakeRange> {
  priority = 0;
  changes = 0;
  override add(range: FakeRange) {
    this.changes++;
    return super.add(range);
  }
  override delete(range: FakeRange) {
    this.changes++;
    return super.delete(range);
  }
}

const KIND = KINDS[0] as MatchValue['kind'];
const ketamine: MatchValue = { kind: KIND, id: 'ketamine' };
const esketamine: MatchValue = { kind: KIND, id: 'esketamine' };
const TEXTS = ['Ketamine', ' and esketamine'];
const MATCHES: RunMatch[] = [
  { start: 0, end: 8, value: ketamine },
  { start: 13, end: 23, value: esketamine },
];

let highlights: FakeHighlight[];
let registry: HighlightRegistry;
let cache: BlockCache;
let block: FakeBlock;

function runOf(leaf: FakeBlock): TextRun {
  let at = 0;
  const starts = leaf.children.map((child) => {
    const start = at;
    at += child.length;
    return start;
  });
  return {
    owner: leaf as unknown as Node,
    nodes: leaf.children as unknown as Text[],
    starts,
    text: leaf.textContent,
  };
}

/** Scans the block as a scan pass would: as a scope, finding `MATCHES`. */
function scan(leaf: FakeBlock): void {
  const node = leaf as unknown as Node;
  cache.beginPass();
  cache.startBlock(node);
  for (const match of MATCHES) cache.addMatch(runOf(leaf), match);
  cache.endBlock(node);
  cache.endPass();
}

function ranges(): FakeRange[] {
  return [...registry.shown()].map((entry) => entry.range) as unknown as FakeRange[];
}

const changes = () => highlights.reduce((sum, highlight) => sum + highlight.changes, 0);

beforeEach(() => {
  highlights = [];
  vi.stubGlobal('Node', { TEXT_NODE, ELEMENT_NODE });
  vi.stubGlobal('StaticRange', FakeRange);
  vi.stubGlobal(
    'Highlight',
    class extends FakeHighlight {
      constructor() {
        super();
        highlights.push(this);
      }
    },
  );
  registry = new HighlightRegistry((): Iterable<HighlightEntry> => cache.entries());
  cache = new BlockCache(registry);
  block = new FakeBlock(...TEXTS);
  scan(block);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a leaf re-rendered with the same text', () => {
  it('gets its ranges moved onto the new text nodes, with no count change', () => {
    const fresh = block.render(...TEXTS);
    expect(cache.dropChanged([block as unknown as Node])).toEqual([]);
    expect(ranges().map((range) => [range.startContainer, range.toString()])).toEqual([
      [fresh[0], 'Ketamine'],
      [fresh[1], 'esketamine'],
    ]);
    // Each Highlight holds the moved ranges, and only them.
    expect(highlights.flatMap((highlight) => [...highlight])).toEqual(ranges());
    expect(registry.countsById()).toEqual({ ketamine: 1, esketamine: 1 });
    expect(cache.isCurrent(block as unknown as Node)).toBe(true);
  });

  it('is registered again when it lost one of its ranges meanwhile (it holds other matches)', () => {
    // The second text node is rewritten: only its range goes.
    const second = block.children[1] as FakeText;
    block.children[1] = new FakeText(' and something else');
    (block.children[1] as FakeText).parentNode = block;
    second.parentNode = null;
    cache.dropChanged([block as unknown as Node]);
    expect(registry.countsById()).toEqual({ ketamine: 1 });
    const changesBefore = changes();
    block.render(...TEXTS);
    cache.dropChanged([block as unknown as Node]);
    expect(changes()).toBeGreaterThan(changesBefore);
    expect(ranges().map((range) => range.toString())).toEqual(['Ketamine', 'esketamine']);
    expect(registry.countsById()).toEqual({ ketamine: 1, esketamine: 1 });
  });

  it('keeps its ranges when it was moved whole (its text nodes and their text stay)', () => {
    const before = ranges();
    const changesBefore = changes();
    block.isConnected = false;
    block.isConnected = true;
    expect(cache.dropChanged([block as unknown as Node])).toEqual([]);
    expect(changes()).toBe(changesBefore);
    expect(ranges()).toEqual(before);
    expect(registry.countsById()).toEqual({ ketamine: 1, esketamine: 1 });
  });

  it('is left to a rescan while a pass is under way, or when its text differs', () => {
    cache.beginPass();
    block.render(...TEXTS);
    expect(cache.dropChanged([block as unknown as Node])).toEqual([block]);
    expect(registry.countsById()).toEqual({});
    cache.endPass();
    scan(block);
    block.render('Ketamine and more');
    expect(cache.dropChanged([block as unknown as Node])).toEqual([block]);
    expect(registry.countsById()).toEqual({});
  });
});

describe('the registry’s entries, linked in the order they were added', () => {
  it('are listed in that order after blocks leave from the middle and the ends', () => {
    const second = new FakeBlock(...TEXTS);
    const third = new FakeBlock(...TEXTS);
    scan(second);
    scan(third);
    const blocks = () => ranges().map((range) => range.startContainer.parentNode);
    expect(blocks()).toEqual([block, block, second, second, third, third]);
    for (const gone of [second, block]) {
      gone.isConnected = false;
      cache.dropMoved();
    }
    expect(blocks()).toEqual([third, third]);
    block.isConnected = true;
    scan(block);
    expect(blocks()).toEqual([third, third, block, block]);
    expect(registry.countsById()).toEqual({ ketamine: 2, esketamine: 2 });
  });

  it('put back exactly the ranges shown when the page empties our highlights', () => {
    const shown = ranges();
    for (const highlight of highlights) highlight.clear();
    expect(registry.reassert()).toBe(true);
    expect(highlights.flatMap((highlight) => [...highlight])).toEqual(shown);
    expect(registry.reassert()).toBe(false);
  });
});

describe('a new block cache', () => {
  it('does not take an earlier cache’s knowledge of a block for its own', () => {
    expect(cache.isCurrent(block as unknown as Node)).toBe(true);
    const fresh: BlockCache = new BlockCache(new HighlightRegistry(() => fresh.entries()));
    expect(fresh.isCurrent(block as unknown as Node)).toBe(false);
    expect(cache.isCurrent(block as unknown as Node)).toBe(true);
  });
});
