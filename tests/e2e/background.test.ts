import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, type FixtureServer, useExtension, waitForReady } from './harness';
import { addParagraphIn } from './page-side';
import {
  type Chrome,
  cardIds,
  inWorker,
  openPopupFor,
  tabIdOf,
  waitForBadge,
  watchServiceWorker,
} from './popup-helpers';
import { resetSettings } from './settings-helpers';

// The service worker: badge, context menu, keyboard commands, message validation and a
// restart. Menu clicks and browser shortcuts cannot be produced headless; their handlers are
// unit-tested (tests/unit/messages.background.test.ts) and here we check what can be checked
// for real: the manifest, that the menu item exists, and the shared paths they use.

const lens = useExtension();

const manifest = () => JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

/** Opens a fixture on a server of its own, so its tab can be found by origin. */
async function openOwnPage(
  path: string,
): Promise<{ page: Page; tabId: number; site: FixtureServer }> {
  const site = await lens.site();
  site.page('/plain.html', '<!doctype html><title>Plain</title><p>Nothing to see here.</p>');
  const page = await lens.open(site.url(path));
  return { page, tabId: await tabIdOf(lens.browser, site.origin), site };
}

/** Runs `check` on a page opened as `openOwnPage` does, and closes the page afterwards. */
async function withOwnPage(
  path: string,
  check: (opened: { page: Page; tabId: number; site: FixtureServer }) => Promise<void>,
): Promise<void> {
  const opened = await openOwnPage(path);
  try {
    await check(opened);
  } finally {
    await opened.page.close();
  }
}

function hoverCard(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('ketamine-lens-card')?.shadowRoot;
    return root?.querySelector('[role=dialog]')
      ? (root.querySelector('#kl-hover-heading')?.textContent ?? '')
      : null;
  });
}

/** Waits until the element `selector` lies within the viewport's height. */
function waitInView(page: Page, selector: string) {
  return page.waitForFunction((s) => {
    const rect = document.querySelector(s)?.getBoundingClientRect();
    return !!rect && rect.top >= 0 && rect.bottom <= innerHeight;
  }, selector);
}

describe('manifest', () => {
  it('declares both keyboard commands with suggested keys', () => {
    const { commands } = manifest();
    expect(Object.keys(commands).sort()).toEqual(['next-term', 'toggle-highlighting']);
    for (const command of Object.values<{ suggested_key?: { default?: string } }>(commands)) {
      expect(command.suggested_key?.default).toMatch(/^(Alt|Ctrl|Command|MacCtrl)\+/);
    }
  });

  it('accepts no messages from web pages or other extensions (no externally_connectable)', () => {
    expect(manifest()).not.toHaveProperty('externally_connectable');
  });
});

describe('badge', () => {
  it('shows the number of distinct terms found in the tab, and follows navigation', async () => {
    await withOwnPage('/popup-page.html', async ({ page, tabId, site }) => {
      // ketamine, esketamine and the horse-tranquiliser myth.
      await waitForBadge(lens.browser, tabId, '3');
      await page.goto(site.url('/plain.html'));
      await waitForReady(page);
      await waitForBadge(lens.browser, tabId, '');
      await page.goto(site.url('/popup-page.html'));
      await waitForReady(page);
      await waitForBadge(lens.browser, tabId, '3');
    });
  });

  it('counts a term once however often it appears', async () => {
    const site = await lens.site();
    site.page('/one-term.html', '<!doctype html><p>ketamine, ketamine, Ketamine and ketamine.</p>');
    const page = await lens.open(site.url('/one-term.html'));
    try {
      await waitForBadge(lens.browser, await tabIdOf(lens.browser, site.origin), '1');
    } finally {
      await page.close();
    }
  });

  it('is empty when the page has no terms, and when paused there', async () => {
    const { page, tabId, site } = await openOwnPage('/plain.html');
    try {
      await waitForBadge(lens.browser, tabId, '');
      await page.goto(site.url('/popup-page.html'));
      await waitForReady(page);
      await waitForBadge(lens.browser, tabId, '3');
      await inWorker(
        lens.browser,
        (chrome, origin) =>
          chrome.storage.local.set({
            settings: {
              enabled: true,
              highlightTerms: true,
              highlightMisconceptions: true,
              style: 'marker',
              pausedOrigins: [origin],
            },
          }),
        site.origin,
      );
      await waitForBadge(lens.browser, tabId, '');
    } finally {
      await resetSettings(lens.browser);
      await page.close();
    }
  });
});

