/**
 * Reader control: "first mention of each term only", "don't highlight this term"
 * (from the card and from the settings), "pause on this site" from the card, and the search
 * page that "Search all cards" opens (Escape on an empty search must not close it).
 */

import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../common/settings/settings';
import { useExtension, waitForReady } from './harness';
import { cardAction, cardState, hoverTerm, waitForNoCard } from './hover-helpers';
import {
  openPopupFor,
  openPopupToShoot,
  runAxe,
  tabFoundFrom,
  tabIdOf,
  waitForBadge,
  waitForRangeCount,
} from './popup-helpers';
import { resetSettingsAfterEach, storedSettings, storeSettings } from './settings-helpers';

const lens = useExtension();

resetSettingsAfterEach(lens, { closePages: true });

/** Stores the default settings with `patch` applied. */
function storeDefaultsWith(patch: Partial<Settings>): Promise<void> {
  return storeSettings(lens.browser, { ...DEFAULT_SETTINGS, ...patch });
}

async function waitForStored(check: (s: Settings) => boolean, page: Page): Promise<Settings> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const stored = await storedSettings(lens.browser);
    if (stored && check(stored)) return stored;
    if (Date.now() > deadline) throw new Error(`Settings stayed ${JSON.stringify(stored)}`);
    // Polls the worker, not the clock: each round trip waits on the page's event loop.
    await page.evaluate(() => new Promise(requestAnimationFrame));
  }
}

/** Each shown range of one highlight: its text and where it is (element id, via shadow hosts). */
function shown(target: Page | Frame, name = 'ketamine-lens-term'): Promise<string[]> {
  return target.evaluate((highlightName) => {
    const where = (node: Node): string => {
      const parts: string[] = [];
      let at: Node | null = node;
      while (at) {
        const element: Element | null = at instanceof Element ? at : at.parentElement;
        const withId: Element | null | undefined = element?.closest('[id]');
        if (withId) parts.unshift(withId.id);
        const root: Node = (withId ?? element ?? at).getRootNode();
        at = root instanceof ShadowRoot ? root.host : null;
      }
      return parts.join('/');
    };
    const ranges = [...(CSS.highlights.get(highlightName) ?? [])].map((r) => {
      const range = new Range();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range;
    });
    return ranges.map((r) => `${r.toString().toLowerCase()}@${where(r.startContainer)}`).sort();
  }, name);
}

const open = () => lens.open('/reader-control.html', { front: true });

/** The top document's terms once esketamine is excluded (reader-control.html). */
const WITHOUT_ESKETAMINE = [
  'ketamine@body-1',
  'ketamine@body-2',
  'ketamine@headline',
  'ketamine@standfirst',
  'off-label@body-1',
];

function frameOf(page: Page): Frame {
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) throw new Error('no frame');
  return frame;
}

/** Waits for the page (or a frame) to show exactly these ranges of one highlight. */
async function waitForShown(target: Page | Frame, expected: string[], name?: string) {
  await expect.poll(() => shown(target, name), { timeout: 15_000 }).toEqual([...expected].sort());
}

/** What the background holds for the tab (the popup's "On this page"), merged over frames. */
async function foundTotal(tabId: number): Promise<Record<string, number>> {
  const popup = await openPopupFor(lens.browser);
  try {
    return (await tabFoundFrom(popup, tabId)).total;
  } finally {
    await popup.close();
  }
}

