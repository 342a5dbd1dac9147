import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { publishTabFound } from '../../background/announce-found';
import { FoundStore, WRITE_INTERVAL_MS } from '../../background/found-store';
import { routeMessages } from '../../background/message-router';
import { MAX_FRAMES_PER_TAB } from '../../common/messaging/found-limits';
import { STORAGE_KEYS } from '../../common/messaging/messages';
import { messagesOf } from '../locale-messages';

// A page whose frames report without pause must cost the background a few writes a second,
// hold up no other tab, and leave storage holding one consistent, bounded record per tab.

type Listener = (...args: unknown[]) => unknown;
const OWN = { id: fakeBrowser.runtime.id };
const BUSY = 9;
const OTHER = 10;

let onMessageAdd: ReturnType<typeof vi.fn>;
let found: InstanceType<typeof FoundStore>;
let writes: { key: string; at: number }[];
// The fake's own write, taken once: each test wraps it afresh.
const fakeSet = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);

/** Delivers one message to the router's listener, as the browser would, from a content script. */
function report(tabId: number, frameId: number, counts: object, seq: number): Promise<unknown> {
  const listener = vi.mocked(onMessageAdd).mock.calls[0]?.[0] as Listener;
  return listener(
    { type: 'page-found', counts, document: `doc-${tabId}-${frameId}`, seq },
    { ...OWN, url: 'about:srcdoc', tab: { id: tabId }, frameId },
  ) as Promise<unknown>;
}

/** `rounds` rounds of reports from each of the busy tab's 100 frames, all at once. */
function reportRounds(rounds: number): Promise<unknown>[] {
  const replies: Promise<unknown>[] = [];
  for (let seq = 1; seq <= rounds; seq++) {
    for (let frameId = 0; frameId < 100; frameId++) {
      replies.push(report(BUSY, frameId, { ketamine: seq }, seq));
    }
  }
  return replies;
}

function storedKey(tabId: number): string {
  return STORAGE_KEYS.found(tabId).slice('session:'.length);
}

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = messagesOf('en') as typeof fakeBrowser.i18n.getMessage;
  onMessageAdd = vi.fn();
  Object.assign(fakeBrowser.runtime, { onMessage: { addListener: onMessageAdd } });
  // Each write takes 10 ms, as a busy browser's storage may: writes add up when one tab's
  // every report rewrites its record through one shared queue.
  writes = [];
  Object.assign(fakeBrowser.storage.session, {
    set: async (items: Record<string, unknown>) => {
      for (const key of Object.keys(items)) writes.push({ key, at: Date.now() });
      await new Promise((done) => setTimeout(done, 10));
      return fakeSet(items);
    },
  });
  found = new FoundStore(publishTabFound);
  routeMessages(found);
});

describe('100 frames of one tab reporting at once', () => {
  it('are all stored, in a few writes, and a restarted worker reads the latest of each', async () => {
    const replies = reportRounds(5);
    expect(await Promise.all(replies)).toEqual(replies.map(() => true));
    // 500 reports; before, each one was a write.
    expect(writes.filter((w) => w.key === storedKey(BUSY)).length).toBeLessThanOrEqual(3);
    const restarted = new FoundStore();
    const stored = await restarted.get(BUSY);
    expect(stored.frames).toHaveLength(100);
    expect(stored.total).toEqual({ ketamine: 500 });
    expect(await fakeBrowser.action.getBadgeText({ tabId: BUSY })).toBe('1');
  });

  it('write at most once per WRITE_INTERVAL_MS while they keep reporting', async () => {
    const started = Date.now();
    let seq = 0;
    while (Date.now() - started < 1000) {
      seq++;
      const round = Array.from({ length: 100 }, (_, frameId) =>
        report(BUSY, frameId, { ketamine: seq }, seq),
      );
      // Another round before this one is stored: reports keep coming as a churning page sends them.
      await Promise.race([Promise.all(round), new Promise((done) => setTimeout(done, 20))]);
    }
    await report(BUSY, 0, { ketamine: seq + 1 }, seq + 1);
    const times = writes.filter((w) => w.key === storedKey(BUSY)).map((w) => w.at);
    expect(seq).toBeGreaterThan(10);
    // Over a second and more: at most a write per interval, and one for the start.
    expect(times.length).toBeLessThanOrEqual(
      Math.ceil((Date.now() - started) / WRITE_INTERVAL_MS) + 1,
    );
    for (let i = 1; i < times.length; i++) {
      expect((times[i] as number) - (times[i - 1] as number)).toBeGreaterThanOrEqual(
        WRITE_INTERVAL_MS - 5,
      );
    }
  });
});

