import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { MAX_FRAMES_PER_TAB } from '../common/messaging/found-limits';
import {
  countsSchema,
  type FoundCounts,
  STORAGE_KEYS,
  type TabFound,
  tabOfFoundKey,
} from '../common/messaging/messages';

/**
 * A tab's findings are written at most once per this many milliseconds: frames reporting
 * many times a second cost a few writes a second, whatever their number.
 */
export const WRITE_INTERVAL_MS = 250;

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
 * so one bad value can never break the badge or the popup. Valid frames are kept, up to
 * `MAX_FRAMES_PER_TAB`.
 */
export function repairFrames(stored: unknown): FramesFound {
  const frames: FramesFound = {};
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return frames;
  let kept = 0;
  for (const [frameId, raw] of Object.entries(stored)) {
    if (kept >= MAX_FRAMES_PER_TAB) break;
    if (!frameIdKey.test(frameId)) continue;
    const report = v.safeParse(storedReportSchema, raw);
    if (!report.success) continue;
    frames[frameId] = report.output;
    kept++;
  }
  return frames;
}

/** What a tab's frames would answer now: a frame's report, or null when the frame is gone. */
export type AskFrame = (frameId: number) => Promise<FrameReport | null | undefined>;

/** What became of a frame's report: whether it is stored, and whether it named a new document. */
export interface ReportTaken {
  stored: boolean;
  /** The frame shows another document now: frames of the old one (its subframes) may be gone. */
  newDocument: boolean;
}

/** One tab, in memory: its latest findings and where its writes stand. */
interface TabState {
  readonly tabId: number;
  /** The latest findings, frame by frame: stored, or about to be. */
  frames: FramesFound;
  /** Changes made so far; each waiter waits for the write that holds its change. */
  changes: number;
  waiters: { change: number; resolve: (stored: boolean) => void }[];
  timer?: ReturnType<typeof setTimeout>;
  writing?: Promise<void>;
  lastWrite: number;
  closed: boolean;
  /** The check of its frames waiting to run, which later requests join, and the last one. */
  queuedCheck?: Promise<TabFound>;
  lastCheck?: Promise<unknown>;
}

/**
 * What each tab's frames highlight. Each tab is handled on its own, so a page whose frames
 * report without pause holds up no other tab. A tab's latest findings are kept in memory and
 * written to session storage at most every `WRITE_INTERVAL_MS`, whole (one value per tab), so
 * what is stored is always one consistent state, and a restarted service worker rebuilds from
 * it. A report replaces its frame's last one (never adds to it), so a report delivered twice,
 * or again after a restart, changes nothing; it counts as stored once a write holds it.
 */
export class FoundStore {
  private readonly tabs = new Map<number, Promise<TabState>>();

  /** `onChange` hears each tab's findings as stored (for the badge and the popup). */
  constructor(private readonly onChange?: (tabId: number, found: TabFound) => void) {}

  /**
   * Stores a frame's report. `active` is false when the sender's document is no longer the
   * frame's current one (it is unloading or cached): it may then only take its own report away.
   * A frame beyond `MAX_FRAMES_PER_TAB` takes the place of a frame that found nothing, or is
   * not stored.
   */
  async setFrame(
    tabId: number,
    frameId: number,
    report: FrameReport,
    active = true,
  ): Promise<ReportTaken> {
    const tab = await this.tab(tabId);
    const { frames } = tab;
    const key = String(frameId);
    const last = frames[key];
    const sameDocument = last !== undefined && last.document === report.document;
    if (!active) {
      if (!sameDocument || !isEmpty(report.counts)) return { stored: true, newDocument: false };
      delete frames[key];
      return { stored: await this.changed(tab), newDocument: false };
    }
    // Reports of one document arrive in order, but a retried or re-asked one may come late.
    if (sameDocument && (report.seq ?? 0) < (last.seq ?? 0)) {
      return { stored: true, newDocument: false };
    }
    if (last === undefined && !makeRoom(frames)) return { stored: false, newDocument: false };
    frames[key] = report;
    const newDocument = last !== undefined && !sameDocument;
    return { stored: await this.changed(tab), newDocument };
  }

  /** Forgets a tab (it was closed): its record is removed, and a write under way is not redone. */
  async clearTab(tabId: number): Promise<TabFound> {
    // A tab whose record could not be read has nothing in memory to settle.
    const tab = await this.tabs.get(tabId)?.catch(() => undefined);
    this.tabs.delete(tabId);
    if (tab) {
      tab.closed = true;
      clearTimeout(tab.timer);
      for (const waiter of tab.waiters.splice(0)) waiter.resolve(false);
      await tab.writing;
    }
    await storage.removeItem(STORAGE_KEYS.found(tabId));
    const none = merge({});
    this.onChange?.(tabId, none);
    return none;
  }

