/**
 * Touch: a tap on a term opens its card at once, a tap on a term inside a link follows
 * the link instead, and a tap elsewhere closes the card. Needs a context with a touchscreen.
 */

import { describe, expect, it } from 'vitest';
import { useExtension } from './harness';
import {
  type CardState,
  cardLog,
  cardState,
  centreOf,
  HOVER_PAGE_MYTH,
  MYTH_HEADING,
  openInFront,
  recordCards,
  termBox,
  waitForCard,
  waitForCardAnimations,
  waitForNoCard,
} from './hover-helpers';

const lens = useExtension({ hasTouch: true });

describe('tapping', () => {
  it('opens the card of a tapped term', async () => {
    const page = await openInFront(lens);
    const box = await termBox(page, { within: '#left' });
    await page.touchscreen.tap(centreOf(box).x, centreOf(box).y);
    const card = await waitForCard(page, 'Ketamine', 2_000);
    expect(card.hosts).toBe(1);
    expect(card.ids.length).toBe(2);
    await page.close();
  });

  it('opens the myth card for a tapped misconception', async () => {
    const page = await openInFront(lens);
    const box = await termBox(page, HOVER_PAGE_MYTH);
    await page.touchscreen.tap(centreOf(box).x, centreOf(box).y);
    await waitForCard(page, MYTH_HEADING, 2_000);
    await page.close();
  });

  it('closes the card on a tap elsewhere, and keeps it on a tap inside it', async () => {
    const page = await openInFront(lens);
    const box = await termBox(page, { within: '#left' });
    await page.touchscreen.tap(centreOf(box).x, centreOf(box).y);
    const card = await waitForCard(page, 'Ketamine', 2_000);
    // A tap on the card's own text leaves it open. Taps are handled on pointerup, which the
    // tap has delivered by the time it returns; the tap below is the proof that taps act.
    await recordCards(page);
    await page.touchscreen.tap(card.box.left + 60, card.box.top + 20);
    expect(await cardState(page)).not.toBeNull();
    expect((await cardLog(page)).closed).toEqual([]);
    // A tap on empty page closes it.
    await page.touchscreen.tap(900, 600);
    await waitForNoCard(page, 2_000);
    await page.close();
  });

  it('replaces the card when another term is tapped', async () => {
    const page = await openInFront(lens);
    const left = await termBox(page, { within: '#left' });
    await page.touchscreen.tap(centreOf(left).x, centreOf(left).y);
    await waitForCard(page, 'Ketamine', 2_000);
    const right = await termBox(page, { within: '#right' });
    await page.touchscreen.tap(centreOf(right).x, centreOf(right).y);
    const card = await waitForCard(page, 'Esketamine', 2_000);
    expect(card.hosts).toBe(1);
    await page.close();
  });

  it('follows a link when a term inside it is tapped', async () => {
    const page = await openInFront(lens);
    const box = await termBox(page, { within: '#link' });
    expect(box.text).toBe('ketamine');
    await Promise.all([
      page.waitForURL(/hover-target\.html$/, { timeout: 10_000 }),
      page.touchscreen.tap(centreOf(box).x, centreOf(box).y),
    ]);
    await page.waitForSelector('#arrived');
    await page.close();
  });

  it('opens no card for a tapped term inside a link', async () => {
    const page = await openInFront(lens);
    // Keep the page here (as a single-page app's router would) to watch for a card.
    await page.evaluate(() =>
      document.querySelector('#link')?.addEventListener('click', (e) => e.preventDefault()),
    );
    await recordCards(page);
    const box = await termBox(page, { within: '#link' });
    await page.touchscreen.tap(centreOf(box).x, centreOf(box).y);
    expect(await cardState(page)).toBeNull();
    // The positive signal: a tap on a plain term then opens its card, the only one opened.
    const term = centreOf(await termBox(page, { within: '#left' }));
    await page.touchscreen.tap(term.x, term.y);
    await waitForCard(page, 'Ketamine', 2_000);
    expect((await cardLog(page)).opened).toHaveLength(1);
    expect(await cardState(page)).not.toBeNull();
    await page.close();
  });
});

describe('on a phone', () => {
  /** A long page with a term low on the first screen: a card beside it would cover it. */
  const phonePage = () => {
    const filler = '<p>Plain words about clinics, sessions and the people who run them.</p>'.repeat(
      12,
    );
    return lens.server.page(
      '/phone.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <style>body { font: 18px/1.6 Georgia, serif; margin: 0; padding: 16px; }</style></head>
      <body>${filler}<p id="low">A clinic there offers ketamine to some patients.</p>${filler}</body></html>`,
    );
  };

  it('docks the card to the bottom as a sheet and keeps the tapped word in view above it', async () => {
    const page = await lens.open(phonePage(), { front: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => {
      const low = document.querySelector('#low') as HTMLElement;
      window.scrollTo({ top: low.offsetTop - 700, behavior: 'instant' });
    });
    const before = await termBox(page, { within: '#low' });
    expect(before.bottom).toBeGreaterThan(844 / 2);
    await page.touchscreen.tap(centreOf(before).x, centreOf(before).y);
    const card = await waitForCard(page, 'Ketamine', 2_000);
    await waitForCardAnimations(page);
    const now = (await cardState(page)) as CardState;
    const word = await termBox(page, { within: '#low' });
    // Full width with 8 px margins, docked to the bottom, at most half the screen tall.
    expect(now.box.left).toBeCloseTo(8, 0);
    expect(now.box.right).toBeCloseTo(390 - 8, 0);
    expect(now.box.bottom).toBeCloseTo(844 - 8, 0);
    expect(now.box.height).toBeLessThanOrEqual(844 / 2 + 1);
    // The word is fully on screen and not under the sheet.
    expect(word.top).toBeGreaterThanOrEqual(0);
    expect(word.bottom).toBeLessThan(now.box.top);
    expect(card.ids.length).toBe(2);
    await page.screenshot({ path: '/tmp/hover-phone-sheet.png' });
    await page.close();
  });
});
