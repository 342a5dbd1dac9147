import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { publishTabFound } from '../../background/announce-found';
import { COMMANDS, listenForCommands, runCommand } from '../../background/commands';
import {
  createLookUpMenu,
  LOOK_UP_ID,
  listenForLookUp,
  lookUpSelection,
  MAX_SELECTION,
} from '../../background/context-menu';
import { FoundStore } from '../../background/found-store';
import { routeMessages } from '../../background/message-router';
import { FOUND_IDS } from '../../common/messaging/messages';
import { DEFAULT_SETTINGS } from '../../common/settings/settings';
import { loadSettings, saveSettings } from '../../common/settings/settings-store';
import { messagesOf } from '../locale-messages';
import { manifestFor } from './manifest-helpers';

// The background's handlers for messages, menu clicks and keyboard commands, on WXT's
// in-memory fake browser. Context-menu clicks and browser shortcuts cannot be produced in a
// headless browser, so these handlers are exported and tested here; the e2e tests check the
// manifest declares them and that the shared `openSearch` path opens the search for real.

/** The browser's strings in `locale`, as `browser.i18n.getMessage` gives them (the fake has none). */
function speak(locale: string): void {
  fakeBrowser.i18n.getMessage = messagesOf(locale) as typeof fakeBrowser.i18n.getMessage;
}

type Listener = (...args: unknown[]) => unknown;
/** A stand-in for an extension event the fake browser does not implement. */
function fakeEvent() {
  const listeners: Listener[] = [];
  return {
    listeners,
    addListener: vi.fn((listener: Listener) => listeners.push(listener)),
  };
}

/** Tabs the fake browser has, beyond its default tab 0. */
async function createdTabs() {
  return (await fakeBrowser.tabs.query({})).filter((tab) => tab.id !== 0);
}

const POPUP = 'chrome-extension://test-extension-id/popup.html';

beforeEach(() => {
  fakeBrowser.reset();
  speak('en');
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('context menu "Look up … in Ketamine Lens"', () => {
  it('is created for selections, naming the selection', () => {
    const create = vi.fn();
    Object.assign(fakeBrowser.contextMenus, { create });
    createLookUpMenu();
    expect(create).toHaveBeenCalledWith({
      id: LOOK_UP_ID,
      title: 'Look up “%s” in Ketamine Lens',
      contexts: ['selection'],
    });
  });

  it('is titled in the reader’s language', () => {
    speak('de');
    const create = vi.fn();
    Object.assign(fakeBrowser.contextMenus, { create });
    createLookUpMenu();
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ title: '„%s“ in Ketamine Lens nachschlagen' }),
    );
  });

  it('registers lookUpSelection as the click listener', async () => {
    const onClicked = fakeEvent();
    Object.assign(fakeBrowser.contextMenus, { onClicked });
    listenForLookUp();
    expect(onClicked.listeners).toHaveLength(1);
    await onClicked.listeners[0]?.(
      { menuItemId: LOOK_UP_ID, selectionText: 'esketamine' },
      {
        id: 4,
      },
    );
    await vi.waitFor(async () => expect(await createdTabs()).toHaveLength(1));
  });

  it('opens the search in a new tab with the selection as the query', async () => {
    await lookUpSelection(
      { menuItemId: LOOK_UP_ID, selectionText: '  horse tranquilizer \n' },
      {
        id: 7,
      },
    );
    const [tab] = await createdTabs();
    // `view=page`: a tab of its own, which Escape does not close (common/messaging/search-page.ts).
    expect(tab?.url).toBe(`${POPUP}?q=horse+tranquilizer&tab=7&view=page`);
  });

  it('encodes the selection so it cannot add parameters to the URL', async () => {
    await lookUpSelection({ menuItemId: LOOK_UP_ID, selectionText: 'a&tab=1#x ?' });
    const [tab] = await createdTabs();
    const url = new URL(tab?.url ?? '');
    expect([...url.searchParams.keys()]).toEqual(['q', 'view']);
    expect(url.searchParams.get('q')).toBe('a&tab=1#x ?');
  });

  it('cuts a long selection', async () => {
    await lookUpSelection({ menuItemId: LOOK_UP_ID, selectionText: 'k'.repeat(5000) });
    const [tab] = await createdTabs();
    expect(new URL(tab?.url ?? '').searchParams.get('q')).toHaveLength(MAX_SELECTION);
  });

  it('ignores other menu items and empty selections', async () => {
    await lookUpSelection({ menuItemId: 'someone-else', selectionText: 'ketamine' });
    await lookUpSelection({ menuItemId: LOOK_UP_ID, selectionText: '   ' });
    await lookUpSelection({ menuItemId: LOOK_UP_ID });
    expect(await createdTabs()).toEqual([]);
  });
});

