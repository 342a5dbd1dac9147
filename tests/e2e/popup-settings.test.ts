import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../common/settings/settings';
import { FixtureServer, launchWithExtension, openScanned, useExtension } from './harness';
import {
  inWorker,
  openPopupFor,
  rangeCount,
  tabIdOf,
  waitForBadge,
  waitForRangeCount,
} from './popup-helpers';
import { resetSettings, storedSettings, storeSettings } from './settings-helpers';

// Settings live in WXT storage (`local:settings`) and reach open tabs through storage change
// events: every check below looks at the page itself, which is never reloaded.
// popup-page.html: 4 term ranges (ketamine ×3, esketamine ×1) and 1 misconception range.
const TERMS = 4;
const MYTHS = 1;

const lens = useExtension();
/** A second site, to show pausing is per origin. */
let other: FixtureServer;
let page: Page;
let otherPage: Page;
let tabId: number;

beforeAll(async () => {
  other = await lens.site();
  page = await lens.open('/popup-page.html');
  otherPage = await lens.open(other.url('/popup-page.html'));
  tabId = await tabIdOf(lens.browser, lens.server.origin);
});
afterEach(async () => {
  // Back to the defaults, and the pages back to full highlighting, for the next test.
  await resetSettings(lens.browser);
  for (const p of [page, otherPage]) {
    await waitForRangeCount(p, TERMS);
    await waitForRangeCount(p, MYTHS, 'ketamine-lens-misconception');
  }
});

async function openSettings(): Promise<Page> {
  const popup = await openPopupFor(lens.browser, tabId);
  await popup.click('.kl-settings > summary');
  await popup.waitForSelector('.kl-settings select');
  return popup;
}

/** The settings as the popup's controls show them. */
function shownSettings(popup: Page) {
  return popup.evaluate(() => {
    const box = (text: string) =>
      [...document.querySelectorAll<HTMLLabelElement>('.kl-settings label')]
        .find((label) => label.textContent?.trim().startsWith(text))
        ?.querySelector<HTMLInputElement>('input[type=checkbox]')?.checked;
    return {
      enabled: box('Highlight on pages'),
      paused: box('Pause on'),
      highlightTerms: box('Highlight terms'),
      highlightMisconceptions: box('Flag misconceptions'),
      style: document.querySelector<HTMLSelectElement>('.kl-settings select[data-setting=style]')
        ?.value,
    };
  });
}

describe('validation', () => {
  it('shows defaults for corrupt fields and repairs the stored value', async () => {
    await inWorker(lens.browser, (chrome) =>
      chrome.storage.local.set({
        settings: { enabled: 'yes', style: 42, highlightMisconceptions: false },
      }),
    );
    const popup = await openSettings();
    // The one valid field is kept; the two bad ones take their defaults.
    expect(await shownSettings(popup)).toEqual({
      enabled: true,
      paused: false,
      highlightTerms: true,
      highlightMisconceptions: false,
      style: 'marker',
    });
    await expect
      .poll(() => storedSettings(lens.browser), { timeout: 10_000 })
      .toEqual({ ...DEFAULT_SETTINGS, highlightMisconceptions: false });
    // Pages read the same value the same way: terms on, myths off.
    await waitForRangeCount(page, TERMS);
    await waitForRangeCount(page, 0, 'ketamine-lens-misconception');
    await popup.close();
  });

  it('survives a value that is not an object at all', async () => {
    await storeSettings(lens.browser, 'on');
    const popup = await openSettings();
    expect((await shownSettings(popup)).enabled).toBe(true);
    await expect
      .poll(() => storedSettings(lens.browser), { timeout: 10_000 })
      .toEqual(DEFAULT_SETTINGS);
    await popup.close();
  });
});