describe('another tab while one tab churns', () => {
  it('is stored and answered without waiting for the busy tab', async () => {
    const busy = reportRounds(20);
    const asked = performance.now();
    expect(await report(OTHER, 0, { esketamine: 1 }, 1)).toBe(true);
    const badge = await fakeBrowser.action.getBadgeText({ tabId: OTHER });
    const answer = await found.get(OTHER);
    const took = performance.now() - asked;
    expect(badge).toBe('1');
    expect(answer.total).toEqual({ esketamine: 1 });
    // Before: the other tab's report waited behind 2,000 writes of 10 ms (20 s). A write or
    // two of its own, with a wide margin for a busy machine.
    expect(took).toBeLessThan(500);
    await Promise.all(busy);
  });

  it('answers the popup from memory, with the latest reports, while writes are pending', async () => {
    await report(BUSY, 0, { ketamine: 1 }, 1);
    const pending = report(BUSY, 0, { ketamine: 2 }, 2);
    expect((await found.get(BUSY)).total).toEqual({ ketamine: 2 });
    await pending;
  });
});

describe('the cap on frames per tab', () => {
  it('stores at most MAX_FRAMES_PER_TAB frames, and says the rest were not stored', async () => {
    const replies = await Promise.all(
      Array.from({ length: MAX_FRAMES_PER_TAB + 20 }, (_, frameId) =>
        report(BUSY, frameId, { ketamine: 1 }, 1),
      ),
    );
    expect(replies.filter((r) => r === true)).toHaveLength(MAX_FRAMES_PER_TAB);
    expect(replies.slice(MAX_FRAMES_PER_TAB)).toEqual(Array(20).fill(false));
    const stored = (await fakeBrowser.storage.session.get(storedKey(BUSY)))[storedKey(BUSY)];
    expect(Object.keys(stored as object)).toHaveLength(MAX_FRAMES_PER_TAB);
    expect((await found.get(BUSY)).total).toEqual({ ketamine: MAX_FRAMES_PER_TAB });
  });

  it('gives a frame that found nothing up for a new frame that found something', async () => {
    await Promise.all(
      Array.from({ length: MAX_FRAMES_PER_TAB }, (_, frameId) =>
        report(BUSY, frameId, frameId === 5 ? {} : { ketamine: 1 }, 1),
      ),
    );
    expect(await report(BUSY, 500, { esketamine: 1 }, 1)).toBe(true);
    const now = await found.get(BUSY);
    expect(now.total).toEqual({ ketamine: MAX_FRAMES_PER_TAB - 1, esketamine: 1 });
    expect(await report(BUSY, 501, { esketamine: 1 }, 1)).toBe(false);
  });

  it('keeps at most MAX_FRAMES_PER_TAB frames of a stored record that has more', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 1000 }, (_, i) => [
        i,
        { counts: { ketamine: 1 }, document: 'd', seq: 1 },
      ]),
    );
    await fakeBrowser.storage.session.set({ [storedKey(BUSY)]: many });
    expect((await new FoundStore().get(BUSY)).frames).toHaveLength(MAX_FRAMES_PER_TAB);
  });
});

describe('a forged report', () => {
  it('of 163,825 keys, or of ids the pack does not have, is refused and nothing is stored', async () => {
    const huge: Record<string, number> = {};
    for (let i = 0; i < 163_825; i++) huge[`k${i}`] = 1;
    expect(await report(BUSY, 0, huge, 1)).toBe(undefined);
    expect(await report(BUSY, 0, { 'not-an-id': 1 }, 1)).toBe(undefined);
    expect(await report(BUSY, 0, { ketamine: 1e12 }, 1)).toBe(undefined);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});

describe('a failed write', () => {
  it('says the report was not stored, and the next one is stored whole', async () => {
    Object.assign(fakeBrowser.storage.session, {
      set: vi.fn().mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded')),
    });
    expect(await report(BUSY, 0, { ketamine: 1 }, 1)).toBe(false);
    Object.assign(fakeBrowser.storage.session, { set: fakeSet });
    expect(await report(BUSY, 1, { esketamine: 1 }, 1)).toBe(true);
    expect((await new FoundStore().get(BUSY)).total).toEqual({ ketamine: 1, esketamine: 1 });
  });
});