describe('keyboard commands', () => {
  it('handles exactly the commands the manifest declares', async () => {
    for (const target of ['chrome', 'firefox'] as const) {
      const declared = Object.keys((await manifestFor(target)).commands ?? {});
      expect(declared.length, `${target} manifest declares commands`).toBeGreaterThan(0);
      expect([...COMMANDS].sort(), target).toEqual(declared.sort());
    }
  });

  it('toggle-highlighting turns highlighting off and on, keeping other settings', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, style: 'dotted' });
    await runCommand('toggle-highlighting');
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, style: 'dotted', enabled: false });
    await runCommand('toggle-highlighting');
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, style: 'dotted', enabled: true });
  });

  it('next-term asks the active tab’s top frame to step to the next term', async () => {
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockImplementation(async () => [{ id: 42 } as Browser.tabs.Tab]);
    const sendMessage = vi.fn().mockResolvedValue(true);
    Object.assign(fakeBrowser.tabs, { sendMessage });
    await runCommand('next-term');
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sendMessage).toHaveBeenCalledWith(42, { type: 'step-term' }, { frameId: 0 });
  });

  it('next-term is quiet when the tab has no content script or there is no tab', async () => {
    const sendMessage = vi.fn().mockRejectedValue(new Error('Receiving end does not exist.'));
    Object.assign(fakeBrowser.tabs, { sendMessage });
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => [
      { id: 3 } as Browser.tabs.Tab,
    ]);
    await expect(runCommand('next-term')).resolves.toBeUndefined();
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => []);
    await expect(runCommand('next-term')).resolves.toBeUndefined();
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('ignores unknown commands', async () => {
    await runCommand('format-disk');
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: undefined });
  });

  it('registers runCommand as the command listener', async () => {
    const onCommand = fakeEvent();
    Object.assign(fakeBrowser.commands, { onCommand });
    listenForCommands();
    await onCommand.listeners[0]?.('toggle-highlighting');
    await vi.waitFor(async () => expect((await loadSettings()).enabled).toBe(false));
  });
});