describe('applied live to open tabs', () => {
  it('pauses and resumes on this site only', async () => {
    const popup = await openSettings();
    await popup.waitForSelector('.kl-found__item');
    await waitForBadge(lens.browser, tabId, '3');
    const host = new URL(lens.server.origin).host;
    const pause = popup.getByLabel(`Pause on ${host}`, { exact: true });

    await pause.check();
    await waitForRangeCount(page, 0);
    await waitForRangeCount(page, 0, 'ketamine-lens-misconception');
    await waitForBadge(lens.browser, tabId, '');
    await popup.getByText('Paused on this site.').waitFor();
    expect(await storedSettings(lens.browser)).toMatchObject({
      pausedOrigins: [lens.server.origin],
    });
    // The other site is another origin: still highlighted.
    expect(await rangeCount(otherPage)).toBe(TERMS);
    await popup.close();

    // Opened on a paused site, then resumed: "On this page" follows the page back instead of
    // keeping the empty list it read on opening.
    const reopened = await openSettings();
    await reopened.getByText('Paused on this site.').waitFor();
    await reopened.getByLabel(`Pause on ${host}`, { exact: true }).uncheck();
    await waitForRangeCount(page, TERMS);
    await waitForRangeCount(page, MYTHS, 'ketamine-lens-misconception');
    await waitForBadge(lens.browser, tabId, '3');
    await reopened.locator('[data-found-id="ketamine"]').waitFor();
    expect(await reopened.locator('.kl-found__item').count()).toBe(3);
    expect(await storedSettings(lens.browser)).toMatchObject({ pausedOrigins: [] });
    await reopened.close();
  });

  it('turns highlighting off and on everywhere', async () => {
    const popup = await openSettings();
    const enabled = popup.getByLabel('Highlight on pages', { exact: true });
    await enabled.uncheck();
    await waitForRangeCount(page, 0);
    await waitForRangeCount(otherPage, 0);
    await waitForRangeCount(otherPage, 0, 'ketamine-lens-misconception');
    await waitForBadge(lens.browser, tabId, '');
    await popup.getByText('Highlighting is off.').waitFor();

    await enabled.check();
    await waitForRangeCount(page, TERMS);
    await waitForRangeCount(otherPage, TERMS);
    await waitForBadge(lens.browser, tabId, '3');
    await popup.close();
  });

  it('switches misconceptions and terms separately', async () => {
    const popup = await openSettings();
    await popup.getByLabel('Flag misconceptions', { exact: true }).uncheck();
    await waitForRangeCount(page, 0, 'ketamine-lens-misconception');
    expect(await rangeCount(page)).toBe(TERMS);
    await waitForBadge(lens.browser, tabId, '2');

    await popup.getByLabel('Flag misconceptions', { exact: true }).check();
    await popup.getByLabel('Highlight terms', { exact: true }).uncheck();
    await waitForRangeCount(page, 0);
    await waitForRangeCount(page, MYTHS, 'ketamine-lens-misconception');
    await waitForBadge(lens.browser, tabId, '1');
    await popup.close();
  });

  it('changes the highlight style in the page’s adopted stylesheet', async () => {
    // The content script adopts a constructed sheet; adoptedStyleSheets is shared with the
    // page's main world, so the rules can be read from there.
    const sheetText = () =>
      page.evaluate(() =>
        document.adoptedStyleSheets
          .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
          .join('\n'),
      );
    const termRule = async () =>
      (await sheetText())
        .split('\n')
        .find((line) => line.startsWith('::highlight(ketamine-lens-term)'));
    expect(await termRule()).toContain('background-color');

    const popup = await openSettings();
    const select = popup.locator('.kl-settings select[data-setting=style]');
    for (const [style, expected] of [
      ['dotted', /\{ text-decoration: underline [^;]*dotted/],
      ['underline', /\{ text-decoration: underline [^;]*dashed/],
      ['marker', /\{ background-color: /],
    ] as const) {
      await select.selectOption(style);
      await expect.poll(termRule, { timeout: 10_000 }).toMatch(expected);
      // Restyling keeps the same ranges: no rescan.
      expect(await rangeCount(page)).toBe(TERMS);
    }
    await popup.close();
  });

  it('shows a change made elsewhere (e.g. the keyboard command) while open', async () => {
    const popup = await openSettings();
    expect((await shownSettings(popup)).enabled).toBe(true);
    await storeSettings(lens.browser, { ...DEFAULT_SETTINGS, enabled: false });
    await expect.poll(async () => (await shownSettings(popup)).enabled).toBe(false);
    await popup.close();
  });
});

describe('persistence', () => {
  it('keeps settings across a browser restart', async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'ketamine-lens-restart-'));
    const site = await new FixtureServer().start();
    try {
      const first = await launchWithExtension({ userDataDir });
      await openScanned(first.context, site.url('/popup-page.html'));
      const firstTab = await tabIdOf(first, site.origin);
      const popup = await openPopupFor(first, firstTab);
      await popup.click('.kl-settings > summary');
      await popup.getByLabel(`Pause on ${new URL(site.origin).host}`, { exact: true }).check();
      await popup.getByLabel('Flag misconceptions', { exact: true }).uncheck();
      await popup.locator('.kl-settings select[data-setting=style]').selectOption('dotted');
      const expected: Settings = {
        ...DEFAULT_SETTINGS,
        highlightMisconceptions: false,
        style: 'dotted',
        pausedOrigins: [site.origin],
      };
      await expect
        .poll(() =>
          inWorker(first, async (chrome) => (await chrome.storage.local.get('settings')).settings),
        )
        .toEqual(expected);
      await first.close();

      const second = await launchWithExtension({ userDataDir });
      try {
        expect(
          await inWorker(
            second,
            async (chrome) => (await chrome.storage.local.get('settings')).settings,
          ),
        ).toEqual(expected);
        const sitePage = await second.context.newPage();
        await sitePage.goto(site.url('/popup-page.html'));
        const secondTab = await tabIdOf(second, site.origin);
        const again = await openPopupFor(second, secondTab);
        await again.click('.kl-settings > summary');
        await again.waitForSelector('.kl-settings select');
        expect(await shownSettings(again)).toEqual({
          enabled: true,
          paused: true,
          highlightTerms: true,
          highlightMisconceptions: false,
          style: 'dotted',
        });
        // And the paused site stays unhighlighted after the restart.
        expect(await rangeCount(sitePage)).toBe(0);
      } finally {
        await second.close();
      }
    } finally {
      await site.stop();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});
