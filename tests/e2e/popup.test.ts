import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { pack } from '../../content/pack';
import { useExtension } from './harness';
import { cardIds, openPopupFor, search, tabIdOf } from './popup-helpers';

// The popup page, opened in a tab; `?tab=` makes it speak for the fixture page as the toolbar
// popup speaks for the active tab. popup-page.html has ketamine ×3 (far apart, below the
// fold), esketamine ×1 and the myth "horse tranquilizer" ×1, and nothing else from the pack.

const lens = useExtension();
let page: Page;
let tabId: number;

beforeAll(async () => {
  page = await lens.open('/popup-page.html');
  tabId = await tabIdOf(lens.browser, lens.server.origin);
});

/** A fresh popup for the fixture page; closed after the callback. */
async function withPopup(run: (popup: Page) => Promise<void>, query = ''): Promise<void> {
  const popup = await openPopupFor(lens.browser, tabId, query);
  try {
    await run(popup);
  } finally {
    if (!popup.isClosed()) await popup.close();
  }
}

function activeElement(popup: Page) {
  return popup.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase(),
      type: el?.getAttribute('type'),
      cardId: el?.closest('article')?.getAttribute('data-card-id') ?? null,
      expanded: el?.getAttribute('aria-expanded') ?? null,
    };
  });
}

describe('searching', () => {
  it('has one search field, focused on open', async () => {
    await withPopup(async (popup) => {
      expect(await popup.locator('input[type=search]').count()).toBe(1);
      await popup.waitForFunction(() => document.activeElement?.matches('input[type=search]'));
      expect(await activeElement(popup)).toMatchObject({ tag: 'input', type: 'search' });
    });
  });

  it('updates the results as you type, marking the matched parts', async () => {
    await withPopup(async (popup) => {
      const field = popup.locator('input[type=search]');
      await field.pressSequentially('glutam', { delay: 30 });
      await popup.waitForSelector('article[data-card-id="glutamate-definition"]');
      const glutamate = await cardIds(popup);
      expect(glutamate.slice(0, 3)).toContain('glutamate-definition');
      const marks = await popup.locator('article mark').allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      expect(marks.some((mark) => /glutam/i.test(mark))).toBe(true);
      expect(await popup.locator('[role=status]').textContent()).toMatch(/^\d+ cards?$/);

      // Typing on replaces the list without another key or button.
      await field.fill('');
      await field.pressSequentially('esketamine', { delay: 30 });
      await popup.waitForSelector('article[data-card-id="esketamine-licensed-2019"]');
      const esketamine = await cardIds(popup);
      expect(esketamine.slice(0, 3)).toContain('esketamine-licensed-2019');
      expect(esketamine).not.toEqual(glutamate);
      const marked = await popup.locator('article mark').allTextContents();
      expect(marked.some((mark) => /ketamine/i.test(mark))).toBe(true);
    });
  });

  it('renders a hostile query as text, never as markup', async () => {
    await withPopup(async (popup) => {
      const dialogs: string[] = [];
      popup.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const hostile = '<img src=x onerror=alert(1)>';
      await search(popup, hostile);
      // "No card matched" quotes the reader's words, as text.
      await popup.waitForFunction(() =>
        document.querySelector('[role=status]')?.textContent?.includes('onerror'),
      );
      expect(await popup.locator('main img, main script, main iframe').count()).toBe(0);
      expect(await popup.locator('img').count()).toBe(0);
      expect(await popup.locator('[role=status]').textContent()).toContain('“img”');

      // Markup around a real term: still results, still no element from the query.
      await search(popup, '<b onmouseover=alert(2)>ketamine</b>');
      await popup.waitForSelector('article[data-card-id]');
      expect(await popup.locator('main b, main [onmouseover]').count()).toBe(0);
      // No element came from the query, so no handler of it can ever run.
      expect(dialogs).toEqual([]);
    });
  });

  it('shows each result as an article that expands to its detail and source', async () => {
    await withPopup(async (popup) => {
      await search(popup, 'esketamine');
      const card = popup.locator('article[data-card-id="esketamine-licensed-2019"]');
      const toggle = card.locator('button[aria-expanded]');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await card.locator('.kl-card__detail').count()).toBe(0);

      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      const detail = pack.cards.find((c) => c.id === 'esketamine-licensed-2019')?.detail ?? '';
      expect(await card.locator('.kl-card__detail').textContent()).toBe(detail);
      expect(await card.locator('.kl-card__detail').isVisible()).toBe(true);
      const source = await card.locator('.kl-source').textContent();
      expect(source).toContain('Ketamine-Assisted Psychotherapy');
      expect(source).toContain('Ella Cooper');
      expect(source).toContain('An in-depth look at ketamine treatment for depression');

      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await card.locator('.kl-card__detail').count()).toBe(0);
    });
  });

  it.each([
    ['ketamne', 'ketamine-dissociative-anaesthetic'],
    ['esketamin', 'esketamine-licensed-2019'],
    ['glutamte', 'glutamate-definition'],
    ['tranquilizr', 'myth-just-horse-tranquiliser'],
  ])('finds the right card for the typo “%s” in the first 3', async (typo, expected) => {
    await withPopup(async (popup) => {
      await search(popup, typo);
      await popup.waitForSelector('article[data-card-id]');
      expect((await cardIds(popup)).slice(0, 3)).toContain(expected);
    });
  });

  it('opens with the query from the URL (as the context menu and hover card open it)', async () => {
    await withPopup(async (popup) => {
      await popup.waitForSelector('article[data-card-id]');
      expect(await popup.inputValue('input[type=search]')).toBe('horse tranquilizer');
      expect((await cardIds(popup)).slice(0, 3)).toContain('myth-just-horse-tranquiliser');
    }, 'horse tranquilizer');
  });

  it('offers close spellings only, and a chip puts the term in the query', async () => {
    await withPopup(async (popup) => {
      await search(popup, 'glutamet');
      await popup.waitForSelector('main button.kl-chip');
      // Likely a typo: no card matched, nothing said about the article; the close term and
      // the closest cards are offered.
      expect(await popup.locator('[role=status]').textContent()).toBe(
        'No card matched “glutamet”.',
      );
      expect(await popup.locator('main').textContent()).toContain('Closest cards:');
      expect(await popup.locator('article[data-card-id="glutamate-definition"]').count()).toBe(1);
      const chips = popup.locator('main button.kl-chip');
      expect(await chips.allTextContents()).toEqual(['Glutamate']);
      await chips.filter({ hasText: /^Glutamate$/ }).click();
      expect(await popup.inputValue('input[type=search]')).toBe('Glutamate');
      await popup.waitForSelector('article[data-card-id="glutamate-definition"]');
      expect(await activeElement(popup)).toMatchObject({ tag: 'input' });

      // Far from every term ("addictive" is not "Dissociatives"): nothing to try.
      for (const query of ['zzqxj', 'gltmt']) {
        await search(popup, query);
        await popup.waitForFunction(
          (q) => document.querySelector('[role=status]')?.textContent?.includes(`“${q}”`),
          query,
        );
        expect(await popup.locator('main button.kl-chip').count()).toBe(0);
      }
    });
  });
});

