/**
 * Hit-testing: the pointer over a highlighted range opens that range's card, wherever
 * the range lives (split over elements, in a frame, in a shadow root); empty space beside a
 * term opens nothing.
 */

import { describe, expect, it } from 'vitest';
import { cardsForTerm } from '../../content/pack';
import { useExtension, waitForReady } from './harness';
import {
  cardLog,
  cardState,
  cardsOpenedBeforeProof,
  centreOf,
  frameOffset,
  hoverTerm,
  insideViewport,
  openRecordingCards,
  parkMouseAndWaitForNoCard,
  pointAt,
  recordCards,
  restPointerAt,
  termBox,
  waitForCard,
} from './hover-helpers';

const lens = useExtension();

const ketamineCards = cardsForTerm('ketamine')
  .slice(0, 2)
  .map((card) => card.id);

describe('pointing at a highlighted term', () => {
  it('opens the card of the term under the pointer', async () => {
    const page = await openRecordingCards(lens);
    const box = await pointAt(page, { within: '#left' });
    expect(box.text).toBe('Ketamine');
    const card = await waitForCard(page, 'Ketamine');
    expect(card.hosts).toBe(1);
    expect(card.ids).toEqual(ketamineCards);
    await page.close();
  });

  it('opens the myth, then its correction, for a misconception phrase', async () => {
    const page = await openRecordingCards(lens);
    const box = await pointAt(page, {
      within: '#myth',
      highlight: 'ketamine-lens-misconception',
    });
    expect(box.text).toBe('horse tranquilizer');
    const card = await waitForCard(page, '“horse tranquilizer”');
    expect(card.ids).toEqual(['myth-just-horse-tranquiliser']);
    const myth = card.text.indexOf('Myth:');
    const correction = card.text.indexOf('Correction:');
    expect(myth).toBeGreaterThan(-1);
    expect(correction).toBeGreaterThan(myth);
    await page.close();
  });

  it('opens the card for a range split across elements (<b>Keta</b>mine), on either part', async () => {
    const page = await openRecordingCards(lens);
    const box = await termBox(page, { within: '#split' });
    expect(box.text).toBe('Ketamine');
    // "Keta" is bold and "mine" plain: point at each part in turn.
    for (const x of [box.left + 6, box.right - 6]) {
      await page.mouse.move(2, 2);
      await page.waitForFunction(() => !document.querySelector('ketamine-lens-card'), undefined, {
        timeout: 5_000,
      });
      await page.mouse.move(x, box.top + box.height / 2);
      const card = await waitForCard(page, 'Ketamine');
      expect(card.ids).toEqual(ketamineCards);
    }
    await page.close();
  });

  it('opens the frame’s own card for a term inside a same-origin iframe', async () => {
    const page = await openRecordingCards(lens);
    const frame = page.frame({ url: /hover-frame\.html$/ });
    if (!frame) throw new Error('frame not found');
    await waitForReady(frame);
    const box = await pointAt(page, { within: '#framed' }, frame);
    expect(box.text).toBe('esketamine');
    const card = await waitForCard(frame, 'Esketamine');
    expect(card.ids.length).toBeGreaterThan(0);
    expect(card.ids).toEqual(
      cardsForTerm('esketamine')
        .slice(0, 2)
        .map((c) => c.id),
    );
    // The card belongs to the frame: the top document shows none.
    expect(await cardState(page)).toBeNull();
    // It is drawn inside the frame's viewport, beside the term.
    const viewport = await frame.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    expect(insideViewport(card.box, viewport)).toBe(true);
    expect(card.box.top).toBeGreaterThan(box.bottom);
    // And the real pointer reaches it there: the frame's card is on top at its centre.
    const offset = await frameOffset(frame);
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.id, {
      x: offset.x + card.box.left + 20,
      y: offset.y + card.box.top + 20,
    });
    expect(hit).toBe('frame');
    await page.close();
  });

  it('opens the card for a term inside an open shadow root', async () => {
    const page = await openRecordingCards(lens);
    const box = await pointAt(page, { within: '#inner', shadowHost: '#shadow-host' });
    expect(box.text).toBe('esketamine');
    const card = await waitForCard(page, 'Esketamine');
    expect(card.hosts).toBe(1);
    await page.close();
  });
});

describe('pointing beside a term', () => {
  it('opens nothing far to the right of the line’s end', async () => {
    const page = await openRecordingCards(lens);
    const box = await termBox(page, { within: '#myth' });
    const lineEnd = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('#myth') as Element);
      return range.getBoundingClientRect().right;
    });
    await page.mouse.move(lineEnd + 200, centreOf(box).y);
    expect(await cardsOpenedBeforeProof(page, { within: '#left' }, 'Ketamine')).toBe(0);
    await page.close();
  });

  it('opens nothing in a block’s padding beside, above or after a term', async () => {
    const page = await openRecordingCards(lens);
    const box = await termBox(page, { within: '#padded' });
    const { x, y } = centreOf(box);
    const points = [
      { x: box.left - 30, y }, // left padding, on the term's line
      { x, y: box.top - 20 }, // top padding, above the term
      { x: box.right + 40, y }, // empty content area after the term
      { x, y: box.bottom + 20 }, // bottom padding, below the term
    ];
    for (const point of points) {
      await page.mouse.move(point.x, point.y);
      expect(
        await cardsOpenedBeforeProof(page, { within: '#left' }, 'Ketamine'),
        JSON.stringify(point),
      ).toBe(0);
      await parkMouseAndWaitForNoCard(page);
      await recordCards(page);
    }
    // The same block does open the card with the pointer on the word itself.
    await page.mouse.move(x, y);
    await waitForCard(page, 'Ketamine');
    await page.close();
  });
});

describe('inside the page’s modal dialog', () => {
  it('opens a live card for a term in the dialog: the pointer can move into it and use it', async () => {
    const page = await openRecordingCards(lens, '/hover-dialog.html');
    const card = await hoverTerm(page, { within: '#in-dialog' }, 'Ketamine');
    // Everything outside a modal dialog is inert; the card must not be: past the close delay
    // with the pointer in it, it is still the one card opened (the button below is the proof
    // that it is live).
    await restPointerAt(page, card.box.left + 60, card.box.top + 60, 4);
    expect(await cardState(page)).not.toBeNull();
    expect((await cardLog(page)).closed).toEqual([]);
    const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, {
      x: card.box.left + 60,
      y: card.box.top + 60,
    });
    expect(onTop).toBe('ketamine-lens-card');
    const opened = lens.context.waitForEvent('page', { timeout: 10_000 });
    await page.getByRole('button', { name: 'Search all cards for “Ketamine”' }).click();
    await (await opened).close();
    await page.close();
  });

  it('opens nothing for an inert term behind the dialog', async () => {
    const page = await openRecordingCards(lens, '/hover-dialog.html');
    await pointAt(page, { within: '#behind' });
    expect(await cardsOpenedBeforeProof(page, { within: '#in-dialog' }, 'Ketamine')).toBe(0);
    await page.close();
  });
});
