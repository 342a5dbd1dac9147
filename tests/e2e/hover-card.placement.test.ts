/**
 * Placement: the card sits beside its term, never off-screen (it flips above a term
 * near the bottom and shifts in from the sides), follows its term when the page or a scroll
 * box scrolls, and keeps to these rules on right-to-left and zoomed pages.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtension } from './harness';
import {
  type Box,
  type CardState,
  cardState,
  gapBetween,
  hoverTerm,
  insideViewport,
  parkMouseAndWaitForNoCard,
  pointAt,
  shoot,
  type TermBox,
  type TermQuery,
  termBox,
  waitForCard,
} from './hover-helpers';

const lens = useExtension();

// card-host.tsx: offset(6) from the term, 8 px kept clear of the viewport's edges.
const MAX_GAP = 12;

/** The card is fully on screen, right above or below the term's line, and does not cover it. */
function expectBeside(card: CardState, term: TermBox, viewport: { width: number; height: number }) {
  const line: Box = term.rects[0] ?? term;
  expect(insideViewport(card.box, viewport), JSON.stringify({ card: card.box, viewport })).toBe(
    true,
  );
  const gap = gapBetween(card.box, line);
  // Horizontally the card overlaps the term's extent; vertically it is just above or below.
  expect(gap.x, JSON.stringify({ card: card.box, line })).toBe(0);
  expect(gap.y, JSON.stringify({ card: card.box, line })).toBeGreaterThan(0);
  expect(gap.y, JSON.stringify({ card: card.box, line })).toBeLessThanOrEqual(MAX_GAP);
}

async function hoverAndCheck(page: Page, query: TermQuery, heading: string): Promise<CardState> {
  await parkMouseAndWaitForNoCard(page);
  await pointAt(page, query);
  // Every page here asks for reduced motion: the card shows in place, without the appear
  // animation whose transform would move its box by 2 px.
  await waitForCard(page, heading);
  const card = (await cardState(page)) as CardState;
  const term = await termBox(page, query);
  expectBeside(card, term, page.viewportSize() as { width: number; height: number });
  return card;
}

/** Waits until the card's top is at `expected` (within 1.5 px), checked every frame. */
async function waitForCardTop(page: Page, expected: number): Promise<void> {
  await page.waitForFunction(
    (top) => {
      const dialog = document
        .querySelector('ketamine-lens-card')
        ?.shadowRoot?.querySelector('[role=dialog]');
      return !!dialog && Math.abs(dialog.getBoundingClientRect().top - top) < 1.5;
    },
    expected,
    { timeout: 2_000, polling: 'raf' },
  );
}

/** The page of terms at each edge, in front, with reduced motion (see hoverAndCheck). */
const openEdges = () => lens.open('/hover-edges.html', { front: true, reducedMotion: true });

describe('near the viewport’s edges', () => {
  it('opens below a term, aligned with its start, when there is room', async () => {
    const page = await openEdges();
    const card = await hoverAndCheck(page, { within: '#left-edge' }, 'Ketamine');
    const term = await termBox(page, { within: '#left-edge' });
    expect(card.box.top).toBeGreaterThan(term.bottom);
    // At the left edge the card is shifted in to keep 8 px clear.
    expect(card.box.left).toBeGreaterThanOrEqual(8 - 0.5);
    await shoot(page, 'edge-left');
    await page.close();
  });

  it('shifts left for a term at the right edge', async () => {
    const page = await openEdges();
    const card = await hoverAndCheck(page, { within: '#right-edge' }, 'Ketamine');
    expect(card.box.right).toBeLessThanOrEqual(1000 - 8 + 0.5);
    await shoot(page, 'edge-right');
    await page.close();
  });

  // Which side of its term the card opens on, by where the term is: [test, term, card, side, shot].
  it.each([
    ['flips above a term at the bottom edge', '#bottom-edge', 'Ketamine', 'above', 'edge-bottom'],
    [
      'flips and shifts for a term in the bottom-right corner',
      '#corner',
      'Esketamine',
      'above',
      'edge-corner',
    ],
    ['opens below a term at the very top', '#top-edge', 'Esketamine', 'below', undefined],
  ] as const)('%s', async (_, within, heading, side, shot) => {
    const page = await openEdges();
    const card = await hoverAndCheck(page, { within }, heading);
    const term = await termBox(page, { within });
    if (side === 'above') expect(card.box.bottom).toBeLessThan(term.top);
    else expect(card.box.top).toBeGreaterThan(term.bottom);
    if (shot) await shoot(page, shot);
    await page.close();
  });

  it('shrinks to fit a short viewport, keeping its source line in view', async () => {
    const page = await openEdges();
    // The term is half-way down: neither side has room for the card's natural 480 px.
    await page.setViewportSize({ width: 1000, height: 600 });
    const card = await hoverAndCheck(page, { within: '#middle' }, 'Ketamine');
    expect(card.box.height).toBeLessThan(300);
    const footerShown = await page.evaluate(() => {
      const shadow = document.querySelector('ketamine-lens-card')?.shadowRoot;
      const dialog = shadow?.querySelector('[role=dialog]')?.getBoundingClientRect();
      const note = shadow?.querySelector('.kl-hover__source-toggle')?.getBoundingClientRect();
      return !!dialog && !!note && note.top >= dialog.top && note.bottom <= dialog.bottom + 0.5;
    });
    expect(footerShown).toBe(true);
    await shoot(page, 'short-viewport');
    await page.close();
  });

  it('stays on screen, scrolling its content, in a very short viewport', async () => {
    const page = await openEdges();
    await page.setViewportSize({ width: 1000, height: 420 });
    await hoverAndCheck(page, { within: '#middle' }, 'Ketamine');
    // Everything stays reachable: what does not fit scrolls inside the card.
    const reachable = await page.evaluate(() => {
      const shadow = document.querySelector('ketamine-lens-card')?.shadowRoot;
      const dialog = shadow?.querySelector<HTMLElement>('[role=dialog]');
      if (!dialog) return false;
      dialog.scrollTop = dialog.scrollHeight;
      const box = dialog.getBoundingClientRect();
      const note = shadow?.querySelector('.kl-hover__source-toggle')?.getBoundingClientRect();
      return !!note && note.bottom <= box.bottom + 0.5 && note.top >= box.top;
    });
    expect(reachable).toBe(true);
    await shoot(page, 'very-short-viewport');
    await page.close();
  });
});

