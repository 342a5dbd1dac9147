import { storage } from 'wxt/utils/storage';
import type { FoundCounts, TabFound } from '../messaging/messages';

type FramesFound = Record<string, FoundCounts>;

/**
 * What each tab's frames highlight. Kept in session storage so a restarted service worker
 * rebuilds it instead of losing it; updates are chained so frames reporting at once never
 * overwrite each other.
 */
export class FoundStore {
  private chain: Promise<unknown> = Promise.resolve();

  setFrame(tabId: number, frameId: number, counts: FoundCounts): Promise<TabFound> {
    return this.update(tabId, (frames) => {
      if (Object.keys(counts).length === 0) delete frames[frameId];
      else frames[frameId] = counts;
    });
  }

  clearTab(tabId: number): Promise<TabFound> {
    return this.update(tabId, (frames) => {
      for (const key of Object.keys(frames)) delete frames[key];
    });
  }

  async get(tabId: number): Promise<TabFound> {
    await this.chain;
    return merge(await this.read(tabId));
  }

  private update(tabId: number, change: (frames: FramesFound) => void): Promise<TabFound> {
    const next = this.chain.then(async () => {
      const frames = await this.read(tabId);
      change(frames);
      const key = keyOf(tabId);
      if (Object.keys(frames).length === 0) await storage.removeItem(key);
      else await storage.setItem(key, frames);
      return merge(frames);
    });
    this.chain = next.catch(() => {});
    return next;
  }

  private async read(tabId: number): Promise<FramesFound> {
    return (await storage.getItem<FramesFound>(keyOf(tabId))) ?? {};
  }
}

/** Where a tab's findings are kept; the popup watches it to keep "On this page" current. */
export function keyOf(tabId: number): `session:${string}` {
  return `session:found-${tabId}`;
}

function merge(frames: FramesFound): TabFound {
  const total: FoundCounts = {};
  const list: TabFound['frames'] = [];
  for (const [frameId, counts] of Object.entries(frames)) {
    list.push({ frameId: Number(frameId), counts });
    for (const [id, n] of Object.entries(counts)) total[id] = (total[id] ?? 0) + n;
  }
  return { total, frames: list };
}
