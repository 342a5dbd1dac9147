/**
 * Undo after the four actions a reader may regret ("Don't highlight", "Don't flag this myth",
 * "First mentions only", "Pause site"), from the card and from the popup: the notice, what
 * undo restores, Escape, the keyboard, and that a page's scripted clicks cannot press it.
 */

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../common/settings/settings';
import { useExtension, waitForReady } from './harness';
import { cardAction, hoverTerm, waitForNoCard } from './hover-helpers';
import { highlightTextsOf, pressUndoFromPage } from './page-side';
import { openPopupFor, runAxe, tabIdOf, waitForRangeCount } from './popup-helpers';
import { resetSettingsAfterEach, storedSettings, storeSettings } from './settings-helpers';

const lens = useExtension();

resetSettingsAfterEach(lens, { closePages: true });

/** Settings as stored, with every field, so "exactly as before" compares whole values. */
const BEFORE: Settings = {
  ...DEFAULT_SETTINGS,
  style: 'underline',
  excludedIds: ['off-label'],
  pausedOrigins: ['https://elsewhere.example'],
};

async function waitForStored(expected: Settings): Promise<void> {
  await expect.poll(() => storedSettings(lens.browser), { timeout: 10_000 }).toEqual(expected);
}

/** All ranges of both highlights, as texts (sorted), to compare before and after. */
function allShown(page: Page): Promise<string[]> {
  return page
    .evaluate(highlightTextsOf, { names: ['ketamine-lens-term', 'ketamine-lens-misconception'] })
    .then((texts) => texts.map((text) => text.toLowerCase()).sort());
}

const open = async () => {
  await storeSettings(lens.browser, BEFORE);
  const page = await lens.open('/reader-control.html', { front: true });
  await waitForReady(page);
  await waitForRangeCount(page, 7);
  return page;
};

const notice = (target: Page) => target.getByRole('status');
const undoButton = (target: Page) => target.getByRole('button', { name: 'Undo', exact: true });

const CARD_ACTIONS = [
  {
    action: 'Don’t highlight',
    term: { within: '#standfirst', nth: 1 },
    heading: 'Esketamine',
    button: /^Don’t highlight “Esketamine”/,
    says: '“Esketamine” is no longer highlighted.',
  },
  {
    action: 'Don’t flag this myth',
    term: { within: '#body-2', highlight: 'ketamine-lens-misconception' },
    heading: undefined,
    button: /^Don’t flag this myth/,
    says: 'This myth is no longer flagged.',
  },
  {
    action: 'First mentions only',
    term: { within: '#headline' },
    heading: 'Ketamine',
    button: /^First mentions only/,
    says: 'Only first mentions are highlighted now.',
  },
  {
    action: 'Pause site',
    term: { within: '#headline' },
    heading: 'Ketamine',
    button: /^Pause site/,
    says: 'Paused on 127.0.0.1',
  },
] as const;

