/**
 * The hover card against a page that works against it: forged input,
 * document.open(), its own <ketamine-lens-card>, and a highlightsFromPoint() that answers
 * nothing (device emulation at a device pixel ratio of 2).
 */

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtension, waitForReady } from './harness';
import {
  cardLog,
  centreOf,
  hoverTerm,
  openInFront,
  parkMouseAndWaitForNoCard,
  pointAt,
  recordCards,
  termBox,
  waitForCard,
  waitForTerm,
} from './hover-helpers';
import { forgeSearchClick, forgeTouchTap, ownCardPage } from './interference-helpers';

const lens = useExtension({ hasTouch: true });

/** The centre of the card's "Search all cards" button, in viewport coordinates. */
async function searchButton(page: Page): Promise<{ x: number; y: number }> {
  // Playwright's CSS reaches into the card's open shadow root.
  const box = await page.locator('ketamine-lens-card .kl-hover__more').boundingBox();
  if (!box) throw new Error('no search button in the card');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('device emulation at a device pixel ratio of 2', () => {
  it('opens the card although highlightsFromPoint() finds nothing', async () => {
    const page = await lens.context.newPage();
    const cdp = await lens.context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: 1000,
      height: 800,
      deviceScaleFactor: 2,
      mobile: false,
    });
    await page.goto(lens.server.url('/hover-page.html'));
    await waitForReady(page);
    const box = await pointAt(page, { within: '#left' });
    // The premise: the browser's own answer at that point is empty.
    const fromPoint = await page.evaluate(({ x, y }) => {
      const registry = CSS.highlights as unknown as {
        highlightsFromPoint?: (x: number, y: number) => unknown[];
      };
      return registry.highlightsFromPoint?.(x, y).length ?? null;
    }, centreOf(box));
    expect(fromPoint === 0 || fromPoint === null).toBe(true);
    await waitForCard(page, 'Ketamine');
    await page.close();
  });
});

describe('forged input', () => {
  it('opens no card for a page’s synthetic touch pointerup on a term', async () => {
    const page = await openInFront(lens);
    await recordCards(page);
    const point = centreOf(await termBox(page, { within: '#left' }));
    await page.evaluate(forgeTouchTap, point);
    // A real tap afterwards proves the handler is live; it must be the only card opened.
    await page.touchscreen.tap(point.x, point.y);
    await waitForCard(page, 'Ketamine');
    expect((await cardLog(page)).opened).toHaveLength(1);
    await page.close();
  });

  it('opens no tab for a page’s .click() on the card’s search button; a real click opens one', async () => {
    const page = await openInFront(lens);
    // The page clicks the Esketamine card's button...
    await hoverTerm(page, { within: '#right' }, 'Esketamine');
    await page.evaluate(forgeSearchClick);
    // ...then the reader clicks the Ketamine card's. Tabs open in the order asked for, so
    // once the reader's search tab is there, one from the forged clicks would be too.
    await hoverTerm(page, { within: '#left' }, 'Ketamine');
    const button = await searchButton(page);
    await page.mouse.move(button.x, button.y, { steps: 3 });
    await page.mouse.click(button.x, button.y);
    const searchTab = (q: string) =>
      lens.context.pages().filter((tab) => new URL(tab.url()).searchParams.get('q') === q);
    await expect.poll(() => searchTab('Ketamine').length, { timeout: 10_000 }).toBe(1);
    expect(searchTab('Esketamine')).toEqual([]);
    for (const tab of searchTab('Ketamine')) await tab.close();
    await page.close();
  });
});

describe('a page that rewrites itself with document.open()', () => {
  it('still opens cards on the new document’s terms', async () => {
    const page = await openInFront(lens);
    await page.evaluate(() => {
      document.open();
      document.write(
        '<!doctype html><html lang="en"><body><p id="fresh">Written anew: ketamine.</p></body></html>',
      );
      document.close();
    });
    await waitForTerm(page, { within: '#fresh', highlight: 'ketamine-lens-term' });
    await hoverTerm(page, { within: '#fresh' }, 'Ketamine');
    await parkMouseAndWaitForNoCard(page);
    // And again, after a second rewrite.
    await page.evaluate(() => {
      document.open();
      document.write('<p id="again">Once more on esketamine.</p>');
      document.close();
    });
    await waitForTerm(page, { within: '#again', highlight: 'ketamine-lens-term' });
    await hoverTerm(page, { within: '#again' }, 'Esketamine');
    await page.close();
  });
});

/** Hovers both terms in turn; each must open its own, visible card. */
async function hoverBoth(page: Page): Promise<void> {
  for (const [within, heading] of [
    ['#one', 'Ketamine'],
    ['#two', 'Esketamine'],
  ] as const) {
    const card = await hoverTerm(page, { within }, heading);
    expect(card.shadowMode).toBe('open');
    expect(card.hosts).toBe(1);
    expect(card.box.width).toBeGreaterThan(100);
    expect(card.ids.length).toBeGreaterThan(0);
    await parkMouseAndWaitForNoCard(page);
  }
}

describe('a page that defines its own <ketamine-lens-card>', () => {
  for (const kind of ['takes-shadow', 'throws', 'plain'] as const) {
    it(`before we start (${kind}): the card opens and works, and the page’s class never runs on it`, async () => {
      const page = await lens.open(
        lens.server.page(`/hostile-before-${kind}.html`, ownCardPage(kind)),
      );
      await hoverBoth(page);
      expect(
        await page.evaluate(() => (window as unknown as { __klPageClass: string[] }).__klPageClass),
      ).toEqual([]);
      await page.close();
    });
  }

  it('after we start, between two cards: the next card opens and works', async () => {
    const page = await lens.open(lens.server.page('/hostile-later.html', ownCardPage()));
    await hoverBoth(page);
    await page.evaluate(() =>
      (window as unknown as { defineHostile: (k: string) => void }).defineHostile('plain'),
    );
    await hoverBoth(page);
    expect(
      await page.evaluate(() => (window as unknown as { __klPageClass: string[] }).__klPageClass),
    ).toEqual([]);
    await page.close();
  });
});
