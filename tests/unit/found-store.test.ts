import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { announceTabFound } from '../../background/announce-found';
import { FoundStore } from '../../background/found-store';
import { reconcileStoredTabs, routeMessages } from '../../background/message-router';
import { STORAGE_KEYS } from '../../common/messaging/messages';
import { watchFoundInTab } from '../../common/messaging/tab-requests';
import { messagesOf } from '../locale-messages';

// Per-tab findings in session storage, on WXT's in-memory fake browser: values that are not
// what we stored (another version, a bug, a hand edit in DevTools) are repaired, not thrown on.

type Listener = (...args: unknown[]) => unknown;
const OWN = { id: fakeBrowser.runtime.id };
const TAB = 9;

let found: InstanceType<typeof FoundStore>;
let onMessageAdd: ReturnType<typeof vi.fn>;

/** Delivers one message to the router's listener, as the browser would. */
async function deliver(raw: unknown, sender: object): Promise<unknown> {
  const listener = vi.mocked(onMessageAdd).mock.calls[0]?.[0] as Listener;
  return listener(raw, sender);
}

function storeRaw(value: unknown): Promise<void> {
  return fakeBrowser.storage.session.set({
    [STORAGE_KEYS.found(TAB).slice('session:'.length)]: value,
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  // The badge's button title is worded from the locale files; the fake browser has none.
  fakeBrowser.i18n.getMessage = messagesOf('en') as typeof fakeBrowser.i18n.getMessage;
  onMessageAdd = vi.fn();
  Object.assign(fakeBrowser.runtime, { onMessage: { addListener: onMessageAdd } });
  found = new FoundStore();
  routeMessages(found);
});

describe('a bad value stored under a tab’s findings key', () => {
  it.each([
    ['a string', 'garbage'],
    ['null', null],
    ['a number', 42],
    ['an array', [{ ketamine: 1 }]],
    ['a frame holding a string', { 0: 'ketamine' }],
    ['a frame with a negative count', { 0: { ketamine: -2 } }],
    ['a frame with counts as text', { 3: { counts: { ketamine: '3' } } }],
  ])('%s: the next report updates the badge and the findings', async (_name, bad) => {
    await storeRaw(bad);
    await deliver(
      { type: 'page-found', counts: { ketamine: 2, esketamine: 1 } },
      { ...OWN, tab: { id: TAB }, frameId: 0 },
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('2');
    expect(await found.get(TAB)).toEqual({
      total: { ketamine: 2, esketamine: 1 },
      frames: [{ frameId: 0, counts: { ketamine: 2, esketamine: 1 } }],
    });
  });

  it.each([
    ['a string', 'garbage'],
    ['null', null],
    ['an array', [1, 2, 3]],
  ])('%s: reading and clearing the tab do not throw, and the key is removed', async (_n, bad) => {
    await storeRaw(bad);
    expect(await found.get(TAB)).toEqual({ total: {}, frames: [] });
    await expect(found.clearTab(TAB)).resolves.toEqual({ total: {}, frames: [] });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('keeps the valid frames of a partly bad value', async () => {
    await storeRaw({
      0: { counts: { ketamine: 1 } },
      4: 'nonsense',
      5: { counts: { esketamine: 1.5 } },
      x: { counts: { ketamine: 1 } },
      7: { counts: { 'myth-just-horse-tranquiliser': 1 } },
    });
    expect(await found.get(TAB)).toEqual({
      total: { ketamine: 1, 'myth-just-horse-tranquiliser': 1 },
      frames: [
        { frameId: 0, counts: { ketamine: 1 } },
        { frameId: 7, counts: { 'myth-just-horse-tranquiliser': 1 } },
      ],
    });
  });
});

describe('reports after a worker restart', () => {
  const report = (frameId: number, counts: object, document: string, seq: number, extra = {}) =>
    deliver(
      { type: 'page-found', counts, document, seq },
      { ...OWN, tab: { id: TAB }, frameId, ...extra },
    );

  it('replace, never add: a report delivered twice or late counts once', async () => {
    await report(3, { ketamine: 1 }, 'doc-a', 1);
    await report(3, { ketamine: 1 }, 'doc-a', 1);
    await report(3, { ketamine: 2 }, 'doc-a', 2);
    await report(3, { ketamine: 1 }, 'doc-a', 1);
    expect((await found.get(TAB)).total).toEqual({ ketamine: 2 });
  });

  it('a document that is leaving can take its report away but not add one', async () => {
    await report(0, { ketamine: 1 }, 'doc-new', 1);
    await report(0, { esketamine: 5 }, 'doc-old', 4, { documentLifecycle: 'pending_deletion' });
    await report(0, {}, 'doc-old', 5, { documentLifecycle: 'pending_deletion' });
    expect((await found.get(TAB)).total).toEqual({ ketamine: 1 });
    await report(0, {}, 'doc-new', 2, { documentLifecycle: 'cached' });
    expect((await found.get(TAB)).total).toEqual({});
  });

  it('a restarted worker drops frames whose documents are gone and keeps the rest', async () => {
    // Stored by the stopped worker: the old page's frames, whose goodbyes it never got.
    for (let frameId = 0; frameId < 5; frameId++) {
      await report(frameId, { ketamine: 1 }, `old-${frameId}`, 1);
    }
    const live: Record<number, object> = {
      0: { counts: { esketamine: 1 }, document: 'new-0', seq: 1 },
      2: { counts: { ketamine: 1 }, document: 'old-2', seq: 1 },
    };
    Object.assign(fakeBrowser.tabs, {
      sendMessage: vi.fn(async (_tab: number, _message: unknown, { frameId }) => {
        if (live[frameId]) return live[frameId];
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }),
    });
    await reconcileStoredTabs(new FoundStore());
    expect(await found.get(TAB)).toEqual({
      total: { esketamine: 1, ketamine: 1 },
      frames: [
        { frameId: 0, counts: { esketamine: 1 } },
        { frameId: 2, counts: { ketamine: 1 } },
      ],
    });
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('2');
  });

  it('a top frame showing a new document makes the old document’s frames be checked', async () => {
    await report(0, {}, 'old-top', 1);
    for (let frameId = 1; frameId <= 3; frameId++) {
      await report(frameId, { ketamine: 1 }, `old-${frameId}`, 1);
    }
    const sendMessage = vi.fn(async (_tab: number, _message: unknown, { frameId }) => {
      if (frameId === 0) return { counts: {}, document: 'new-top', seq: 1 };
      throw new Error('No frame with id');
    });
    Object.assign(fakeBrowser.tabs, { sendMessage });
    await report(0, {}, 'new-top', 1);
    expect(sendMessage).toHaveBeenCalledTimes(4);
    expect(await found.get(TAB)).toEqual({ total: {}, frames: [] });
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
  });
});

describe('telling the popup', () => {
  it('announces each tab’s findings as stored, and the popup hears only its tab', async () => {
    const heard: unknown[] = [];
    const listeners: Listener[] = [];
    Object.assign(fakeBrowser.runtime, {
      onMessage: {
        addListener: (l: Listener) => listeners.push(l),
        removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1),
      },
      // The background's message reaches the open pages' listeners, as the browser would.
      sendMessage: vi.fn(async (message: unknown) => {
        for (const l of [...listeners]) l(message, OWN);
      }),
    });
    const unwatch = watchFoundInTab(TAB, (next) => heard.push(next));
    const store = new FoundStore(announceTabFound);
    await store.setFrame(TAB, 0, { counts: { ketamine: 2 }, document: 'd', seq: 1 });
    await store.setFrame(TAB + 1, 0, { counts: { esketamine: 1 }, document: 'e', seq: 1 });
    await store.clearTab(TAB);
    expect(heard).toEqual([
      { total: { ketamine: 2 }, frames: [{ frameId: 0, counts: { ketamine: 2 } }] },
      { total: {}, frames: [] },
    ]);
    unwatch();
    expect(listeners).toHaveLength(0);
  });
});