describe('what the article does not cover', () => {
  it('says so plainly, names the word no card has, and shows no card', async () => {
    await withPopup(async (popup) => {
      await search(popup, 'PTSD ketamine');
      const status = popup.locator('[role=status]');
      await popup.waitForSelector('[role=status] .kl-not-covered');
      expect(await status.locator('.kl-not-covered').textContent()).toBe(
        'The article does not cover “PTSD ketamine”. Questions about this are for a clinician or a national medicines information service.',
      );
      expect(await status.textContent()).toContain('No card mentions “PTSD”.');
      expect(await popup.locator('article[data-card-id], main mark').count()).toBe(0);
    });
  });

  it('answers a safety question with the statement alone: no card, no chip', async () => {
    await withPopup(async (popup) => {
      for (const query of ['is ketamine addictive', 'dosage', 'side effects']) {
        await search(popup, query);
        await popup.waitForFunction(
          () => document.querySelector('[role=status] .kl-not-covered') !== null,
        );
        const statement = await popup.locator('[role=status]').textContent();
        expect(statement).toMatch(/^The article does not cover [^“]+\. Questions about this/);
        expect(await popup.locator('article[data-card-id], main .kl-chip').count()).toBe(0);
      }
    });
  });

  it('shows the cards for the other words, naming the ones no card has', async () => {
    await withPopup(async (popup) => {
      await search(popup, 'esketamine nasal spray');
      await popup.waitForSelector('article[data-card-id="esketamine-licensed-2019"]');
      expect(await popup.locator('[role=status]').textContent()).toMatch(
        /^No card mentions “nasal” or “spray”\. \d+ cards? match(es)? the other words\.$/,
      );
      expect(await popup.locator('.kl-not-covered').count()).toBe(0);
    });
  });

  it('marks whole words only, or the start of the word being typed', async () => {
    await withPopup(async (popup) => {
      for (const [query, expected] of [
        ['esketamine', /^esketamin/i],
        ['glutam', /^glutam$/i],
        ['how fast does it work', /^(fast|work)/i],
      ] as const) {
        await search(popup, query);
        await popup.waitForSelector('article mark');
        const marks = await popup.locator('article mark').evaluateAll((els) =>
          els.map((mark) => ({
            text: mark.textContent ?? '',
            before: mark.previousSibling?.textContent?.slice(-1) ?? '',
          })),
        );
        for (const mark of marks) {
          expect(mark.text).toMatch(expected);
          expect(mark.before).not.toMatch(/[\p{L}\p{N}]/u);
        }
      }
    });
  });
});

