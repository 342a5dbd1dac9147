import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KINDS } from '../../content/kinds';
import { HighlightRegistry, type RangeBounds } from '../../page/engine/highlight-registry';
import type { MatchValue } from '../../page/engine/match-value';

// Which re-rendered blocks get their ranges moved in place (no Highlight or count change),
// in plain Node with stand-ins for text nodes and ranges: only a block whose text nodes were
// all replaced, holding the same matches in the same order. Anything else (a block moved
// whole, or holding other matches) goes back to a rescan, where first mentions, context and
// the right card are decided again. The live behaviour is in tests/e2e/page-engine.load.test.ts.

/** A text node as the registry reads it. */
function textNode(connected: boolean): Text {
  return { isConnected: connected, parentElement: null } as unknown as Text;
}

/** A Range that keeps its bounds and reports them as set. */
function range(text: string): Range & { bounds: [Node, number, Node, number] | null } {
  const fake = {
    bounds: null as [Node, number, Node, number] | null,
    collapsed: false,
    startContainer: null as Node | null,
    endContainer: null as Node | null,
    setStart(node: Node, offset: number) {
      fake.startContainer = node;
      fake.bounds = [node, offset, node, offset];
    },
    setEnd(node: Node, offset: number) {
      fake.endContainer = node;
      if (fake.bounds) fake.bounds = [fake.bounds[0], fake.bounds[1], node, offset];
    },
    toString: () => text,
  };
  return fake as unknown as Range & { bounds: [Node, number, Node, number] | null };
}

const KIND = KINDS[0] as MatchValue['kind'];
const ketamine: MatchValue = { kind: KIND, id: 'ketamine' };
const esketamine: MatchValue = { kind: KIND, id: 'esketamine' };

let registry: HighlightRegistry;
const owner = {} as Node;
let old: Text[];
let ranges: ReturnType<typeof range>[];

beforeEach(() => {
  vi.stubGlobal(
    'Highlight',
    class extends Set<AbstractRange> {
      priority = 0;
    },
  );
  registry = new HighlightRegistry();
  old = [textNode(true), textNode(true)];
  ranges = [range('ketamine'), range('esketamine')];
  ranges.forEach((r, i) => {
    const node = old[i] as Text;
    r.setStart(node, 0);
    r.setEnd(node, i === 0 ? 8 : 10);
  });
  registry.add(owner, ranges[0] as Range, ketamine, old[0] as Text, old[0] as Text);
  registry.add(owner, ranges[1] as Range, esketamine, old[1] as Text, old[1] as Text);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const fresh = textNode(true);
const bounds = (i: number): RangeBounds => ({
  startNode: fresh,
  startOffset: i * 20,
  endNode: fresh,
  endOffset: i * 20 + 8,
});
const replaceOldNodes = () => {
  for (const node of old) (node as { isConnected: boolean }).isConnected = false;
};

describe('moving a block’s ranges in place', () => {
  it('moves every range onto the new text nodes when all were replaced and the matches agree', () => {
    replaceOldNodes();
    expect(registry.repoint(owner, [ketamine, esketamine], bounds)).toBe(true);
    expect(ranges.map((r) => r.bounds)).toEqual([
      [fresh, 0, fresh, 8],
      [fresh, 20, fresh, 28],
    ]);
    expect(registry.countsById()).toEqual({ ketamine: 1, esketamine: 1 });
  });

  it('moves nothing when the block holds other matches, or in another order', () => {
    replaceOldNodes();
    expect(registry.repoint(owner, [esketamine, ketamine], bounds)).toBe(false);
    expect(registry.repoint(owner, [ketamine], bounds)).toBe(false);
    expect(registry.repoint(owner, [ketamine, { ...esketamine }], bounds)).toBe(false);
    expect(ranges[0]?.bounds?.[0]).toBe(old[0]);
  });

  it('moves nothing when a text node is still in the page (a block moved whole)', () => {
    (old[0] as { isConnected: boolean }).isConnected = false;
    expect(registry.repoint(owner, [ketamine, esketamine], bounds)).toBe(false);
    expect(ranges.map((r) => r.bounds?.[0])).toEqual(old);
  });
});