describe('following its term', () => {
  it('moves with the term when the page scrolls', async () => {
    const page = await lens.open('/hover-scroll.html', { front: true, reducedMotion: true });
    await hoverTerm(page, { within: '#page-term' }, 'Ketamine');
    const before = (await cardState(page)) as CardState;
    const termBefore = await termBox(page, { within: '#page-term' });
    await page.evaluate(() => window.scrollBy({ top: 80, behavior: 'instant' }));
    const termAfter = await termBox(page, { within: '#page-term' });
    expect(termAfter.top).toBeCloseTo(termBefore.top - 80, 0);
    // The card follows within a frame or two.
    await waitForCardTop(page, before.box.top - 80);
    const after = (await cardState(page)) as CardState;
    expect(after.box.left).toBeCloseTo(before.box.left, 0);
    await page.close();
  });

  it('moves with the term when a scroll box scrolls', async () => {
    const page = await lens.open('/hover-scroll.html', { front: true, reducedMotion: true });
    await hoverTerm(page, { within: '#boxed' }, 'Esketamine');
    const before = (await cardState(page)) as CardState;
    await page.evaluate(() => document.querySelector('#scroller')?.scrollBy({ top: 30 }));
    await waitForCardTop(page, before.box.top - 30);
    await page.close();
  });
});

describe('right-to-left and zoomed pages', () => {
  it('sits beside its term and on screen on a right-to-left page', async () => {
    const page = await lens.open('/hover-rtl.html', { front: true, reducedMotion: true });
    await hoverAndCheck(page, { within: '#start' }, 'Ketamine');
    await shoot(page, 'rtl');
    await hoverAndCheck(page, { within: '#middle' }, 'Esketamine');
    await hoverAndCheck(page, { within: '#far-left' }, 'Ketamine');
    // The card's English text still reads left to right.
    const direction = await page.evaluate(() => {
      const dialog = document
        .querySelector('ketamine-lens-card')
        ?.shadowRoot?.querySelector('[role=dialog]');
      return dialog ? getComputedStyle(dialog).direction : null;
    });
    expect(direction).toBe('ltr');
    await page.close();
  });

  for (const target of ['html', 'body'] as const) {
    it(`sits beside its term and on screen when the page sets zoom: 1.5 on <${target}>`, async () => {
      const page = await lens.open('/hover-page.html', { front: true, reducedMotion: true });
      await page.evaluate((element) => {
        const node = element === 'html' ? document.documentElement : document.body;
        node.style.zoom = '1.5';
      }, target);
      const plain = await hoverAndCheck(page, { within: '#left' }, 'Ketamine');
      await shoot(page, `zoom-${target}`);
      await hoverAndCheck(page, { within: '#right' }, 'Esketamine');
      // The card is not blown up (nor shrunk) by the page's zoom.
      expect(plain.box.width).toBeGreaterThan(300);
      expect(plain.box.width).toBeLessThan(400);
      await page.close();
    });
  }
});