describe('the search field', () => {
  it('takes at most 200 characters, so a 10,000-character paste stays quick', async () => {
    await withPopup(async (popup) => {
      const field = popup.locator('input[type=search]');
      expect(await field.getAttribute('maxlength')).toBe('200');
      await field.fill('ketamine side effects and esketamine '.repeat(300).slice(0, 10_000));
      expect((await field.inputValue()).length).toBe(200);
      // From a keystroke to the frame after it, with the field full: an unbounded field took
      // seconds per keystroke.
      await field.fill((await field.inputValue()).slice(0, 199));
      await popup.evaluate(() => {
        const input = document.querySelector('input[type=search]') as HTMLInputElement;
        (window as { keystroke?: Promise<number> }).keystroke = new Promise((done) =>
          input.addEventListener(
            'keydown',
            () => {
              const started = performance.now();
              requestAnimationFrame(() => setTimeout(() => done(performance.now() - started)));
            },
            { once: true },
          ),
        );
      });
      await field.press('x');
      const ms = await popup.evaluate(() => (window as { keystroke?: Promise<number> }).keystroke);
      console.info(`keystroke with a full search field: ${ms?.toFixed(1)} ms`);
      expect(ms).toBeLessThan(500);
      expect((await field.inputValue()).length).toBe(200);
    });
  });

  it('keeps a query from the URL to the same limit', async () => {
    await withPopup(async (popup) => {
      await popup.waitForSelector('article[data-card-id]');
      expect((await popup.inputValue('input[type=search]')).length).toBe(200);
    }, 'ketamine '.repeat(1000));
  });
});

describe('keyboard', () => {
  it('moves through results with the arrows, expands with Enter, clears then closes with Escape', async () => {
    const popup = await openPopupFor(lens.browser, tabId);
    await popup.waitForFunction(() => document.activeElement?.matches('input[type=search]'));
    await popup.keyboard.type('ketamine');
    await popup.waitForSelector('article[data-card-id]');
    const ids = await cardIds(popup);
    expect(ids.length).toBeGreaterThanOrEqual(3);

    await popup.keyboard.press('ArrowDown');
    expect(await activeElement(popup)).toMatchObject({ tag: 'button', cardId: ids[0] });
    await popup.keyboard.press('ArrowDown');
    expect(await activeElement(popup)).toMatchObject({ tag: 'button', cardId: ids[1] });
    await popup.keyboard.press('ArrowDown');
    expect(await activeElement(popup)).toMatchObject({ tag: 'button', cardId: ids[2] });
    await popup.keyboard.press('ArrowUp');
    expect(await activeElement(popup)).toMatchObject({ tag: 'button', cardId: ids[1] });
    await popup.keyboard.press('ArrowUp');
    await popup.keyboard.press('ArrowUp');
    expect(await activeElement(popup)).toMatchObject({ tag: 'input', type: 'search' });
    // The field keeps its text: the arrows moved focus, not the caret.
    expect(await popup.inputValue('input[type=search]')).toBe('ketamine');

    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Enter');
    expect(await activeElement(popup)).toMatchObject({ cardId: ids[1], expanded: 'true' });
    const second = popup.locator(`article[data-card-id="${ids[1]}"]`);
    expect(await second.locator('.kl-source').isVisible()).toBe(true);
    if (pack.cards.some((card) => card.id === ids[1])) {
      expect(await second.locator('.kl-card__detail').isVisible()).toBe(true);
    }
    await popup.keyboard.press('Enter');
    expect(await activeElement(popup)).toMatchObject({ cardId: ids[1], expanded: 'false' });

    // Escape from a result clears the query and puts focus back in the field.
    await popup.keyboard.press('Escape');
    expect(await popup.inputValue('input[type=search]')).toBe('');
    expect(await activeElement(popup)).toMatchObject({ tag: 'input', type: 'search' });
    await popup.waitForSelector('#kl-on-page');

    // Escape with nothing to clear closes the popup. Chrome lets an extension page close its
    // own tab with window.close(), so the tab-hosted popup really closes here.
    // (The key's keyup then has no page to go to, so press() itself reports the closing.)
    const closed = popup.waitForEvent('close', { timeout: 10_000 });
    await popup.keyboard.press('Escape').catch((error: Error) => {
      if (!popup.isClosed()) throw error;
    });
    await closed;
    expect(popup.isClosed()).toBe(true);
  });

  it('clears from the field itself too, leaving focus there', async () => {
    await withPopup(async (popup) => {
      await popup.keyboard.type('esketamine');
      await popup.waitForSelector('article[data-card-id]');
      await popup.keyboard.press('Escape');
      expect(await popup.inputValue('input[type=search]')).toBe('');
      expect(await activeElement(popup)).toMatchObject({ tag: 'input' });
      expect(popup.isClosed()).toBe(false);
    });
  });
});

