import type { BrowserContext, Page } from 'playwright-core';

/** One kind of object in a heap snapshot: its node type and name, e.g. `object:StaticRange`. */
export interface HeapKind {
  kind: string;
  count: number;
  bytes: number;
}

// Snapshot nodes outside the JS heap `Runtime.getHeapUsage` counts: the browser's own C++
// objects (typed `native`, unless V8's `system / …`) and the buffers of strings and arrays.
const OFF_HEAP = new Set(['system / JSArrayBufferData', 'system / ExternalStringData']);

/**
 * The JS heap of `page`'s isolate (every world) after a GC, by kind: what a heap snapshot
 * holds, counted and summed per node type and name. Strings are one kind, whatever they say.
 */
export async function heapKinds(
  context: BrowserContext,
  page: Page,
): Promise<Map<string, HeapKind>> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const [type, name, size] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [
    number,
    number,
    number,
  ];
  const kinds = new Map<string, HeapKind>();
  const { nodes, strings } = snapshot;
  for (let i = 0; i < nodes.length; i += fields.length) {
    const nodeType = types[nodes[i + type] as number] as string;
    const nodeName = strings[nodes[i + name] as number] as string;
    if (nodeType === 'native' && (!nodeName.startsWith('system / ') || OFF_HEAP.has(nodeName))) {
      continue;
    }
    const kind = nodeType.endsWith('string') ? 'string' : `${nodeType}:${nodeName.slice(0, 48)}`;
    const entry = kinds.get(kind) ?? { kind, count: 0, bytes: 0 };
    entry.count++;
    entry.bytes += nodes[i + size] as number;
    kinds.set(kind, entry);
  }
  return kinds;
}

/** What `withKinds` holds more of than `withoutKinds`, the largest first. */
export function kindsAdded(
  withKinds: Map<string, HeapKind>,
  withoutKinds: Map<string, HeapKind>,
): HeapKind[] {
  return [...withKinds.values()]
    .map(({ kind, count, bytes }) => {
      const before = withoutKinds.get(kind);
      return { kind, count: count - (before?.count ?? 0), bytes: bytes - (before?.bytes ?? 0) };
    })
    .sort((a, b) => b.bytes - a.bytes);
}
