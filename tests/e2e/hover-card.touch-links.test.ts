/**
 * Touch on a highlighted word inside a link: a tap follows the link (see
 * hover-card.touch.test.ts), a long press opens the word's card and the link is not followed
 * after it; a page's forged long press opens nothing. Real touch through CDP
 * (`Input.dispatchTouchEvent`), which Chromium handles as trusted input.
 */

import type { CDPSession, Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtension, waitForReady } from './harness';
import {
  cardLog,
  cardState,
  centreOf,
  frameOffset,
  openInFront,
  recordCards,
  termBox,
  waitForCard,
  waitForNoCard,
} from './hover-helpers';
import { expectLinkNotFollowed } from './interference-helpers';
import { linkClicks, recordLinkClicks } from './page-side';

const lens = useExtension({ hasTouch: true });

/** One finger, put down and held until `release` is called. */
async function pressAndHold(page: Page, point: { x: number; y: number }) {
  const cdp: CDPSession = await lens.context.newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', {
    type: 'touchStart',
    touchPoints: [{ x: point.x, y: point.y }],
  });
  return {
    move: (to: { x: number; y: number }) =>
      cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [{ x: to.x, y: to.y }],
      }),
    release: async () => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await cdp.detach();
    },
  };
}

async function recordClicks(target: Page | Frame): Promise<void> {
  await target.evaluate(recordLinkClicks);
}

describe('a long press on a highlighted word inside a link', () => {
  it('opens the word’s card, keeps it open on release, and does not follow the link', async () => {
    const page = await openInFront(lens);
    await recordClicks(page);
    const box = await termBox(page, { within: '#link' });
    expect(box.text).toBe('ketamine');
    const finger = await pressAndHold(page, centreOf(box));
    // Opened while the finger is still down.
    const card = await waitForCard(page, 'Ketamine', 3_000);
    expect(card.hosts).toBe(1);
    await finger.release();
    // Lifting the finger neither closes the card nor follows the link.
    expect(await cardState(page)).not.toBeNull();
    // A later tap on empty page closes the card: the press and its click are done by then.
    await page.touchscreen.tap(900, 600);
    await waitForNoCard(page, 2_000);
    // Chromium sends a click when a long press ends (Android sends none): it is cancelled.
    expectLinkNotFollowed(await page.evaluate(linkClicks), page.url(), '/hover-page.html');
    await page.close();
  });

  it('lets a tap on the same word follow the link afterwards', async () => {
    const page = await openInFront(lens);
    const box = await termBox(page, { within: '#link' });
    const finger = await pressAndHold(page, centreOf(box));
    await waitForCard(page, 'Ketamine', 3_000);
    await finger.release();
    await Promise.all([
      page.waitForURL(/hover-target\.html$/, { timeout: 10_000 }),
      page.touchscreen.tap(centreOf(box).x, centreOf(box).y),
    ]);
    await page.waitForSelector('#arrived');
    await page.close();
  });
});

describe('a page’s forged long press', () => {
  /** A link word in the page, and one in a frame with its own content script (the signal). */
  const twoLinks = () => {
    const body = (id: string) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <style>body { font: 18px/1.6 Georgia, serif; margin: 16px; }</style></head>
      <body><p>Read <a id="${id}" href="/hover-target.html">the ketamine story</a> now.</p>`;
    lens.server.page('/forged-frame.html', `${body('framed-link')}</body></html>`);
    return lens.server.page(
      '/forged.html',
      `${body('link')}<iframe src="/forged-frame.html" style="width:600px;height:200px"></iframe></body></html>`,
    );
  };

  it('opens no card: pointer events and a contextmenu the page dispatches are ignored', async () => {
    const page = await lens.open(twoLinks(), { front: true });
    const frame = page.frames().find((f) => f.url().endsWith('/forged-frame.html')) as Frame;
    await waitForReady(frame);
    await recordCards(page);
    const point = centreOf(await termBox(page, { within: '#link' }));
    await page.evaluate(({ x, y }) => {
      const target = document.elementFromPoint(x, y) as Element;
      const init = {
        bubbles: true,
        cancelable: true,
        composed: true,
        clientX: x,
        clientY: y,
        pointerType: 'touch',
        isPrimary: true,
        pointerId: 7,
      };
      target.dispatchEvent(new PointerEvent('pointerdown', init));
      target.dispatchEvent(new PointerEvent('contextmenu', init));
    }, point);
    // A real long press in the frame, begun after the forged one and held until its card
    // shows, outlasts any timer the forged press could have started in the page.
    const offset = await frameOffset(frame);
    const framed = centreOf(await termBox(frame, { within: '#framed-link' }));
    const finger = await pressAndHold(page, { x: offset.x + framed.x, y: offset.y + framed.y });
    await waitForCard(frame, 'Ketamine', 3_000);
    await finger.release();
    expect(await cardState(page)).toBeNull();
    expect((await cardLog(page)).opened).toEqual([]);
    await page.close();
  });
});
