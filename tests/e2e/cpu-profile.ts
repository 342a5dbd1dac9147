import type { BrowserContext, Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ExtensionCpu {
  /** Time in samples whose stack holds a frame of the extension (content script). */
  extensionMs: number;
  /** Wall time profiled. */
  wallMs: number;
  /** The extension's functions that cost the most (self time), for finding why. */
  top: { name: string; ms: number }[];
}

/**
 * Profiles a page's main thread with the DevTools CPU profiler for `ms` and sums the samples
 * whose stack has a `chrome-extension://` frame: what the extension cost there.
 */
export async function profileExtensionCpu(
  context: BrowserContext,
  page: Page,
  run: () => Promise<unknown>,
): Promise<ExtensionCpu> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const start = Date.now();
  await run();
  const wallMs = Date.now() - start;
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  await cdp.detach();

  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result =
      !!node?.callFrame.url.startsWith('chrome-extension://') || (up !== undefined && isOurs(up));
    ours.set(id, result);
    return result;
  };
  let extensionUs = 0;
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    if (!isOurs(id)) return;
    extensionUs += delta;
    const frame = byId.get(id)?.callFrame;
    const name = `${frame?.functionName || '(anonymous)'} ${frame?.url.split('/').pop() ?? ''}:${(frame as { lineNumber?: number })?.lineNumber ?? ''}`;
    self.set(name, (self.get(name) ?? 0) + delta);
  });
  const top = [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([name, us]) => ({ name, ms: Math.round(us / 100) / 10 }));
  return { extensionMs: extensionUs / 1000, wallMs, top };
}
