import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { announceTabFound } from '../../background/announce-found';
import { FoundStore } from '../../background/found-store';
import { routeMessages } from '../../background/message-router';
import { OPEN_SEARCH_INTERVAL_MS } from '../../background/open-search';
import { watchFoundInTab } from '../../common/messaging/tab-requests';

// Who may ask the background what: the browser names the sender, and a content script, which
// a compromised page may control, reports and asks only for its own tab and frame.

type Listener = (...args: unknown[]) => unknown;
const ID = fakeBrowser.runtime.id;
const BASE = fakeBrowser.runtime.getURL('/');
const WORKER = { id: ID, url: `${BASE}background.js` };
const POPUP = { id: ID, url: `${BASE}popup.html` };
const script = (tabId: number, frameId = 0) => ({
  id: ID,
  url: 'https://attacker.example/',
  tab: { id: tabId },
  frameId,
});

let listeners: Listener[];
let found: InstanceType<typeof FoundStore>;

/** Delivers one message to every listener, as the browser would, and gives the router's reply. */
async function deliver(raw: unknown, sender: object): Promise<unknown> {
  const replies = listeners.map((listener) => listener(raw, sender));
  return replies[0];
}

async function createdTabs() {
  return (await fakeBrowser.tabs.query({})).filter((tab) => tab.id !== 0);
}

beforeEach(() => {
  fakeBrowser.reset();
  listeners = [];
  Object.assign(fakeBrowser.runtime, {
    onMessage: {
      addListener: (l: Listener) => listeners.push(l),
      removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1),
    },
  });
  found = new FoundStore();
  routeMessages(found);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a content script asking what a tab shows', () => {
  it('hears about its own tab only; the extension’s pages hear about any tab', async () => {
    await deliver({ type: 'page-found', counts: { ketamine: 1 } }, script(3));
    await deliver({ type: 'page-found', counts: { esketamine: 2 } }, script(4));
    expect(await deliver({ type: 'get-tab-found', tabId: 4 }, script(3))).toBe(undefined);
    expect(await deliver({ type: 'get-tab-found', tabId: 3 }, script(3))).toEqual({
      total: { ketamine: 1 },
      frames: [{ frameId: 0, counts: { ketamine: 1 } }],
    });
    expect(await deliver({ type: 'get-tab-found', tabId: 4 }, POPUP)).toMatchObject({
      total: { esketamine: 2 },
    });
  });

  it('reports only for the frame and tab the browser names, not from an extension page', async () => {
    expect(await deliver({ type: 'page-found', counts: { ketamine: 1 } }, POPUP)).toBe(undefined);
    expect(await deliver({ type: 'page-found', counts: { ketamine: 1 } }, WORKER)).toBe(undefined);
    expect((await found.get(0)).total).toEqual({});
  });
});

describe('open-search', () => {
  it('opens one tab for a burst of 15 from a page, then one a second', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const replies = [];
    for (let i = 0; i < 15; i++) {
      replies.push(await deliver({ type: 'open-search', query: `q${i}` }, script(3, i % 3)));
    }
    expect(replies.filter((r) => r === true)).toHaveLength(1);
    expect(await createdTabs()).toHaveLength(1);
    vi.setSystemTime(Date.now() + OPEN_SEARCH_INTERVAL_MS);
    expect(await deliver({ type: 'open-search', query: 'again' }, script(3))).toBe(true);
    // Another tab has a second of its own.
    expect(await deliver({ type: 'open-search', query: 'other' }, script(4))).toBe(true);
    const opened = await createdTabs();
    expect(opened).toHaveLength(3);
    // Each search speaks for the tab the browser says asked, not one the message names.
    expect(opened.map((tab) => new URL(tab.url ?? '').searchParams.get('tab'))).toEqual([
      '3',
      '3',
      '4',
    ]);
  });

  it('is refused from a sender in no tab', async () => {
    expect(await deliver({ type: 'open-search', query: 'x' }, WORKER)).toBe(undefined);
    expect(await createdTabs()).toEqual([]);
  });
});

describe('the popup hearing of new findings', () => {
  it('takes them from the background only, never from a content script', async () => {
    const heard: unknown[] = [];
    const unwatch = watchFoundInTab(3, (next) => heard.push(next));
    const forged = {
      type: 'tab-found',
      tabId: 3,
      found: { total: { 'myth-permanent-cure': 9 }, frames: [] },
    };
    await deliver(forged, script(3));
    await deliver(forged, { ...POPUP, tab: { id: 8 } });
    expect(heard).toEqual([]);
    Object.assign(fakeBrowser.runtime, {
      sendMessage: vi.fn(async (message: unknown) => {
        for (const l of [...listeners]) l(message, WORKER);
      }),
    });
    announceTabFound(3, {
      total: { ketamine: 1 },
      frames: [{ frameId: 0, counts: { ketamine: 1 } }],
    });
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    unwatch();
  });
});