describe('context menu and opening the search', () => {
  it('has the "Look up" item for selections', async () => {
    // contextMenus has no getter; update() fails for an id that does not exist.
    const update = (id: string) =>
      inWorker(
        lens.browser,
        (chrome, menuId) =>
          chrome.contextMenus.update(menuId, {}).then(
            () => 'ok',
            (error: Error) => error.message,
          ),
        id,
      );
    expect(await update('ketamine-lens-look-up')).toBe('ok');
    expect(await update('no-such-item')).not.toBe('ok');
  });

  it('opens the search in a new tab from a page’s hover card, with the query filled in', async () => {
    // The hover card's "Search all cards" sends `open-search`, which runs the same
    // openSearch(query, tab) as the context menu's click handler.
    await withOwnPage('/popup-page.html', async ({ page, tabId }) => {
      await inWorker(
        lens.browser,
        (chrome, id) =>
          chrome.tabs.sendMessage(
            id,
            { type: 'reveal', id: 'myth-just-horse-tranquiliser' },
            { frameId: 0 },
          ),
        tabId,
      );
      await page.waitForFunction(() =>
        document.querySelector('ketamine-lens-card')?.shadowRoot?.querySelector('.kl-hover__more'),
      );
      // A real click: the card ignores a page's .click() (hover-card.robust.test.ts).
      const [search] = await Promise.all([
        lens.context.waitForEvent('page'),
        page.locator('ketamine-lens-card .kl-hover__more').click(),
      ]);
      await search.waitForSelector('article[data-card-id]');
      const url = new URL(search.url());
      expect(`${url.protocol}//${url.host}${url.pathname}`).toBe(
        `chrome-extension://${lens.browser.extensionId}/popup.html`,
      );
      expect(url.searchParams.get('q')).toBe('horse tranquilizer');
      // The search speaks for the tab it was opened from.
      expect(url.searchParams.get('tab')).toBe(String(tabId));
      expect(await search.inputValue('input[type=search]')).toBe('horse tranquilizer');
      expect((await cardIds(search)).slice(0, 3)).toContain('myth-just-horse-tranquiliser');
      await search.close();
    });
  });

  it('ignores an open-search message that fails validation', async () => {
    const popup = await openPopupFor(lens.browser);
    const pagesBefore = lens.context.pages().length;
    const answer = await popup.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.runtime
        .sendMessage({ type: 'open-search', query: 'x'.repeat(501) })
        .catch((e: Error) => e.message),
    );
    // No listener answers a malformed message, so the sender hears nothing back.
    expect(answer).not.toBe(true);
    // The positive signal: a valid request sent after it opens its search tab. The worker
    // handles messages in order, so a tab for the malformed one would be there first.
    const opened = lens.context.waitForEvent('page', { timeout: 10_000 });
    await popup.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({
        type: 'open-search',
        query: 'after',
      }),
    );
    const after = await opened;
    await after.waitForURL(/[?&]q=after\b/);
    expect(lens.context.pages().length).toBe(pagesBefore + 1);
    await after.close();
    expect(lens.context.pages().length).toBe(pagesBefore);
    await popup.close();
  });

  it('gives web pages no way to message the extension', async () => {
    await withOwnPage('/popup-page.html', async ({ page }) => {
      const reachable = await page.evaluate((id) => {
        const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome
          ?.runtime;
        return typeof runtime?.sendMessage === 'function' ? id : null;
      }, lens.browser.extensionId);
      expect(reachable).toBeNull();
    });
  });
});

describe('the next-term command’s message', () => {
  it('steps the tab to its next term and opens the card', async () => {
    // The command itself cannot be pressed headless; runCommand('next-term') is unit-tested
    // to send exactly this message to the active tab's top frame.
    await withOwnPage('/popup-page.html', async ({ page, tabId }) => {
      const step = () =>
        inWorker(
          lens.browser,
          (chrome, id) => chrome.tabs.sendMessage(id, { type: 'step-term' }, { frameId: 0 }),
          tabId,
        );
      expect(await step()).toBe(true);
      await waitInView(page, '#first');
      expect(await hoverCard(page)).toBe('Ketamine');
      expect(await step()).toBe(true);
      await waitInView(page, '#second');
    });
  });
});

describe('service worker restart', () => {
  it('keeps what each tab found, so the popup still lists it', async () => {
    await withOwnPage('/popup-page.html', async ({ page, tabId }) => {
      await waitForBadge(lens.browser, tabId, '3');
      const worker = await watchServiceWorker(lens.browser, page);
      await worker.stop();

      // The popup's request wakes a fresh worker, which has only storage.session to go by.
      const popup = await openPopupFor(lens.browser, tabId);
      await popup.waitForSelector('.kl-found__item', { timeout: 15_000 });
      const found = await popup
        .locator('.kl-found__item')
        .evaluateAll((items) =>
          items.map((item) => [
            item.getAttribute('data-found-id'),
            item.querySelector('.kl-found__count')?.firstChild?.textContent,
          ]),
        );
      expect(found).toEqual([
        ['ketamine', '3'],
        ['esketamine', '1'],
        ['myth-just-horse-tranquiliser', '1'],
      ]);
      await worker.waitFor('running');
      // Badges are kept by the browser, not the worker; asked from the popup, an extension page.
      const badge = () =>
        popup.evaluate(
          (id) =>
            (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({ tabId: id }),
          tabId,
        );
      expect(await badge()).toBe('3');
      // And the new worker keeps counting: the page changes, the badge follows.
      await page.evaluate(addParagraphIn, { text: 'Now an off-label use too.' });
      await expect.poll(badge, { timeout: 15_000 }).toBe('4');
      await popup.close();
      await worker.detach();
    });
  });
});
