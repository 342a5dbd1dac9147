/**
 * The card's content and its accessibility: a named dialog with a heading, one
 * article per fact card, the article and section it comes from, the disclaimer, and a button
 * that opens the full search in a new tab. Also takes the light and dark screenshots.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cardById, cardsForTerm, misconceptionById, pack } from '../../content/pack';
import { DEMO_DIR, useExtension } from './harness';
import {
  type CardState,
  cardScrolls,
  cardState,
  cutLines,
  expectColourScheme,
  HOVER_PAGE_MYTH,
  hoverTerm,
  MYTH_HEADING,
  openInFront,
  parkMouseAndWaitForNoCard,
  pointAt,
  shoot,
  waitForCard,
  waitForCardAnimations,
  waitForNoCard,
} from './hover-helpers';

const lens = useExtension();

/** Opens the card's source line in place and waits until its disclaimer shows. */
async function openSourceNote(page: Page): Promise<CardState> {
  await page.getByRole('button', { name: 'Source · not medical advice' }).click();
  await page.waitForFunction(() =>
    document
      .querySelector('ketamine-lens-card')
      ?.shadowRoot?.querySelector('.kl-disclaimer')
      ?.checkVisibility(),
  );
  return (await cardState(page)) as CardState;
}

describe('the card', () => {
  it('is a dialog named by its heading, with one article per fact card', async () => {
    const page = await openInFront(lens);
    const card = await hoverTerm(page, { within: '#left' }, 'Ketamine');
    expect(card.shadowMode).toBe('open');
    expect(card.role).toBe('dialog');
    expect(card.labelledBy).toBeTruthy();
    expect(card.labelText).toBe('Ketamine');
    expect(card.ids).toEqual(
      cardsForTerm('ketamine')
        .slice(0, 2)
        .map((c) => c.id),
    );
    // The heading names the best card, which shows its text under it, not a second heading;
    // the other card keeps its title (once "1 more card" shows it).
    const best = cardById(card.ids[0] ?? '');
    expect(card.text).toContain(best?.summary);
    expect(card.text.split('Ketamine\n').length).toBe(2);
    await page.getByRole('button', { name: '1 more card' }).click();
    const expanded = (await cardState(page))?.text ?? '';
    expect(expanded).toContain(cardById(card.ids[1] ?? '')?.title);
    await page.close();
  });

  it('names the source article, its author and each card’s section, and says it is not medical advice', async () => {
    const page = await openInFront(lens);
    const folded = await hoverTerm(page, { within: '#left' }, 'Ketamine');
    // One line says where the card comes from and what it is not, in view without scrolling.
    expect(folded.text).toContain('Source · not medical advice');
    const visible = await page.evaluate(() => {
      const shadow = document.querySelector('ketamine-lens-card')?.shadowRoot;
      const dialog = shadow?.querySelector('[role=dialog]')?.getBoundingClientRect();
      const note = shadow?.querySelector('.kl-hover__source-toggle')?.getBoundingClientRect();
      return !!dialog && !!note && note.top >= dialog.top && note.bottom <= dialog.bottom;
    });
    expect(visible).toBe(true);
    // It opens in place to the full credit and the disclaimer.
    const card = await openSourceNote(page);
    expect(card.text).toContain('Ketamine-Assisted Psychotherapy');
    expect(card.text).toContain('Ella Cooper');
    expect(card.text).toContain(cardById(card.ids[0] ?? '')?.section);
    expect(card.text).toContain(pack.disclaimer);
    await page.close();
  });

  it('shows a misconception’s section and the source for a myth card', async () => {
    const page = await openInFront(lens);
    await hoverTerm(page, HOVER_PAGE_MYTH, MYTH_HEADING);
    const card = await openSourceNote(page);
    const myth = misconceptionById('myth-just-horse-tranquiliser');
    expect(card.text).toContain(myth?.section);
    expect(card.text).toContain(myth?.correction);
    expect(card.text).toContain('Ella Cooper');
    expect(card.text).toContain('not medical advice');
    await page.close();
  });

  it('has the accessible name of its heading in Chromium’s accessibility tree', async () => {
    const page = await openInFront(lens);
    await hoverTerm(page, { within: '#left' }, 'Ketamine');
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value: string }; name?: { value: string } }[];
    };
    const dialogs = nodes.filter((n) => n.role?.value === 'dialog');
    expect(dialogs.map((n) => n.name?.value)).toEqual(['Ketamine']);
    expect(nodes.some((n) => n.role?.value === 'heading' && n.name?.value === 'Ketamine')).toBe(
      true,
    );
    await expect(page.getByRole('dialog', { name: 'Ketamine' }).count()).resolves.toBe(1);
    await cdp.detach();
    await page.close();
  });

  it('opens the full search for the term in a new tab from its action button', async () => {
    const page = await openInFront(lens);
    await hoverTerm(page, { within: '#left' }, 'Ketamine');
    const opened = lens.context.waitForEvent('page', { timeout: 10_000 });
    await page.getByRole('button', { name: 'Search all cards for “Ketamine”' }).click();
    const tab = await opened;
    await tab.waitForURL(/popup\.html/, { timeout: 10_000 });
    const url = new URL(tab.url());
    expect(`${url.protocol}//${url.host}${url.pathname}`).toBe(
      `chrome-extension://${lens.browser.extensionId}/popup.html`,
    );
    expect(url.searchParams.get('q')).toBe('Ketamine');
    expect(url.searchParams.get('tab')).toMatch(/^\d+$/);
    // The search page really shows results for it.
    await tab.waitForSelector('article[data-card-id]', { timeout: 10_000 });
    await tab.close();
    await page.close();
  });

  it('opens the search for a myth phrase as the page wrote it', async () => {
    const page = await openInFront(lens);
    await hoverTerm(page, HOVER_PAGE_MYTH, MYTH_HEADING);
    const opened = lens.context.waitForEvent('page', { timeout: 10_000 });
    await page.getByRole('button', { name: /Search all cards/ }).click();
    const tab = await opened;
    await tab.waitForURL(/popup\.html/, { timeout: 10_000 });
    expect(new URL(tab.url()).searchParams.get('q')).toBe('horse tranquilizer');
    await tab.close();
    await page.close();
  });

  it('closes from its close button', async () => {
    const page = await openInFront(lens);
    await hoverTerm(page, { within: '#left' }, 'Ketamine');
    await page.getByRole('button', { name: 'Close card' }).click();
    await waitForNoCard(page, 2_000);
    await page.close();
  });
});

