/**
 * The hover card's own frame in the reader's language: in a German and a Russian
 * Chromium its kicker, close button, regions, "n more cards", search button, actions' menu,
 * source line and disclaimer come from that locale, the frame says `lang`, the cards are in that language and
 * marked so,
 * and no translated word sticks out of the card, beside its word or as a phone's sheet.
 * KL_SHOTS=dir saves screenshots.
 */

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pluralKey } from '../../common/i18n/plural';
import { localisePack } from '../../content/localise';
import { pack } from '../../content/pack';
import { TRANSLATIONS } from '../../content/translations';
import { messagesOf } from '../locale-messages';
import { useExtension } from './harness';
import { HOVER_PAGE_MYTH, hoverTerm, waitForCardAnimations } from './hover-helpers';

const shots = process.env.KL_SHOTS;

/** The frame's strings as the reader meets them, read from inside the card's shadow root. */
function frameStrings(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('ketamine-lens-card')?.shadowRoot;
    const dialog = root?.querySelector<HTMLElement>('[role=dialog]');
    if (!root || !dialog) throw new Error('no card');
    const text = (selector: string) => root.querySelector(selector)?.textContent ?? null;
    const attr = (selector: string, name: string) =>
      root.querySelector(selector)?.getAttribute(name) ?? null;
    const actions = [...root.querySelectorAll<HTMLElement>('[role^=menuitem]')];
    return {
      lang: dialog.getAttribute('lang'),
      headingLang: attr('#kl-hover-heading', 'lang'),
      kicker: text('.kl-hover__kicker'),
      close: attr('.kl-hover__close', 'aria-label'),
      body: attr('.kl-hover__body', 'aria-label'),
      expand: text('.kl-hover__expand'),
      search: attr('.kl-hover__more', 'aria-label'),
      menu: attr('.kl-actions__toggle', 'aria-label'),
      group: attr('[role=menu]', 'aria-label'),
      actions: actions.map((b) => ({ text: b.textContent, title: b.getAttribute('title') })),
      source: text('.kl-hover__source-toggle'),
      disclaimer: text('.kl-disclaimer'),
      // Every card's own words, marked with their language.
      cardText: [...root.querySelectorAll('.kl-card__title > [lang], .kl-card__summary')].map(
        (el) => el.getAttribute('lang'),
      ),
    };
  });
}

/**
 * Text that sticks out: a line of text beyond the card's sides, or beyond the button
 * (or other box) holding it. Empty when every word fits.
 */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const dialog = document
      .querySelector('ketamine-lens-card')
      ?.shadowRoot?.querySelector<HTMLElement>('[role=dialog]');
    if (!dialog) throw new Error('no card');
    const outer = dialog.getBoundingClientRect();
    const found: string[] = [];
    const walker = document.createTreeWalker(dialog, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const holder = node.parentElement;
      if (!node.textContent?.trim() || !holder || holder.closest('[hidden]')) continue;
      const box = holder.closest('button, p, h2, h3, li')?.getBoundingClientRect() ?? outer;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        const out =
          rect.left < Math.max(outer.left, box.left) - 0.5 ||
          rect.right > Math.min(outer.right, box.right) + 0.5;
        if (out) found.push(`${holder.localName}: ${node.textContent.trim().slice(0, 40)}`);
      }
    }
    for (const button of dialog.querySelectorAll('button')) {
      if (button.scrollWidth > button.clientWidth + 1) found.push(`clipped: ${button.textContent}`);
    }
    return found;
  });
}

describe.each(['de', 'ru'] as const)('the hover card in a %s browser', (lang) => {
  const message = messagesOf(lang);
  const translation = TRANSLATIONS[lang];
  if (!translation) throw new Error(`no ${lang} translation`);
  // The term's name as the reader's cards call it.
  const ketamine = localisePack(pack, translation).terms.find((t) => t.id === 'ketamine')?.label;
  const plural = (family: 'hoverMoreCards', count: number) =>
    message(pluralKey(family, count, lang), String(count));
  const lens = useExtension({ uiLanguage: lang });

  it('speaks the reader’s language in its frame and its cards, marked so', async () => {
    const page = await lens.open('/hover-page.html', { front: true });
    await hoverTerm(page, { within: '#left' }, ketamine);
    const host = new URL(lens.server.origin).host;
    await page.getByRole('button', { name: message('hoverActionsMenu') }).click();
    expect(await frameStrings(page)).toEqual({
      lang,
      headingLang: lang,
      kicker: message('hoverKickerFact'),
      close: message('hoverClose'),
      body: message('hoverFactsLabel'),
      expand: plural('hoverMoreCards', 1),
      search: message('hoverSearchAll', ketamine ?? ''),
      menu: message('hoverActionsMenu'),
      group: message('actionsGroup'),
      actions: [
        { text: message('actionDontHighlightTerm', ketamine ?? ''), title: null },
        { text: message('actionFirstOnly'), title: null },
        {
          text: message('actionPauseSiteLabel', host),
          title: message('actionPauseSiteTitle', host),
        },
      ],
      source: message('hoverSourceToggle'),
      disclaimer: message('disclaimer'),
      // The best card's summary (the heading names it), then the second card's title and
      // summary (behind "1 more card").
      cardText: [lang, lang, lang],
    });
    await waitForCardAnimations(page);
    expect(await overflowing(page)).toEqual([]);
    if (shots) await page.screenshot({ path: join(shots, `hover-card-${lang}-light.png`) });
    // Opened, the second card's words fit too.
    await page.getByRole('button', { name: plural('hoverMoreCards', 1) }).click();
    expect(await overflowing(page)).toEqual([]);
    await page.close();
  });

  it('names a myth card’s parts in that language', async () => {
    const page = await lens.open('/hover-page.html', { front: true });
    await hoverTerm(page, HOVER_PAGE_MYTH);
    await page.getByRole('button', { name: message('hoverActionsMenu') }).click();
    const strings = await frameStrings(page);
    expect(strings.kicker).toBe(message('hoverKickerMyth'));
    expect(strings.body).toBe(message('hoverMythLabel'));
    expect(strings.actions[0]).toEqual({ text: message('actionDontFlagMyth'), title: null });
    await waitForCardAnimations(page);
    expect(await overflowing(page)).toEqual([]);
    await page.close();
  });

  it('fits its words into a phone’s bottom sheet', async () => {
    const page = await lens.open('/hover-page.html', { front: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await hoverTerm(page, { within: '#left' }, ketamine);
    await waitForCardAnimations(page);
    expect(await overflowing(page)).toEqual([]);
    if (shots) await page.screenshot({ path: join(shots, `hover-sheet-phone-${lang}.png`) });
    await page.close();
  });
});
