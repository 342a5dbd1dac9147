import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import {
  countsSchema,
  type FoundCounts,
  STORAGE_KEYS,
  type TabFound,
  tabOfFoundKey,
} from '../common/messaging/messages';

/** One frame's latest report: which document sent it, its number, and the counts. */
export interface FrameReport {
  counts: FoundCounts;
  /** The content script's id for its document; absent in reports that name none. */
  document?: string;
  seq?: number;
}

type FramesFound = Record<string, FrameReport>;

const frameIdKey = /^(0|[1-9]\d{0,9})$/;
const storedReportSchema = v.union([
  v.object({
    counts: countsSchema,
    document: v.optional(v.string()),
    seq: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  }),
  // The shape stored before reports were stamped: frame → counts.
  v.pipe(
    countsSchema,
    v.transform((counts): FrameReport => ({ counts })),
  ),
]);

/**
 * Whatever is stored under a tab's key, as frames: a value that is not an object of frames
 * (a string, null, an array) counts as none, and a frame that is not a report is left out,
 * so one bad value can never break the badge or the popup. Valid frames are all kept.
 */
export function repairFrames(stored: unknown): FramesFound {
  const frames: FramesFound = {};
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return frames;
  for (const [frameId, raw] of Object.entries(stored)) {
    if (!frameIdKey.test(frameId)) continue;
    const report = v.safeParse(storedReportSchema, raw);
    if (report.success) frames[frameId] = report.output;
  }
  return frames;
}

/** What a tab's frames would answer now: a frame's report, or null when the frame is gone. */
export type AskFrame = (frameId: number) => Promise<FrameReport | null | undefined>;

/**
 * What each tab's frames highlight. Kept in session storage so a restarted service worker
 * rebuilds it instead of losing it; updates are chained so frames reporting at once never
 * overwrite each other. A report replaces its frame's last one (never adds to it), so a
 * report delivered twice, or again after a restart, changes nothing.
 */
export class FoundStore {
  private chain: Promise<unknown> = Promise.resolve();

  /** `onChange` hears each tab's findings as stored (to tell the popup). */
  constructor(private readonly onChange?: (tabId: number, found: TabFound) => void) {}

  /**
   * Stores a frame's report. `active` is false when the sender's document is no longer the
   * frame's current one (it is unloading or cached): it may then only take its own report away.
   * Resolves with the tab's findings and whether a frame now shows another document, when
   * frames of the old one (its subframes) may be gone without having said so.
   */
  setFrame(
    tabId: number,
    frameId: number,
    report: FrameReport,
    active = true,
  ): Promise<TabFound & { newDocument: boolean }> {
    let newDocument = false;
    return this.update(tabId, (frames) => {
      const key = String(frameId);
      const last = frames[key];
      const sameDocument = last !== undefined && last.document === report.document;
      if (!active) {
        if (sameDocument && isEmpty(report.counts)) delete frames[key];
        return;
      }
      // Reports of one document arrive in order, but a retried or re-asked one may come late.
      if (sameDocument && (report.seq ?? 0) < (last.seq ?? 0)) return;
      newDocument = last !== undefined && !sameDocument;
      frames[key] = report;
    }).then((found) => ({ ...found, newDocument }));
  }

  clearTab(tabId: number): Promise<TabFound> {
    return this.update(tabId, (frames) => {
      for (const key of Object.keys(frames)) delete frames[key];
    });
  }

  /**
   * Asks each stored frame of the tab what it shows now: a frame that is gone (its document
   * was navigated away while the worker was stopped, so its last word never arrived) is
   * dropped, one that shows another document or a later report is replaced.
   */
  reconcile(tabId: number, ask: AskFrame): Promise<TabFound> {
    const next = this.chain.then(async () => {
      const frames = await this.read(tabId);
      const answers = await Promise.all(
        Object.keys(frames).map(async (key) => [key, await ask(Number(key))] as const),
      );
      for (const [key, answer] of answers) {
        const last = frames[key] as FrameReport;
        if (answer === null) delete frames[key];
        else if (answer === undefined) continue;
        else if (answer.document !== last.document || (answer.seq ?? 0) >= (last.seq ?? 0)) {
          frames[key] = answer;
        }
      }
      return this.write(tabId, frames);
    });
    this.chain = next.catch(() => {});
    return next;
  }

  async get(tabId: number): Promise<TabFound> {
    await this.chain;
    return merge(await this.read(tabId));
  }

  /** Ids of the tabs that have findings stored (what a restarted worker should check). */
  async storedTabs(): Promise<number[]> {
    const all = await storage.snapshot('session');
    return Object.keys(all)
      .map(tabOfFoundKey)
      .filter((id): id is number => id !== undefined);
  }

  private update(tabId: number, change: (frames: FramesFound) => void): Promise<TabFound> {
    const next = this.chain.then(async () => {
      const frames = await this.read(tabId);
      change(frames);
      return this.write(tabId, frames);
    });
    this.chain = next.catch(() => {});
    return next;
  }

  private async write(tabId: number, frames: FramesFound): Promise<TabFound> {
    const key = STORAGE_KEYS.found(tabId);
    if (Object.keys(frames).length === 0) await storage.removeItem(key);
    else await storage.setItem(key, frames);
    const found = merge(frames);
    this.onChange?.(tabId, found);
    return found;
  }

  private async read(tabId: number): Promise<FramesFound> {
    return repairFrames(await storage.getItem<unknown>(STORAGE_KEYS.found(tabId)));
  }
}

function isEmpty(counts: FoundCounts): boolean {
  return Object.keys(counts).length === 0;
}

/**
 * The tab's findings over its frames. Frames that found nothing stay stored (their document
 * is known, so a navigation away from it can be noticed) but are not listed.
 */
function merge(frames: FramesFound): TabFound {
  const total: FoundCounts = {};
  const list: TabFound['frames'] = [];
  for (const [frameId, { counts }] of Object.entries(frames)) {
    if (isEmpty(counts)) continue;
    list.push({ frameId: Number(frameId), counts });
    for (const [id, n] of Object.entries(counts)) total[id] = (total[id] ?? 0) + n;
  }
  return { total, frames: list };
}