describe('with an empty query', () => {
  it('lists the terms found on the page with their counts', async () => {
    await withPopup(async (popup) => {
      await popup.waitForSelector('.kl-found__item');
      const found = await popup.locator('.kl-found__item').evaluateAll((items) =>
        items.map((item) => ({
          id: item.getAttribute('data-found-id'),
          label: item.firstElementChild?.textContent,
          count: item.querySelector('.kl-found__count')?.firstChild?.textContent,
        })),
      );
      expect(found).toEqual([
        { id: 'ketamine', label: 'Ketamine', count: '3' },
        { id: 'esketamine', label: 'Esketamine', count: '1' },
        {
          id: 'myth-just-horse-tranquiliser',
          label: 'Myth: Ketamine is just a horse tranquiliser.',
          count: '1',
        },
      ]);
      // Screen readers hear "3 on this page", not a bare number.
      expect(await popup.locator('.kl-found__item').first().textContent()).toBe(
        'Ketamine3 on this page',
      );
    });
  });

  it('jumps to the next occurrence in the page and opens its card', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const inView = (selector: string) =>
      page.waitForFunction(
        (sel) => {
          const rect = document.querySelector(sel)?.getBoundingClientRect();
          const dialog = document
            .querySelector('ketamine-lens-card')
            ?.shadowRoot?.querySelector('[role=dialog]');
          return !!rect && !!dialog && rect.top >= 0 && rect.bottom <= innerHeight;
        },
        selector,
        { timeout: 15_000 },
      );
    const cardHeading = () =>
      page.evaluate(
        () =>
          document
            .querySelector('ketamine-lens-card')
            ?.shadowRoot?.querySelector('#kl-hover-heading')?.textContent,
      );
    expect(await page.evaluate(() => scrollY)).toBe(0);

    await withPopup(async (popup) => {
      await popup.waitForSelector('.kl-found__item');
      await popup.click('[data-found-id="ketamine"]');
      await inView('#first');
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1000);
      expect(await cardHeading()).toBe('Ketamine');

      // The next click goes on to the next occurrence.
      await popup.click('[data-found-id="ketamine"]');
      await inView('#second');
      expect(await cardHeading()).toBe('Ketamine');

      await popup.click('[data-found-id="myth-just-horse-tranquiliser"]');
      await inView('#myth');
      expect(await cardHeading()).toBe('“horse tranquilizer”');
    });
  });

  it('lists the misconceptions, then the cards by topic', async () => {
    await withPopup(async (popup) => {
      const myths = popup.locator('section[aria-labelledby="kl-myths"] article[data-card-id]');
      await myths.first().waitFor();
      expect(
        await myths.evaluateAll((els) => els.map((el) => el.getAttribute('data-card-id'))),
      ).toEqual(pack.misconceptions.map((myth) => myth.id));
      const topics = popup.locator('section[aria-labelledby="kl-topics"] details');
      expect(await topics.locator('summary').allTextContents()).toEqual(
        pack.article.sections.map(
          (section) => `${section} (${pack.cards.filter((c) => c.section === section).length})`,
        ),
      );
      // A topic opens to its cards, which expand like search results.
      const first = topics.first();
      await first.locator('summary').click();
      const cards = first.locator('article[data-card-id]');
      expect(await cards.count()).toBe(
        pack.cards.filter((c) => c.section === pack.article.sections[0]).length,
      );
      await cards.first().locator('button[aria-expanded]').click();
      expect(await cards.first().locator('.kl-card__detail').isVisible()).toBe(true);
    });
  });
});

describe('footer', () => {
  it('credits the article and says it is not medical advice, with or without a query', async () => {
    await withPopup(async (popup) => {
      for (const query of ['', 'ketamine']) {
        await search(popup, query);
        const footer = await popup.locator('footer').textContent();
        expect(footer).toContain('Ketamine-Assisted Psychotherapy');
        expect(footer).toContain('Ella Cooper');
        expect(footer).toContain('15 January 2024');
        expect(footer).toContain('Mirror Psychology LTD');
        expect(footer).toContain('not medical advice');
        expect(await popup.locator('footer').isVisible()).toBe(true);
      }
    });
  });
});
