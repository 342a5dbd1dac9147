/**
 * Hover intent: crossing a term opens nothing, resting on it opens its card after a
 * delay, the card survives the trip into it and closes when the pointer leaves both, on
 * Escape, or when its term scrolls away; only one card is ever shown.
 */

import { describe, expect, it } from 'vitest';
import { useExtension } from './harness';
import {
  type CardLog,
  CLOSE_DELAY,
  cardLog,
  cardState,
  centreOf,
  expectNoCardOpened,
  HOVER_PAGE_MYTH,
  hoverTerm,
  MYTH_HEADING,
  OPEN_DELAY,
  openRecordingCards,
  parkMouseAndWaitForNoCard,
  pointAt,
  restPointerAt,
  termBox,
  waitForCard,
  waitForNoCard,
  waitForPageTimeSinceMove,
} from './hover-helpers';

const lens = useExtension();

/** `at` (page time) came `delay` after the log's last pointer move, give or take timer slack. */
function expectDelayAfterMove(at: number | undefined, log: CardLog, delay: number): void {
  const waited = (at as number) - log.lastMove;
  expect(waited).toBeGreaterThanOrEqual(delay - 20);
  expect(waited).toBeLessThan(delay + 700);
}

describe('hover intent', () => {
  it('opens nothing when the pointer just crosses a term', async () => {
    const page = await openRecordingCards(lens);
    const box = await termBox(page, { within: '#myth' });
    const { y } = centreOf(box);
    await page.mouse.move(box.left - 40, y);
    await page.evaluate(() => {
      const moves: [number, number][] = [];
      (window as unknown as { __moves: typeof moves }).__moves = moves;
      document.addEventListener('pointermove', (e) => moves.push([performance.now(), e.clientX]));
    });
    // Two moves: onto the middle of the term, then off it past its end.
    await page.mouse.move(box.right + 40, y, { steps: 2 });
    // The premise: the pointer was on the term for well under 100 ms before moving away.
    const onTerm = await page.evaluate(
      ({ left, right }) => {
        const moves = (window as unknown as { __moves: [number, number][] }).__moves;
        const first = moves.findIndex(([, x]) => x >= left && x <= right);
        const away = moves.findIndex(([, x], i) => i > first && x > right);
        return first < 0 || away < 0 ? -1 : (moves[away]?.[0] ?? 0) - (moves[first]?.[0] ?? 0);
      },
      { left: box.left, right: box.right },
    );
    expect(onTerm).toBeGreaterThanOrEqual(0);
    expect(onTerm).toBeLessThan(100);
    // The positive signal: resting on a term does open its card, and it is the only one.
    await expectNoCardOpened(page);
    await page.close();
  });

  it('opens nothing when the pointer sweeps across several terms on its way elsewhere', async () => {
    const page = await openRecordingCards(lens);
    await page.mouse.move(20, 20);
    // A diagonal sweep over the first lines, which hold four highlighted ranges.
    await page.mouse.move(980, 320, { steps: 12 });
    await expectNoCardOpened(page);
    await page.close();
  });

  it('opens the card once the pointer has rested on the term for the open delay', async () => {
    const page = await openRecordingCards(lens);
    await pointAt(page, { within: '#left' });
    // Well inside the delay, on the page's clock: nothing yet.
    await waitForPageTimeSinceMove(page, 100);
    expect(await cardState(page)).toBeNull();
    await waitForCard(page, 'Ketamine');
    const log = await cardLog(page);
    expect(log.opened).toHaveLength(1);
    expectDelayAfterMove(log.opened[0], log, OPEN_DELAY);
    await page.close();
  });

  it('stays open while the pointer travels from the term into the card, and inside it', async () => {
    const page = await openRecordingCards(lens);
    const box = await pointAt(page, { within: '#left' });
    const card = await waitForCard(page, 'Ketamine');
    const from = centreOf(box);
    const to = { x: card.box.left + card.box.width / 2, y: card.box.top + 40 };
    // A human-speed trip, about 200 ms of the page's time, crossing the gap between term and card.
    for (let i = 1; i <= 8; i++) {
      await page.mouse.move(from.x + ((to.x - from.x) * i) / 8, from.y + ((to.y - from.y) * i) / 8);
      await waitForPageTimeSinceMove(page, 25);
    }
    // Wander about inside the card.
    await page.mouse.move(card.box.left + 20, card.box.bottom - 20, { steps: 5 });
    // Past the close delay on the page's clock, the card is still there...
    await restPointerAt(page, card.box.right - 20, card.box.top + card.box.height / 2, 5);
    expect(await cardState(page)).not.toBeNull();
    const log = await cardLog(page);
    expect(log.opened).toHaveLength(1);
    expect(log.closed).toEqual([]);
    // ...and the close path was live all along: leaving both closes it.
    await parkMouseAndWaitForNoCard(page);
    await page.close();
  });

  it('closes shortly after the pointer leaves both term and card', async () => {
    const page = await openRecordingCards(lens);
    await hoverTerm(page, { within: '#left' }, 'Ketamine');
    // Empty body to the right of the frame, below the first lines.
    await page.mouse.move(900, 600);
    await waitForNoCard(page, 3_000);
    const log = await cardLog(page);
    expectDelayAfterMove(log.closed[0], log, CLOSE_DELAY);
    await page.close();
  });

  it('closes on Escape', async () => {
    const page = await openRecordingCards(lens);
    await hoverTerm(page, { within: '#left' }, 'Ketamine');
    await page.keyboard.press('Escape');
    await waitForNoCard(page, 1_000);
    await page.close();
  });

  it('closes when its term scrolls out of view', async () => {
    const page = await openRecordingCards(lens);
    await hoverTerm(page, { within: '#left' }, 'Ketamine');
    // Scrolled by script, so no pointer move is involved: the scroll alone closes it.
    const scrolledAt = await page.evaluate(() => {
      window.scrollBy({ top: 400, behavior: 'instant' });
      return performance.now();
    });
    await waitForNoCard(page, 2_000);
    expect((await cardLog(page)).lastMove).toBeLessThan(scrolledAt);
    await page.close();
  });

  it('shows one card at a time: pointing at a second term replaces the first card', async () => {
    const page = await openRecordingCards(lens);
    await hoverTerm(page, { within: '#left' }, 'Ketamine');
    // Along the line to the term at its far end, clear of the card below.
    const right = await termBox(page, { within: '#right' });
    await page.mouse.move(centreOf(right).x, centreOf(right).y, { steps: 4 });
    const second = await waitForCard(page, 'Esketamine');
    expect(second.hosts).toBe(1);
    // And then the myth on the next line.
    await page.mouse.move(990, 60, { steps: 2 });
    const third = await hoverTerm(page, HOVER_PAGE_MYTH, MYTH_HEADING);
    expect(third.hosts).toBe(1);
    const log = await cardLog(page);
    expect(log.max).toBeLessThanOrEqual(1);
    expect(log.opened.length).toBeGreaterThanOrEqual(3);
    await page.close();
  });
});