describe('first mention of each term only', () => {
  it('shows the first of each term per frame, in reading order, and counts only those', async () => {
    const page = await open();
    await waitForShown(page, [
      'esketamine@body-1',
      'esketamine@box/inner',
      'esketamine@standfirst',
      'ketamine@body-1',
      'ketamine@body-2',
      'ketamine@headline',
      'ketamine@standfirst',
      'off-label@body-1',
    ]);
    await storeDefaultsWith({ firstMentionOnly: true });
    // A shadow root's text counts at its host's place: the boxed item comes before the
    // standfirst.
    await waitForShown(page, ['esketamine@box/inner', 'ketamine@headline', 'off-label@body-1']);
    await waitForShown(page, ['horse tranquilizer@body-2'], 'ketamine-lens-misconception');
    // The frame decides alone, by its own reading order.
    const frame = frameOf(page);
    await waitForShown(frame, ['ketamine@in-frame']);
    expect(
      await frame.evaluate(() =>
        [...(CSS.highlights.get('ketamine-lens-term') ?? [])].map((r) => r.startOffset),
      ),
    ).toEqual([9]);
    // The counts the popup and badge get are what is shown: one per term and frame.
    const tabId = await tabIdOf(lens.browser, lens.server.origin);
    await expect
      .poll(() => foundTotal(tabId), { timeout: 15_000 })
      .toEqual({ ketamine: 2, esketamine: 1, 'off-label': 1, 'myth-just-horse-tranquiliser': 1 });
    await waitForBadge(lens.browser, tabId, '4');
  });

  it('follows a live page: an earlier mention added later takes over, a removed first passes on', async () => {
    await storeDefaultsWith({ firstMentionOnly: true });
    const page = await open();
    await waitForShown(page, ['esketamine@box/inner', 'ketamine@headline', 'off-label@body-1']);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'Esketamine, first of all.';
      document.body.prepend(p);
    });
    await waitForShown(page, ['esketamine@late', 'ketamine@headline', 'off-label@body-1']);
    await page.evaluate(() => {
      document.getElementById('headline')?.remove();
      document.getElementById('late')?.remove();
    });
    await waitForShown(page, ['esketamine@box/inner', 'ketamine@standfirst', 'off-label@body-1']);
  });

  it('puts each shown range back after the page clears our highlights', async () => {
    await storeDefaultsWith({ firstMentionOnly: true });
    const page = await open();
    await waitForShown(page, ['esketamine@box/inner', 'ketamine@headline', 'off-label@body-1']);
    await page.evaluate(() => CSS.highlights.get('ketamine-lens-term')?.clear());
    await waitForShown(page, ['esketamine@box/inner', 'ketamine@headline', 'off-label@body-1']);
  });
});