/** The best card's box and the dialog's, to see that the first is whole inside the second. */
function firstCardInside(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const shadow = document.querySelector('ketamine-lens-card')?.shadowRoot;
    const dialog = shadow?.querySelector('[role=dialog]')?.getBoundingClientRect();
    const first = shadow?.querySelector('article')?.getBoundingClientRect();
    return !!dialog && !!first && first.top >= dialog.top && first.bottom <= dialog.bottom + 0.5;
  });
}

describe('its size', () => {
  it('fits its content on every term of the demo article: the best card whole, no line cut', async () => {
    const url = lens.server.page(
      '/demo.html',
      readFileSync(join(DEMO_DIR, 'ketamine-news.html'), 'utf8'),
    );
    const page = await lens.open(url, { front: true });
    const count = await page.evaluate(
      () =>
        (CSS.highlights.get('ketamine-lens-term')?.size ?? 0) +
        (CSS.highlights.get('ketamine-lens-misconception')?.size ?? 0),
    );
    expect(count).toBeGreaterThanOrEqual(10);
    const heights: number[] = [];
    for (let nth = 0; nth < count; nth++) {
      await parkMouseAndWaitForNoCard(page);
      const term = await pointAt(page, { within: 'article', nth });
      const card = await waitForCard(page);
      heights.push(card.box.height);
      const where = `${term.text} (${nth})`;
      expect(await cutLines(page), where).toBe(0);
      expect(await firstCardInside(page), where).toBe(true);
      // Where either side of the word has room for the whole card, nothing scrolls.
      const whole = await page.evaluate(() => {
        const shadow = document.querySelector('ketamine-lens-card')?.shadowRoot;
        const dialog = shadow?.querySelector<HTMLElement>('[role=dialog]');
        const body = shadow?.querySelector<HTMLElement>('.kl-hover__body');
        if (!dialog || !body) return 0;
        return dialog.offsetHeight + body.scrollHeight - body.clientHeight;
      });
      const room = Math.max(term.top, 800 - term.bottom) - 8 - 6;
      if (whole <= room) {
        expect(await cardScrolls(page, '.kl-hover__body'), where).toBe(false);
        // Sized to its content: no cap makes a card that has room shorter or taller.
        expect(Math.abs(card.box.height - whole), where).toBeLessThan(2);
      }
    }
    expect(new Set(heights.map(Math.round)).size).toBeGreaterThan(1);
    await page.close();
  });

  it('shows the best card whole and the next behind an "n more" button that expands', async () => {
    const page = await openInFront(lens);
    await hoverTerm(page, { within: '#left' }, 'Ketamine');
    expect(await cardScrolls(page, '.kl-hover__body')).toBe(false);
    expect(await cardScrolls(page, '[role=dialog]')).toBe(false);
    const more = page.getByRole('button', { name: '1 more card' });
    await expect(more.getAttribute('aria-expanded')).resolves.toBe('false');
    const [best, next] = cardsForTerm('ketamine');
    const shown = (id: string | undefined) =>
      page.locator(`article[data-card-id="${id}"]`).evaluate((a) => a.checkVisibility());
    await expect(shown(best?.id)).resolves.toBe(true);
    await expect(shown(next?.id)).resolves.toBe(false);
    await more.click();
    await expect(more.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(shown(next?.id)).resolves.toBe(true);
    expect((await cardState(page))?.text).toContain(next?.summary);
    await waitForCardAnimations(page);
    await shoot(page, 'more-expanded');
    expect(await cutLines(page)).toBe(0);
    // And it folds again.
    await more.click();
    await expect(shown(next?.id)).resolves.toBe(false);
    await page.close();
  });
});

describe('screenshots', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`shows the card in the ${scheme} theme`, async () => {
      // Reduced motion: the card shows in place at once, ready for the screenshots.
      const page = await lens.open('/hover-page.html', { front: true, reducedMotion: true });
      await page.emulateMedia({ colorScheme: scheme });
      // The card takes the page's colours: the dark shots are of a dark page.
      if (scheme === 'dark') {
        await page.evaluate(() => {
          document.body.style.cssText += ';background:#16181c;color:#e6e6e6';
        });
      }
      const card = await hoverTerm(page, { within: '#left' }, 'Ketamine');
      await shoot(page, `card-${scheme}`);
      // Dark theme: dark background, light text; light theme the reverse.
      expectColourScheme(await waitForCard(page, 'Ketamine'), scheme);
      expect(card.ids.length).toBe(2);
      // The card covers the myth's line: let it close first.
      await parkMouseAndWaitForNoCard(page);
      await hoverTerm(page, HOVER_PAGE_MYTH, MYTH_HEADING);
      await shoot(page, `myth-${scheme}`);
      await page.close();
    });
  }
});