describe('undo from the card', () => {
  for (const { action, term, heading, button, says } of CARD_ACTIONS) {
    it(`"${action}", then Undo: the settings and the highlights are exactly as before`, async () => {
      const page = await open();
      const shownBefore = await allShown(page);
      await hoverTerm(page, term, heading);
      await (await cardAction(page, button)).click();
      await waitForNoCard(page);
      await expect.poll(() => notice(page).textContent()).toContain(says);
      await expect.poll(() => allShown(page)).not.toEqual(shownBefore);
      await undoButton(page).click();
      await waitForStored(BEFORE);
      await expect.poll(() => allShown(page), { timeout: 15_000 }).toEqual(shownBefore);
      await expect.poll(() => notice(page).count()).toBe(0);
    });
  }

  it('from the keyboard: focus goes to Undo, Escape dismisses and changes nothing', async () => {
    const page = await open();
    await hoverTerm(page, { within: '#standfirst', nth: 1 }, 'Esketamine');
    // Enter on the menu button opens the menu with its first item, this one, focused.
    await page.getByRole('button', { name: 'Highlighting options' }).press('Enter');
    await page.getByRole('menuitem', { name: /^Don’t highlight “Esketamine”/ }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => undoButton(page).evaluate((b) => b.matches(':focus'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => notice(page).count()).toBe(0);
    expect((await storedSettings(lens.browser))?.excludedIds).toEqual(['off-label', 'esketamine']);
  });

  it('a page’s scripted clicks on Undo change nothing; the reader’s own press does', async () => {
    const page = await open();
    await hoverTerm(page, { within: '#headline' }, 'Ketamine');
    await (await cardAction(page, /^Pause site/)).click();
    await undoButton(page).waitFor();
    const paused = { ...BEFORE, pausedOrigins: [...BEFORE.pausedOrigins, lens.server.origin] };
    await waitForStored(paused);
    await page.evaluate(pressUndoFromPage);
    // Still offered, and still paused, after a round trip to the worker.
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(await undoButton(page).count()).toBe(1);
    expect(await storedSettings(lens.browser)).toEqual(paused);
    await undoButton(page).click();
    await waitForStored(BEFORE);
  });

  it('goes by itself after a few seconds left alone', async () => {
    const page = await open();
    await hoverTerm(page, { within: '#headline' }, 'Ketamine');
    await (await cardAction(page, /^First mentions only/)).click();
    await undoButton(page).waitFor();
    await page.mouse.move(2, 2);
    await page.waitForFunction(
      () =>
        !document.querySelector('ketamine-lens-card')?.shadowRoot?.querySelector('[role=status]'),
      undefined,
      { timeout: 20_000, polling: 200 },
    );
    expect((await storedSettings(lens.browser))?.firstMentionOnly).toBe(true);
  });
});

/** The popup for the fixture's tab, its settings unfolded. */
async function popupFor(): Promise<Page> {
  const popup = await openPopupFor(lens.browser, await tabIdOf(lens.browser, lens.server.origin));
  await popup.click('.kl-settings > summary');
  return popup;
}

describe('undo from the popup', () => {
  it('a term switched off in Terms…, then Undo', async () => {
    const page = await open();
    const shownBefore = await allShown(page);
    const popup = await popupFor();
    await popup.getByText('Terms…').click();
    await popup.getByRole('checkbox', { name: 'Esketamine', exact: true }).uncheck();
    await expect
      .poll(() => notice(popup).textContent())
      .toBe('“Esketamine” is no longer highlighted.');
    await expect.poll(() => allShown(page)).not.toEqual(shownBefore);
    await undoButton(popup).click();
    await waitForStored(BEFORE);
    await expect.poll(() => allShown(page), { timeout: 15_000 }).toEqual(shownBefore);
    expect(await popup.getByRole('checkbox', { name: 'Esketamine', exact: true }).isChecked()).toBe(
      true,
    );
  });

  it('pausing the site, then Undo; Escape dismisses the notice, not the popup', async () => {
    const page = await open();
    const popup = await popupFor();
    await popup.getByRole('checkbox', { name: /^Pause on 127\.0\.0\.1/ }).check();
    await waitForRangeCount(page, 0);
    await undoButton(popup).click();
    await waitForStored(BEFORE);
    await waitForRangeCount(page, 7);

    await popup.getByRole('checkbox', { name: /First mention of each term only/ }).check();
    await undoButton(popup).focus();
    await popup.keyboard.press('Escape');
    await expect.poll(() => notice(popup).count()).toBe(0);
    expect(popup.isClosed()).toBe(false);
    expect((await storedSettings(lens.browser))?.firstMentionOnly).toBe(true);
  });

  it('no notice for a change that is its own undo (the highlight style)', async () => {
    await open();
    const popup = await popupFor();
    await popup.locator('select[data-setting="style"]').selectOption('dotted');
    await waitForStored({ ...BEFORE, style: 'dotted' });
    expect(await notice(popup).count()).toBe(0);
  });
});

describe('the notice is accessible and looks right (axe; screenshots in /tmp/undo-*.png)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`in the card’s place and in the popup, ${scheme}`, async () => {
      const page = await open();
      await page.emulateMedia({ colorScheme: scheme });
      await hoverTerm(page, { within: '#standfirst', nth: 1 }, 'Esketamine');
      await (await cardAction(page, /^Don’t highlight “Esketamine”/)).click();
      await undoButton(page).waitFor();
      await undoButton(page).hover();
      await page.screenshot({ path: `/tmp/undo-card-${scheme}.png` });
      const ours = (await runAxe(page)).filter((v) =>
        v.targets.some((t) => t.startsWith('ketamine-lens-card')),
      );
      expect(ours).toEqual([]);

      const popup = await popupFor();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.getByRole('checkbox', { name: /^Pause on 127\.0\.0\.1/ }).check();
      await undoButton(popup).waitFor();
      await undoButton(popup).hover();
      expect(await runAxe(popup)).toEqual([]);
      await popup.screenshot({ path: `/tmp/undo-popup-${scheme}.png` });
    });
  }
});