describe('the card’s actions', () => {
  /** Opens the card's menu of actions and gives the item of this name. */
  const button = cardAction;

  it('"Don’t highlight this term" stops highlighting that term only, everywhere', async () => {
    const page = await open();
    await waitForReady(page);
    await hoverTerm(page, { within: '#standfirst', nth: 1 }, 'Esketamine');
    await (await button(page, /Don’t highlight “Esketamine”/)).click();
    await waitForNoCard(page);
    await waitForShown(page, WITHOUT_ESKETAMINE);
    expect((await storedSettings(lens.browser))?.excludedIds).toEqual(['esketamine']);
  });

  it('"Pause on this site" pauses this origin', async () => {
    const page = await open();
    await hoverTerm(page, { within: '#headline' }, 'Ketamine');
    await (await button(page, /^Pause site/)).click();
    await waitForRangeCount(page, 0);
    await waitForRangeCount(page, 0, 'ketamine-lens-misconception');
    expect((await storedSettings(lens.browser))?.pausedOrigins).toEqual([lens.server.origin]);
  });

  it('"First mentions only" is one press away in the card, and shows its state', async () => {
    const page = await open();
    await hoverTerm(page, { within: '#headline' }, 'Ketamine');
    const toggle = await button(page, /First mentions only/);
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    await toggle.click();
    await waitForShown(page, ['esketamine@box/inner', 'ketamine@headline', 'off-label@body-1']);
    await hoverTerm(page, { within: '#headline' }, 'Ketamine');
    const again = await button(page, /First mentions only/);
    expect(await again.getAttribute('aria-checked')).toBe('true');
  });

  it('is a menu button: keys open it, the arrows move, Escape gives focus back', async () => {
    const page = await open();
    await hoverTerm(page, { within: '#headline' }, 'Ketamine');
    const focused = () =>
      page.evaluate(() => {
        const active = document.querySelector('ketamine-lens-card')?.shadowRoot?.activeElement;
        return `${active?.getAttribute('role') ?? active?.localName}: ${active?.textContent}`;
      });
    const toggle = page.getByRole('button', { name: 'Highlighting options' });
    expect(await toggle.getAttribute('aria-haspopup')).toBe('menu');
    await toggle.focus();
    await page.keyboard.press('ArrowDown');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    // Focus moves once the menu has rendered (a Preact effect, after the next frame).
    await expect.poll(focused).toBe('menuitem: Don’t highlight “Ketamine”');
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toMatch(/^menuitemcheckbox: First mentions only/);
    await page.keyboard.press('End');
    await expect.poll(focused).toMatch(/^menuitem: Pause site/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe('menuitem: Don’t highlight “Ketamine”');
    await page.keyboard.press('Escape');
    // The menu closes and the card stays, with focus back on the menu button.
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    await expect.poll(focused).toBe('button: ⋯');
    expect(await cardState(page)).not.toBeNull();
    await page.keyboard.press('ArrowUp');
    await expect.poll(focused).toMatch(/^menuitem: Pause site/);
    await page.close();
  });

  it('ignores clicks the page forges on the actions', async () => {
    const page = await open();
    await hoverTerm(page, { within: '#body-2', highlight: 'ketamine-lens-misconception' });
    const pause = await button(page, /^Pause site/);
    // The page calls .click() on our menu items (the shadow root is open), and forges the
    // keys that would press them: nothing may change.
    await page.evaluate(() => {
      const shadow = document.querySelector('ketamine-lens-card')?.shadowRoot;
      for (const b of shadow?.querySelectorAll<HTMLButtonElement>('[role^=menuitem]') ?? []) {
        if (b.textContent?.includes('Pause')) continue;
        b.click();
        b.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      }
    });
    // Then a real press: once its write is stored, the forged ones would have been too.
    await pause.click();
    const stored = await waitForStored((s) => s.pausedOrigins.length > 0, page);
    expect(stored.excludedIds).toEqual([]);
    expect(stored.firstMentionOnly).toBe(false);
  });
});

describe('terms in the settings', () => {
  it('lists every highlighted term with a switch; turning one off stops it on the page', async () => {
    const page = await open();
    await waitForReady(page);
    const tabId = await tabIdOf(lens.browser, lens.server.origin);
    const popup = await openPopupFor(lens.browser, tabId);
    await popup.click('.kl-settings > summary');
    await popup.getByText('Terms…').click();
    const esketamine = popup.getByRole('checkbox', { name: 'Esketamine', exact: true });
    expect(await esketamine.isChecked()).toBe(true);
    await esketamine.uncheck();
    await waitForShown(page, WITHOUT_ESKETAMINE);
    expect((await storedSettings(lens.browser))?.excludedIds).toEqual(['esketamine']);
    await esketamine.check();
    await waitForRangeCount(page, 8);
  });

  it('offers "First mention of each term only" outside the folded list', async () => {
    const popup = await openPopupFor(lens.browser);
    await popup.click('.kl-settings > summary');
    const box = popup.getByRole('checkbox', { name: /First mention of each term only/ });
    expect(await box.isVisible()).toBe(true);
  });
});

describe('accessible in light and dark (axe), with screenshots in /tmp/control-*.png', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`the card with its actions, ${scheme}`, async () => {
      const page = await open();
      await page.emulateMedia({ colorScheme: scheme });
      await hoverTerm(page, { within: '#standfirst', nth: 1 }, 'Esketamine');
      await page.getByRole('button', { name: 'Highlighting options' }).press('Enter');
      await page.getByRole('menuitemcheckbox', { name: /First mentions only/ }).waitFor();
      // The card has finished fading in.
      await page.waitForFunction(
        () =>
          document
            .querySelector('ketamine-lens-card')
            ?.shadowRoot?.querySelector('[role=dialog]')
            ?.getAnimations().length === 0,
      );
      await page.screenshot({ path: `/tmp/control-card-${scheme}.png` });
      // Only our card is judged: the fixture's own paragraphs sit in no landmark. The card's
      // scrolling body (two cards in at most 480 px) is the card layout's, not the actions'.
      const ours = (await runAxe(page)).filter(
        (v) =>
          v.id !== 'scrollable-region-focusable' &&
          v.targets.some((t) => t.startsWith('ketamine-lens-card')),
      );
      expect(ours).toEqual([]);
    });

    it(`the settings with "Terms…" open, ${scheme}`, async () => {
      await storeDefaultsWith({ excludedIds: ['off-label'] });
      const page = await open();
      const tabId = await tabIdOf(lens.browser, lens.server.origin);
      const popup = await openPopupToShoot(lens.browser, tabId, scheme, 760);
      await popup.click('.kl-settings > summary');
      await popup.getByText('Terms…').click();
      await popup.getByRole('checkbox', { name: 'Esketamine', exact: true }).waitFor();
      expect(await runAxe(popup)).toEqual([]);
      await popup.screenshot({ path: `/tmp/control-settings-${scheme}.png` });
      await page.close();
    });
  }
});

describe('the search page "Search all cards" opens', () => {
  it('keeps the tab open on Escape with an empty search, and searches on', async () => {
    const page = await open();
    await hoverTerm(page, { within: '#headline' }, 'Ketamine');
    const [search] = await Promise.all([
      lens.context.waitForEvent('page'),
      page.getByRole('button', { name: /Search all cards/ }).click(),
    ]);
    await search.waitForSelector('article[data-card-id]');
    await search.locator('input[type=search]').focus();
    await search.keyboard.press('Escape');
    expect(await search.inputValue('input[type=search]')).toBe('');
    await search.keyboard.press('Escape').catch(() => {});
    // The page is still there and still searching: typing finds cards again.
    expect(search.isClosed()).toBe(false);
    await search.keyboard.type('esketamine');
    await search.waitForSelector('article[data-card-id]');
    expect(search.isClosed()).toBe(false);
  });
});
