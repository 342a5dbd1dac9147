import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FRAMES_PER_TAB } from '../../common/messaging/found-limits';
import { type ContentWorld, contentWorldOf } from './content-world';
import { openPopup, useExtension } from './harness';
import { type Chrome, inWorker, tabIdOf, waitForBadge } from './popup-helpers';

// A compromised content script: code run in our content-script world of an attacker's page,
// with the extension's messaging, does what a page that broke into it could do. Before, it
// could read any tab's findings, tell the popup what a tab shows, fill storage.session with
// one report, and open a tab per message.

const lens = useExtension();
const PAGE =
  '<!doctype html><title>Page</title><p>Ketamine, esketamine and a horse tranquilizer.</p>';

let victim: Page;
let victimTab: number;
let attacker: Page;
let attackerTab: number;
let world: ContentWorld;

beforeAll(async () => {
  const victimSite = await lens.site();
  victim = await lens.open(victimSite.page('/victim.html', PAGE));
  victimTab = await tabIdOf(lens.browser, victimSite.origin);
  await waitForBadge(lens.browser, victimTab, '3');
  const attackerSite = await lens.site();
  attacker = await lens.open(attackerSite.page('/attacker.html', PAGE));
  attackerTab = await tabIdOf(lens.browser, attackerSite.origin);
  await waitForBadge(lens.browser, attackerTab, '3');
  world = await contentWorldOf(attacker);
});
afterAll(async () => {
  await world?.detach();
});

/** Sends a message from the compromised content script; its reply, or the error's text. */
function sendFromPage(message: unknown): Promise<unknown> {
  return world.evaluate(
    (m) =>
      (globalThis as unknown as { chrome: Chrome }).chrome.runtime
        .sendMessage(m)
        .then((reply: unknown) => ({ reply: reply ?? null }))
        .catch((error: Error) => ({ error: error.message })),
    message,
  );
}

describe('a compromised content script', () => {
  it('cannot read another tab’s findings, only its own', async () => {
    expect(await sendFromPage({ type: 'get-tab-found', tabId: victimTab })).toEqual({
      reply: null,
    });
    expect(await sendFromPage({ type: 'get-tab-found', tabId: attackerTab })).toMatchObject({
      reply: { total: { ketamine: 1, esketamine: 1, 'myth-just-horse-tranquiliser': 1 } },
    });
  });

  it('cannot tell the popup or the search page what a tab shows', async () => {
    const forged = {
      type: 'tab-found',
      tabId: victimTab,
      found: {
        total: { 'myth-permanent-cure': 9 },
        frames: [{ frameId: 0, counts: { 'myth-permanent-cure': 9 } }],
      },
    };
    // The popup (here in a tab, speaking for the victim's tab) and the full search page.
    for (const view of ['', '&view=page']) {
      const popup = await openPopup(lens.browser, `?tab=${victimTab}${view}`);
      try {
        await popup.waitForSelector('.kl-found__item', { timeout: 15_000 });
        // Every id the list ever shows, from now on.
        await popup.evaluate(() => {
          const seen = new Set<string>();
          (globalThis as unknown as { __seen: Set<string> }).__seen = seen;
          const note = () => {
            for (const item of document.querySelectorAll('[data-found-id]')) {
              seen.add(item.getAttribute('data-found-id') ?? '');
            }
          };
          note();
          new MutationObserver(note).observe(document.body, {
            subtree: true,
            childList: true,
            attributes: true,
          });
        });
        await sendFromPage(forged);
        // Then a real change of the victim's page: the list follows it, from the background.
        await victim.evaluate((n) => {
          const p = document.createElement('p');
          p.id = `off-label-${n}`;
          p.textContent = 'Now an off-label use too.';
          document.body.append(p);
        }, view.length);
        await popup.waitForSelector('[data-found-id="off-label"]', { timeout: 15_000 });
        const seen = await popup.evaluate(() => [
          ...(globalThis as unknown as { __seen: Set<string> }).__seen,
        ]);
        expect(seen).toContain('off-label');
        expect(seen).not.toContain('myth-permanent-cure');
      } finally {
        await popup.close();
        await victim.evaluate(() => {
          for (const p of document.querySelectorAll('[id^="off-label-"]')) p.remove();
        });
        await waitForBadge(lens.browser, victimTab, '3');
      }
    }
  });

  it('cannot fill storage.session with one report, and new findings are still stored', async () => {
    const before = await sessionBytes();
    // As reported (163,825 keys in a fresh profile): short keys, which Chrome counts as 64
    // bytes each against the 10 MiB quota, as many as fill what is left but a few hundred bytes.
    const keys = Math.floor((10 * 1024 * 1024 - before - 512) / 64);
    const reply = await world.evaluate((count) => {
      const counts: Record<string, number> = {};
      for (let i = 0; i < count; i++) counts[`k${String(i).padStart(6, '0')}`] = 1;
      return (globalThis as unknown as { chrome: Chrome }).chrome.runtime
        .sendMessage({ type: 'page-found', counts, document: 'forged', seq: 1 })
        .then((r: unknown) => r ?? null)
        .catch((error: Error) => error.message);
    }, keys);
    expect(reply).not.toBe(true);
    // A real page opened after it: its findings are stored and shown.
    const site = await lens.site();
    const page = await lens.open(site.page('/after.html', PAGE));
    const tabId = await tabIdOf(lens.browser, site.origin);
    await waitForBadge(lens.browser, tabId, '3');
    const stored = await inWorker(
      lens.browser,
      (chrome, key) => chrome.storage.session.get(key),
      `found-${tabId}`,
    );
    expect(Object.keys(stored)).toEqual([`found-${tabId}`]);
    const after = await sessionBytes();
    console.info(`storage.session: ${before} bytes before the forged report, ${after} after`);
    // One more tab's record at most: bounded by its frames, far below the 10 MB quota.
    expect(after - before).toBeLessThan(MAX_FRAMES_PER_TAB * 2048);
    await page.close();
  });

  it('cannot open a burst of search tabs: one for 15 messages', async () => {
    const pagesBefore = lens.context.pages().length;
    const opening = lens.context.waitForEvent('page', { timeout: 10_000 });
    const replies = (await world.evaluate(async (count) => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      return Promise.all(
        Array.from({ length: count }, (_, i) =>
          chrome.runtime
            .sendMessage({ type: 'open-search', query: `burst ${i}` })
            .then((r: unknown) => r ?? null)
            .catch((error: Error) => error.message),
        ),
      );
    }, 15)) as unknown[];
    // Each reply comes once its tab is created (or refused): every tab opened is there now.
    expect(replies.filter((reply) => reply === true)).toHaveLength(1);
    await opening;
    const opened = lens.context.pages().slice(pagesBefore);
    expect(opened).toHaveLength(1);
    for (const page of opened) await page.close();
  });
});

function sessionBytes(): Promise<number> {
  return inWorker(lens.browser, (chrome) =>
    (
      chrome.storage.session as unknown as { getBytesInUse(keys: null): Promise<number> }
    ).getBytesInUse(null),
  );
}
