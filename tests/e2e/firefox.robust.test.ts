/**
 * The hover card against a hostile page, in Firefox (the caret path, no scoped custom element
 * registries): forged input, document.open(), a page's own <ketamine-lens-card>, and a pointer
 * sweep over a 1 MB text file.
 */

import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { termCentre, useFirefox, waitForCard, waitForNoCard, waitInPage } from './firefox-harness';
import { forgeSearchClick, forgeTouchTap, ownCardPage } from './interference-helpers';
import { termBoxIn } from './page-side';

const firefox = useFirefox();

/** The `q` of every open search tab (WebDriver BiDi lists them as about:blank; they know). */
async function searchQueries(): Promise<string[]> {
  const queries: string[] = [];
  for (const tab of await firefox.browser.pages()) {
    const href = await tab.evaluate(() => location.href).catch(() => '');
    if (href.includes('/popup.html')) queries.push(new URL(href).searchParams.get('q') ?? '');
  }
  return queries;
}

async function hover(page: Page, within: string, heading: string): Promise<void> {
  const { x, y } = await termCentre(page, { within });
  await page.mouse.move(x, y);
  await waitForCard(page, heading);
}

async function hoverBoth(page: Page): Promise<void> {
  for (const [within, heading] of [
    ['#one', 'Ketamine'],
    ['#two', 'Esketamine'],
  ] as const) {
    await hover(page, within, heading);
    await page.mouse.move(2, 2);
    await waitForNoCard(page);
  }
}

describe('in Firefox, against a page working against us', () => {
  it('opens no card for a synthetic touch pointerup, and no tab for a .click() on the card', async () => {
    const page = await firefox.open('/ff-forged.html', ownCardPage());
    const point = await termCentre(page, { within: '#two' });
    await page.evaluate(forgeTouchTap, point);
    // A real hover afterwards proves the handlers are live; its card is the only one opened.
    await hover(page, '#one', 'Ketamine');
    expect(
      await page.evaluate(() => (window as unknown as { __klOpened: number }).__klOpened),
    ).toBe(1);

    // The page clicks the Esketamine card's button, then the reader the Ketamine card's. Tabs
    // open in the order asked for: once the reader's tab is there, a forged one would be too.
    // (The pointer leaves first: the open card lies over the next paragraph.)
    await page.mouse.move(2, 2);
    await waitForNoCard(page);
    await hover(page, '#two', 'Esketamine');
    await page.evaluate(forgeSearchClick);
    await page.mouse.move(2, 2);
    await waitForNoCard(page);
    await hover(page, '#one', 'Ketamine');
    const button = await page.evaluate(() => {
      const button = document
        .querySelector('ketamine-lens-card')
        ?.shadowRoot?.querySelector('.kl-hover__more');
      if (!button) throw new Error('no search button in the card');
      const rect = button.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(button.x, button.y, { steps: 3 });
    await page.mouse.click(button.x, button.y);
    await expect.poll(() => searchQueries(), { timeout: 10_000 }).toContain('Ketamine');
    expect(await searchQueries()).toEqual(['Ketamine']);
    await page.close();
  }, 60_000);

  it('still opens cards after document.open() rewrote the page', async () => {
    const page = await firefox.open('/ff-rewrite.html', ownCardPage());
    await page.evaluate(() => {
      document.open();
      document.write('<!doctype html><p id="fresh">Written anew: ketamine.</p>');
      document.close();
    });
    await waitInPage(
      page,
      termBoxIn,
      { within: '#fresh', highlight: 'ketamine-lens-term' } as const,
      { timeout: 15_000 },
    );
    await hover(page, '#fresh', 'Ketamine');
    await page.close();
  }, 60_000);

  for (const kind of ['takes-shadow', 'throws', 'plain'] as const) {
    it(`opens working cards when the page defined <ketamine-lens-card> first (${kind})`, async () => {
      const page = await firefox.open(`/ff-own-${kind}.html`, ownCardPage(kind));
      await hoverBoth(page);
      await page.close();
    }, 60_000);
  }

  it('opens working cards when the page defines <ketamine-lens-card> after a first card', async () => {
    const page = await firefox.open('/ff-own-later.html', ownCardPage());
    await hoverBoth(page);
    await page.evaluate(() =>
      (window as unknown as { defineHostile: (kind: string) => void }).defineHostile('plain'),
    );
    await hoverBoth(page);
    await page.close();
  }, 60_000);
});
