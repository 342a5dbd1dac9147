/**
 * No interference: the card's pointer handling leaves the page's own behaviour alone —
 * text selection, links, CSS :hover menus, click handlers and focus all work as without it.
 */

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtension } from './harness';
import {
  cardsOpenedBeforeProof,
  centreOf,
  expectNoCardOpened,
  hoverTerm,
  openRecordingCards,
  pointAt,
  restPointerAt,
  type TermBox,
  termBox,
  waitForCard,
} from './hover-helpers';

const lens = useExtension();

/** Clicks the middle of a term in the hover page's link and waits for the link's page. */
async function clickFollowsLink(page: Page, box: TermBox): Promise<void> {
  await Promise.all([
    page.waitForURL(/hover-target\.html$/, { timeout: 10_000 }),
    page.mouse.click(centreOf(box).x, centreOf(box).y),
  ]);
}

describe('the page keeps working', () => {
  it('selects text by a mouse drag across a highlighted term', async () => {
    const page = await openRecordingCards(lens);
    const box = await termBox(page, { within: '#myth' });
    const { y } = centreOf(box);
    const line = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('#myth') as Element);
      const rect = range.getBoundingClientRect();
      return { left: rect.left, right: rect.right };
    });
    await page.mouse.move(line.left + 2, y);
    await page.mouse.down();
    // Drag onto the term and linger there longer than the open delay, then on to the end.
    await restPointerAt(page, centreOf(box).x, y, 5);
    await page.mouse.move(line.right - 2, y, { steps: 5 });
    await page.mouse.up();
    const selected = await page.evaluate(() => getSelection()?.toString() ?? '');
    expect(selected).toContain('horse tranquilizer');
    expect(selected).toContain('Critics');
    // No card popped up over the text being selected; without a button held, one does.
    await expectNoCardOpened(page);
    await page.close();
  });

  it('selects a term with a double click', async () => {
    const page = await openRecordingCards(lens);
    const box = await termBox(page, { within: '#left' });
    await page.mouse.dblclick(centreOf(box).x, centreOf(box).y);
    expect(await page.evaluate(() => getSelection()?.toString())).toBe('Ketamine');
    await page.close();
  });

  it('delivers clicks on a term to the page’s own handlers', async () => {
    const page = await openRecordingCards(lens);
    await page.evaluate(() => {
      const w = window as unknown as { clicks: string[] };
      w.clicks = [];
      document
        .querySelector('#left')
        ?.addEventListener('click', (e) => w.clicks.push((e.target as Element).id));
    });
    await hoverTerm(page, { within: '#left' }, 'Ketamine');
    const box = await termBox(page, { within: '#left' });
    await page.mouse.click(centreOf(box).x, centreOf(box).y);
    expect(await page.evaluate(() => (window as unknown as { clicks: string[] }).clicks)).toEqual([
      'left',
    ]);
    await page.close();
  });

  it('follows a link containing a term when it is clicked at once', async () => {
    const page = await openRecordingCards(lens);
    const box = await termBox(page, { within: '#link' });
    await clickFollowsLink(page, box);
    await page.close();
  });

  it('follows a link containing a term when it is clicked with its card open', async () => {
    const page = await openRecordingCards(lens);
    const box = await pointAt(page, { within: '#link' });
    await waitForCard(page, 'Ketamine');
    await clickFollowsLink(page, box);
    await page.close();
  });

  it('opens the page’s CSS :hover menu whose trigger holds a term, and lets the pointer into it', async () => {
    const page = await openRecordingCards(lens);
    const dropdownShown = () =>
      page.evaluate(
        () => getComputedStyle(document.querySelector('#dropdown') as Element).display !== 'none',
      );
    expect(await dropdownShown()).toBe(false);
    const box = await pointAt(page, { within: '#trigger' });
    expect(box.text).toBe('Ketamine');
    expect(await dropdownShown()).toBe(true);
    // The pointer heads straight down into the menu, as a reader aiming for it does.
    const item = await page.evaluate(() => {
      const r = (document.querySelector('#dropdown') as Element).getBoundingClientRect();
      return { x: r.left + 40, y: r.top + r.height / 2 };
    });
    await restPointerAt(page, item.x, item.y, 3);
    expect(await dropdownShown()).toBe(true);
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.id, item);
    expect(hit).toBe('dropdown');
    expect(await cardsOpenedBeforeProof(page, { within: '#left' }, 'Ketamine')).toBe(0);
    await page.close();
  });

  it('keeps the page’s :hover menu open while the term’s card shows', async () => {
    const page = await openRecordingCards(lens);
    await hoverTerm(page, { within: '#trigger' }, 'Ketamine');
    expect(
      await page.evaluate(
        () => getComputedStyle(document.querySelector('#dropdown') as Element).display,
      ),
    ).toBe('block');
    await page.close();
  });

  it('never moves focus when a term is hovered and its card opens', async () => {
    const page = await openRecordingCards(lens);
    await page.focus('#field');
    await page.evaluate(() => (document.querySelector('#field') as HTMLInputElement).select());
    await hoverTerm(page, { within: '#left' }, 'Ketamine');
    const state = await page.evaluate(() => {
      const field = document.querySelector('#field') as HTMLInputElement;
      return {
        active: document.activeElement?.id,
        selection: [field.selectionStart, field.selectionEnd],
        scroll: scrollY,
      };
    });
    expect(state).toEqual({ active: 'field', selection: [0, 'typed text'.length], scroll: 0 });
    // Typing still goes to the page's field.
    await page.keyboard.type('!');
    expect(await page.inputValue('#field')).toBe('!');
    await page.close();
  });
});