  /**
   * Asks each stored frame of the tab what it shows now: a frame that is gone (its document
   * was navigated away while the worker was stopped, so its last word never arrived) is
   * dropped, one that shows another document or a later report is replaced. Requests made
   * while a check runs share the one that follows it, so frames are never asked in a storm.
   */
  async reconcile(tabId: number, ask: AskFrame): Promise<TabFound> {
    const tab = await this.tab(tabId);
    if (tab.queuedCheck) return tab.queuedCheck;
    const run: Promise<TabFound> = (tab.lastCheck ?? Promise.resolve()).then(() => {
      if (tab.queuedCheck === run) tab.queuedCheck = undefined;
      return this.check(tab, ask);
    });
    tab.queuedCheck = run;
    tab.lastCheck = run.catch(() => {});
    return run;
  }

  /** The tab's latest findings (from memory; read from storage once after a restart). */
  async get(tabId: number): Promise<TabFound> {
    return merge((await this.tab(tabId)).frames);
  }

  /** Ids of the tabs that have findings stored (what a restarted worker should check). */
  async storedTabs(): Promise<number[]> {
    const all = await storage.snapshot('session');
    return Object.keys(all)
      .map(tabOfFoundKey)
      .filter((id): id is number => id !== undefined);
  }

  private async check(tab: TabState, ask: AskFrame): Promise<TabFound> {
    const asked = Object.entries(tab.frames);
    const answers = await Promise.all(
      asked.map(async ([key, report]) => [key, report, await ask(Number(key))] as const),
    );
    let changed = false;
    for (const [key, report, answer] of answers) {
      // A report that came in while the frames were asked is newer than any answer.
      if (tab.frames[key] !== report || answer === undefined) continue;
      if (answer === null) {
        delete tab.frames[key];
        changed = true;
      } else if (answer.document !== report.document || (answer.seq ?? 0) > (report.seq ?? 0)) {
        tab.frames[key] = answer;
        changed = true;
      }
    }
    const found = merge(tab.frames);
    if (changed) await this.changed(tab);
    // Nothing changed: still told, so a restarted worker's badge is set from what it found.
    else if (!tab.closed) this.onChange?.(tab.tabId, found);
    return found;
  }

  /** The tab's state, read from storage the first time it is needed. */
  private tab(tabId: number): Promise<TabState> {
    let tab = this.tabs.get(tabId);
    if (!tab) {
      tab = storage.getItem<unknown>(STORAGE_KEYS.found(tabId)).then(
        (stored): TabState => ({
          tabId,
          frames: repairFrames(stored),
          changes: 0,
          waiters: [],
          lastWrite: 0,
          closed: false,
        }),
      );
      // A failed read is tried again next time rather than kept.
      tab.catch(() => this.tabs.delete(tabId));
      this.tabs.set(tabId, tab);
    }
    return tab;
  }

  /** Notes a change of the tab's frames; resolves once it is stored (false if that failed). */
  private changed(tab: TabState): Promise<boolean> {
    const change = ++tab.changes;
    const stored = new Promise<boolean>((resolve) => tab.waiters.push({ change, resolve }));
    this.scheduleWrite(tab);
    return stored;
  }

  private scheduleWrite(tab: TabState): void {
    if (tab.timer !== undefined || tab.writing || tab.closed) return;
    const wait = Math.max(0, tab.lastWrite + WRITE_INTERVAL_MS - Date.now());
    tab.timer = setTimeout(() => {
      tab.timer = undefined;
      tab.writing = this.write(tab).finally(() => {
        tab.writing = undefined;
        if (tab.waiters.length > 0) this.scheduleWrite(tab);
      });
    }, wait);
  }

  /** Writes the tab's frames as they are now, whole, and settles the waiters it covers. */
  private async write(tab: TabState): Promise<void> {
    const change = tab.changes;
    // A copy: reports that come in during the write change the live record, not this one.
    const frames = { ...tab.frames };
    const key = STORAGE_KEYS.found(tab.tabId);
    let stored = true;
    try {
      if (Object.keys(frames).length === 0) await storage.removeItem(key);
      else await storage.setItem(key, frames);
    } catch {
      // Storage full or gone: these reports are not stored; their frames send them again.
      stored = false;
    }
    tab.lastWrite = Date.now();
    const covered = tab.waiters.filter((waiter) => waiter.change <= change);
    tab.waiters = tab.waiters.filter((waiter) => waiter.change > change);
    for (const waiter of covered) waiter.resolve(stored);
    if (stored && !tab.closed) this.onChange?.(tab.tabId, merge(frames));
  }
}

function isEmpty(counts: FoundCounts): boolean {
  return Object.keys(counts).length === 0;
}

/**
 * Whether a new frame fits in the tab's record: at the cap, a frame that found nothing (kept
 * only to notice its document leaving) gives up its place; if none did, the new one is left out.
 */
function makeRoom(frames: FramesFound): boolean {
  const keys = Object.keys(frames);
  if (keys.length < MAX_FRAMES_PER_TAB) return true;
  const idle = keys.find((key) => isEmpty((frames[key] as FrameReport).counts));
  if (idle === undefined) return false;
  delete frames[idle];
  return true;
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