describe('the message router', () => {
  const OWN = { id: fakeBrowser.runtime.id };
  /** Our content script in a page, and our popup, as the browser names them. */
  const PAGE = { ...OWN, url: 'https://example.org/' };
  const POPUP_PAGE = { ...OWN, url: POPUP };
  const PAGE_TAB = { id: 9 } as { id: number };

  /** Delivers one message to the router's listener, as the browser would. */
  async function deliver(raw: unknown, sender: object): Promise<unknown> {
    const listener = vi.mocked(onMessageAdd).mock.calls[0]?.[0] as Listener;
    return listener(raw, sender);
  }
  let onMessageAdd: ReturnType<typeof vi.fn>;
  let found: InstanceType<typeof FoundStore>;

  beforeEach(() => {
    onMessageAdd = vi.fn();
    Object.assign(fakeBrowser.runtime, { onMessage: { addListener: onMessageAdd } });
    found = new FoundStore(publishTabFound);
    routeMessages(found);
  });

  it('stores what a content script found and shows the distinct count on the tab’s badge', async () => {
    const counts = { ketamine: 3, esketamine: 1, 'myth-just-horse-tranquiliser': 1 };
    await deliver({ type: 'page-found', counts }, { ...PAGE, tab: PAGE_TAB, frameId: 0 });
    await deliver(
      { type: 'page-found', counts: { ketamine: 2 } },
      { ...PAGE, tab: PAGE_TAB, frameId: 5 },
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('3');
    expect(await fakeBrowser.action.getTitle({ tabId: 9 })).toBe(
      'Ketamine Lens: 3 terms or myths on this page',
    );
    expect(await deliver({ type: 'get-tab-found', tabId: 9 }, POPUP_PAGE)).toEqual({
      total: { ketamine: 5, esketamine: 1, 'myth-just-horse-tranquiliser': 1 },
      frames: [
        { frameId: 0, counts },
        { frameId: 5, counts: { ketamine: 2 } },
      ],
    });
  });

  it('passes the term a page points at to the extension’s pages, naming the sender’s tab', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await deliver({ type: 'point-at', id: 'esketamine' }, { ...PAGE, tab: PAGE_TAB, frameId: 3 });
    expect(sent).toHaveBeenCalledWith({ type: 'tab-pointed', tabId: 9, id: 'esketamine' });
    sent.mockClear();
    // Only a content script in a tab points, and only at the pack's ids.
    await deliver({ type: 'point-at', id: 'esketamine' }, POPUP_PAGE);
    await deliver({ type: 'point-at', id: 'not-a-term' }, { ...PAGE, tab: PAGE_TAB, frameId: 0 });
    await deliver(
      { type: 'point-at', id: 'esketamine' },
      { ...PAGE, id: 'other-extension', tab: PAGE_TAB },
    );
    expect(sent).not.toHaveBeenCalled();
  });

  it('empties the badge when a page reports nothing (paused, or nothing found)', async () => {
    await deliver(
      { type: 'page-found', counts: { ketamine: 1 } },
      { ...PAGE, tab: PAGE_TAB, frameId: 0 },
    );
    await deliver({ type: 'page-found', counts: {} }, { ...PAGE, tab: PAGE_TAB, frameId: 0 });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: 9 })).toBe('Ketamine Lens');
  });

  it.each([
    [{ ketamine: 1 }, 'Ketamine Lens: 1 термин или миф на этой странице'],
    [{ ketamine: 1, esketamine: 1, nhs: 1 }, 'Ketamine Lens: 3 термина или мифа на этой странице'],
    [
      Object.fromEntries([...FOUND_IDS].slice(0, 11).map((id) => [id, 1])),
      'Ketamine Lens: 11 терминов или мифов на этой странице',
    ],
  ])(
    'titles the button in the reader’s language, with its plural rules (ru %#)',
    async (counts, title) => {
      speak('ru');
      await deliver({ type: 'page-found', counts }, { ...PAGE, tab: PAGE_TAB, frameId: 0 });
      expect(await fakeBrowser.action.getTitle({ tabId: 9 })).toBe(title);
    },
  );

  it('keeps findings in session storage, so a restarted worker still has them', async () => {
    await deliver(
      { type: 'page-found', counts: { ketamine: 1 } },
      { ...PAGE, tab: PAGE_TAB, frameId: 0 },
    );
    const restarted = new FoundStore();
    expect((await restarted.get(9)).total).toEqual({ ketamine: 1 });
  });

  it('ignores messages from other extensions, and malformed ones', async () => {
    const foreign = { id: 'another-extension', tab: PAGE_TAB, frameId: 0 };
    expect(await deliver({ type: 'page-found', counts: { ketamine: 1 } }, foreign)).toBe(undefined);
    expect(await deliver({ type: 'open-search', query: 'x' }, {})).toBe(undefined);
    expect(await deliver({ type: 'page-found', counts: { ketamine: -1 } }, OWN)).toBe(undefined);
    expect(await deliver({ type: 'nonsense' }, OWN)).toBe(undefined);
    expect((await found.get(9)).total).toEqual({});
    expect(await createdTabs()).toEqual([]);
  });

  it('opens the search for the hover card, through the same openSearch as the menu', async () => {
    expect(
      await deliver({ type: 'open-search', query: 'esketamine' }, { ...PAGE, tab: PAGE_TAB }),
    ).toBe(true);
    const [tab] = await createdTabs();
    expect(tab?.url).toBe(`${POPUP}?q=esketamine&tab=9&view=page`);
  });
});
