/**
 * The cards' honesty as a reader sees it: a misconception the article names reads
 * "Myth" with the article's correction; a question we pose reads "Question" with what the
 * article says, in the popup's list and in search; the hover card for "ketamine" opens with
 * what ketamine is. KL_SHOTS=dir also saves screenshots of both kinds of entry.
 */

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { originLabels } from '../../components/fact-card/entry-labels';
import { cardsForTerm, misconceptionById, pack } from '../../content/pack';
import { messagesOf } from '../locale-messages';
import { useExtension } from './harness';
import { cardState, HOVER_PAGE_MYTH, hoverTerm, MYTH_HEADING, openInFront } from './hover-helpers';
import { openPopupFor, search } from './popup-helpers';

const english = messagesOf('en');

const lens = useExtension();

const shots = process.env.KL_SHOTS;

/** The visible text of one shown entry, label by label. */
function entryText(page: Page, id: string) {
  return page.locator(`article[data-card-id="${id}"]`).evaluate((article) => ({
    title: article.querySelector('.kl-card__title')?.textContent?.trim() ?? '',
    origin: article.querySelector('.kl-card__origin')?.textContent?.trim() ?? '',
    answer: article.querySelector('.kl-card__summary')?.textContent?.trim() ?? '',
  }));
}

/** Saves a screenshot of the page once the card has finished fading in (KL_SHOTS only). */
async function shootCard(page: Page, name: string): Promise<void> {
  if (!shots) return;
  await page.waitForFunction(() => {
    const root = document.querySelector('ketamine-lens-card')?.shadowRoot;
    return !!root && root.getAnimations().every((a) => a.playState !== 'running');
  });
  await page.screenshot({ path: join(shots, name) });
}

describe('myths and questions in the popup', () => {
  it('labels each entry of the start list by its origin', async () => {
    const popup = await openPopupFor(lens.browser);
    await popup.locator('section[aria-labelledby="kl-myths"] article').first().waitFor();
    expect(await popup.locator('#kl-myths').textContent()).toBe('Myths and questions');
    for (const entry of pack.misconceptions) {
      const labels = originLabels(entry.origin, english);
      const shown = await entryText(popup, entry.id);
      expect(shown.title, entry.id).toBe(`${labels.title}${entry.myth}`.trim());
      expect(shown.origin, entry.id).toBe(labels.origin);
      expect(shown.answer, entry.id).toBe(`${labels.answer}${entry.correction}`.trim());
      if (entry.origin === 'question') {
        expect(shown.title, entry.id).toMatch(/^Question: .*\?$/);
        expect(shown.answer, entry.id).toMatch(/^What the article says: /);
        expect(`${shown.title} ${shown.origin}`, entry.id).not.toMatch(/^Myth/);
      } else {
        expect(shown.title, entry.id).toMatch(/^Myth: /);
        expect(shown.origin, entry.id).toMatch(/article calls this a misconception/);
      }
    }
    if (shots) {
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.locator('article[data-card-id="myth-only-a-party-drug"]').evaluate((el) => {
        el.scrollIntoView({ block: 'start' });
      });
      await popup.screenshot({ path: join(shots, 'popup-questions-light.png') });
    }
    await popup.close();
  });

  it('shows a question found by search as a question, not a myth', async () => {
    const popup = await openPopupFor(lens.browser);
    await search(popup, 'does one treatment cure depression');
    await popup.locator('article[data-card-id="myth-permanent-cure"]').waitFor();
    const shown = await entryText(popup, 'myth-permanent-cure');
    expect(shown.title).toBe(`Question: ${misconceptionById('myth-permanent-cure')?.myth}`);
    expect(shown.answer).toMatch(/^What the article says: /);
    await popup.close();
  });
});

describe('the hover card', () => {
  it('shows a myth the article names with its origin and correction', async () => {
    const page = await openInFront(lens);
    const card = await hoverTerm(page, HOVER_PAGE_MYTH, MYTH_HEADING);
    const myth = misconceptionById('myth-just-horse-tranquiliser');
    expect(myth?.origin).toBe('article');
    expect(card.ids).toEqual(['myth-just-horse-tranquiliser']);
    const labels = originLabels('article', english);
    const order = [labels.title.trim(), labels.origin, labels.answer.trim()].map((text) =>
      card.text.indexOf(text),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    await shootCard(page, 'hover-myth-light.png');
    await page.close();
  });

  it('opens "ketamine" with what ketamine is', async () => {
    const page = await openInFront(lens);
    const card = await hoverTerm(page, { within: '#left' }, 'Ketamine');
    expect(card.ids[0]).toBe('ketamine-dissociative-anaesthetic');
    expect(card.ids).toEqual(
      cardsForTerm('ketamine')
        .slice(0, 2)
        .map((c) => c.id),
    );
    // The second card is behind "1 more card"; shown, it follows the first.
    await page.getByRole('button', { name: '1 more card' }).click();
    const text = (await cardState(page))?.text ?? '';
    // The best card shows its fact under the card's one heading (no second title).
    const best = (cardsForTerm('ketamine')[0]?.summary ?? '').slice(0, 40);
    expect(best).toMatch(/^Ketamine is a dissociative anaesthetic/);
    expect(text.indexOf(best)).toBeGreaterThan(-1);
    expect(text.indexOf(best)).toBeLessThan(text.indexOf("Ketamine's poor reputation"));
    await shootCard(page, 'hover-ketamine-light.png');
    await page.close();
  });
});
