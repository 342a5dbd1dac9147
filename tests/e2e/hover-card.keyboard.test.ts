/**
 * Keyboard and screen readers: the "next-term" command (Alt+Shift+K) reaches the
 * content script as {type:'step-term'}; each step scrolls the next term into view and opens its
 * card with focus inside; Tab moves within the card; Escape closes it and gives focus back.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, useExtension } from './harness';
import {
  type CardState,
  cardState,
  recordCards,
  restPointerAt,
  shoot,
  type TermQuery,
  termBox,
  waitForCard,
  waitForNoCard,
} from './hover-helpers';

const lens = useExtension();

interface TabsApi {
  query(query: object): Promise<{ id?: number }[]>;
  sendMessage(tabId: number, message: unknown, options: object): Promise<unknown>;
}

/** What the background does on Alt+Shift+K: message the active tab's top frame. */
async function stepTerm(): Promise<unknown> {
  return lens.browser.worker.evaluate(async () => {
    // The worker's `chrome` global; typed here as far as this uses it.
    const { tabs } = (globalThis as unknown as { chrome: { tabs: TabsApi } }).chrome;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tabs.sendMessage(tab.id, { type: 'step-term' }, { frameId: 0 });
  });
}

async function open(path = '/hover-keyboard.html'): Promise<Page> {
  // Only the page under test is open, and it is the active tab; with reduced motion the card
  // shows in place at once, ready for a screenshot.
  for (const other of lens.context.pages()) await other.close();
  return lens.open(path, { front: true, reducedMotion: true });
}

/** The element focused in the page, described through shadow roots. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    const chain: string[] = [];
    while (active) {
      chain.push(`${active.localName}${active.id ? `#${active.id}` : ''}`);
      active = active.shadowRoot?.activeElement ?? null;
    }
    return chain.join(' > ');
  });
}

async function expectInView(page: Page, query: TermQuery) {
  const box = await termBox(page, query);
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.bottom).toBeLessThanOrEqual(800);
}

describe('the next-term command', () => {
  it('is declared in the manifest with the suggested key Alt+Shift+K', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.commands['next-term'].suggested_key.default).toBe('Alt+Shift+K');
  });

  it('steps through the terms in document order, scrolling each into view, wrapping round', async () => {
    const page = await open();
    const stops: [TermQuery, string][] = [
      [{ within: '#k1' }, 'Ketamine'],
      [{ within: '#k2' }, '“horse tranquilizer”'],
      [{ within: '#inner', shadowHost: '#k3' }, 'Esketamine'],
      [{ within: '#k4' }, 'Ketamine'],
      [{ within: '#k1' }, 'Ketamine'],
    ];
    let previous = -1;
    for (const [query, heading] of stops) {
      expect(await stepTerm()).toBe(true);
      const card = await waitForCard(page, heading);
      expect(card.hosts).toBe(1);
      expect(card.focusInside).toBe(true);
      await expectInView(page, query);
      // The card is next to this stop's term, not an earlier one.
      const term = await termBox(page, query);
      expect(
        Math.min(Math.abs(card.box.top - term.bottom), Math.abs(term.top - card.box.bottom)),
      ).toBeLessThanOrEqual(12);
      const scrolled = await page.evaluate(() => scrollY);
      if (heading !== 'Ketamine' || previous < 0) expect(scrolled).not.toBe(previous);
      previous = scrolled;
    }
    await page.close();
  });

  it('opens the card with focus inside a named dialog', async () => {
    const page = await open();
    await stepTerm();
    const card = await waitForCard(page, 'Ketamine');
    expect(card.role).toBe('dialog');
    expect(card.labelText).toBe('Ketamine');
    expect(card.focusInside).toBe(true);
    expect(await focused(page)).toMatch(/^ketamine-lens-card > div/);
    await shoot(page, 'keyboard-open');
    // Chromium's accessibility tree: the focused node is the dialog, named by its heading.
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: {
        role?: { value: string };
        name?: { value: string };
        properties?: { name: string; value: { value: unknown } }[];
      }[];
    };
    const dialog = nodes.find((n) => n.role?.value === 'dialog');
    expect(dialog?.name?.value).toBe('Ketamine');
    expect(dialog?.properties?.find((p) => p.name === 'focused')?.value.value).toBe(true);
    await cdp.detach();
    await page.close();
  });

  it('moves focus through the card’s controls with Tab', async () => {
    const page = await open();
    await stepTerm();
    await waitForCard(page, 'Ketamine');
    const seen: (string | null)[] = [];
    // The heading row's search, menu and close buttons, the cards (a tab stop when they
    // scroll), "1 more card", then the source line.
    while (seen.length < 6 && seen.at(-1) !== 'button.kl-hover__source-toggle') {
      await page.keyboard.press('Tab');
      const card = (await cardState(page)) as CardState;
      expect(card.focusInside).toBe(true);
      seen.push(card.shadowActive);
    }
    await shoot(page, 'keyboard-tab');
    expect(seen.slice(0, 3)).toEqual([
      'button.kl-hover__more',
      'button.kl-actions__toggle',
      'button.kl-hover__close',
    ]);
    expect(seen.at(-1)).toBe('button.kl-hover__source-toggle');
    expect(seen.filter((s) => s === 'section.kl-hover__body').length).toBeLessThanOrEqual(1);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect((await cardState(page))?.shadowActive).toBe(seen.at(-3) ?? 'button.kl-hover__close');
    await page.close();
  });

  // [test, element focused before, keys pressed in the card, element focused after].
  it.each([
    [
      'closes on Escape and gives focus back to the field focused before',
      '#field',
      ['Escape'],
      'input#field',
    ],
    [
      'gives focus back to a page button after Tab and Escape',
      '#btn',
      ['Tab', 'Escape'],
      'button#btn',
    ],
    [
      'gives focus back when the card is closed with its close button by keyboard',
      '#field',
      // Past the search and the menu buttons to the close button.
      ['Tab', 'Tab', 'Tab', 'Enter'],
      'input#field',
    ],
  ])('%s', async (_, before, keys, after) => {
    const page = await open();
    await page.focus(before);
    await stepTerm();
    await waitForCard(page, 'Ketamine');
    expect(await focused(page)).toMatch(/^ketamine-lens-card/);
    for (const key of keys) await page.keyboard.press(key);
    await waitForNoCard(page, 2_000);
    expect(await focused(page)).toBe(after);
    await page.close();
  });

  it('keeps a keyboard-opened card open when the mouse moves elsewhere', async () => {
    const page = await open();
    await page.focus('#field');
    await stepTerm();
    await waitForCard(page, 'Ketamine');
    await recordCards(page);
    await restPointerAt(page, 900, 700, 3);
    const card = await cardState(page);
    expect(card?.focusInside).toBe(true);
    await page.keyboard.press('Escape');
    await waitForNoCard(page, 2_000);
    expect(await focused(page)).toBe('input#field');
    await page.close();
  });

  it('steps only to terms in the page’s open modal dialog, not the inert ones behind it', async () => {
    const page = await open('/hover-dialog.html');
    for (let i = 0; i < 2; i++) {
      expect(await stepTerm()).toBe(true);
      const card = await waitForCard(page, 'Ketamine');
      expect(card.focusInside).toBe(true);
      const term = await termBox(page, { within: '#in-dialog' });
      expect(card.box.top).toBeGreaterThan(term.bottom);
      expect(card.box.top - term.bottom).toBeLessThanOrEqual(12);
    }
    await page.keyboard.press('Tab');
    expect((await cardState(page))?.shadowActive).toBe('button.kl-hover__more');
    await page.close();
  });
});
