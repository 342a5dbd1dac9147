import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TranslationLanguage } from '../../content/languages';
import { localisePack } from '../../content/localise';
import { cardsForTerm, pack } from '../../content/pack';
import { TRANSLATIONS } from '../../content/translations';
import { messagesOf } from '../locale-messages';
import { rangeInfos, texts } from './engine-helpers';
import { MYTH, useExtension } from './harness';
import { hoverTerm, pointAt, waitForCard } from './hover-helpers';
import { openPopupFor, search, tabIdOf } from './popup-helpers';
import { changeSettings, resetSettings } from './settings-helpers';

// A reader whose browser speaks German or Russian reads a news page in that language: the
// drug's name opens a card in that language, the article's myth in that language is flagged
// and corrected in it, and the popup answers a question asked in it with the card in it.
// Expected texts come from the translation files, never from this test.

interface Reader {
  lang: TranslationLanguage;
  /** A news paragraph naming the drug, and one repeating the myth beside it. */
  html: string;
  term: string;
  myth: string;
  question: string;
  answer: string;
}

const READERS: Reader[] = [
  {
    lang: 'de',
    html: `<p id="term">Ketamin wird in Kliniken zur kurzen Narkose eingesetzt.</p>
      <p id="myth">Kritiker nennen Ketamin ein bloßes Pferdeberuhigungsmittel.</p>`,
    term: 'Ketamin',
    myth: 'Pferdeberuhigungsmittel',
    question: 'wie schnell wirkt es gegen Angst',
    answer: 'anxiety-relief-in-hours',
  },
  {
    lang: 'ru',
    html: `<p id="term">Кетамин применяют в клиниках для кратковременного наркоза.</p>
      <p id="myth">Критики называют кетамин лошадиным транквилизатором.</p>`,
    term: 'Кетамин',
    myth: 'лошадиным транквилизатором',
    question: 'как быстро действует при тревоге',
    answer: 'anxiety-relief-in-hours',
  },
];

const newsPage = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>News</title></head>
   <body><main>${body}</main></body></html>`;

/** A card's title text (after the label a myth or a question has). */
/** A card's words: its title where it shows one, else its text (a term's best card in the
 * hover card, which the term's heading names). */
const TITLE = '.kl-card__title > span:not(.kl-card__label), .kl-card__summary[lang]';

/** The card's article elements as the reader sees them: id, language and title. */
function shownCards(page: Page) {
  return page.evaluate(
    (TITLE) =>
      [
        ...(document
          .querySelector('ketamine-lens-card')
          ?.shadowRoot?.querySelectorAll<HTMLElement>('article[data-card-id]') ?? []),
      ]
        .filter((card) => card.offsetParent !== null)
        .map((card) => ({
          id: card.dataset.cardId,
          lang: card.querySelector(TITLE)?.getAttribute('lang'),
          title: card.querySelector(TITLE)?.textContent,
        })),
    TITLE,
  );
}

describe.each(READERS)('a reader whose browser speaks $lang', (reader) => {
  const lens = useExtension({ uiLanguage: reader.lang });
  const translation = TRANSLATIONS[reader.lang];
  if (!translation) throw new Error(`no ${reader.lang} translation`);
  const localised = localisePack(pack, translation);

  async function openNews(): Promise<Page> {
    const site = await lens.site();
    return lens.open(site.page('/news.html', newsPage(reader.lang, reader.html)), { front: true });
  }

  it('opens the drug’s card in that language, its English original a click away', async () => {
    const page = await openNews();
    await pointAt(page, { within: '#term' });
    const label = localised.terms.find((term) => term.id === 'ketamine')?.label;
    await waitForCard(page, label);
    const best = cardsForTerm('ketamine', localised)[0];
    const english = cardsForTerm('ketamine', pack)[0];
    expect((await shownCards(page))[0]).toEqual({
      id: best?.id,
      lang: reader.lang,
      title: best?.summary,
    });

    const shadow = page.locator('ketamine-lens-card');
    // The switch is with the source, which opens in place under the card.
    await shadow.locator('.kl-hover__source-toggle').click();
    await shadow.locator('.kl-card__original').first().click();
    await expect
      .poll(async () => (await shownCards(page))[0])
      .toEqual({ id: english?.id, lang: 'en', title: english?.summary });
    await page.close();
  });

  it('flags the article’s myth as written in that language, and corrects it in it', async () => {
    const page = await openNews();
    await expect.poll(async () => texts(await rangeInfos(page), MYTH)).toEqual([reader.myth]);
    await hoverTerm(
      page,
      { within: '#myth', highlight: MYTH },
      messagesOf(reader.lang)('quoted', reader.myth),
    );
    const myth = localised.misconceptions.find((m) => m.id === 'myth-just-horse-tranquiliser');
    expect(await shownCards(page)).toEqual([
      { id: myth?.id, lang: reader.lang, title: myth?.myth },
    ]);
    await page.close();
  });

  it('the popup answers a question asked in that language with the card in it', async () => {
    const page = await openNews();
    const site = new URL(page.url()).origin;
    const popup = await openPopupFor(lens.browser, await tabIdOf(lens.browser, site));
    await search(popup, reader.question);
    const top = await popup.locator('article[data-card-id]').evaluateAll((cards) =>
      cards.slice(0, 3).map((card) => ({
        id: card.getAttribute('data-card-id'),
        lang: card.querySelector('.kl-card__title [lang]')?.getAttribute('lang'),
      })),
    );
    expect(top).toContainEqual({ id: reader.answer, lang: reader.lang });
    await popup.close();
    await page.close();
  });

  it('shows the cards in English when the reader chooses English', async () => {
    await changeSettings(lens.browser, { cardLanguage: 'en' });
    try {
      const page = await openNews();
      await hoverTerm(page, { within: '#term' }, 'Ketamine');
      const english = cardsForTerm('ketamine', pack)[0];
      expect((await shownCards(page))[0]).toEqual({
        id: english?.id,
        lang: 'en',
        title: english?.summary,
      });
      await page.close();
    } finally {
      await resetSettings(lens.browser);
    }
  });
});

describe('a brand name the article never uses', () => {
  const lens = useExtension();

  it('opens the drug’s card and says, visibly, that the article does not mention the brand', async () => {
    const site = await lens.site();
    const page = await lens.open(
      site.page(
        '/brand.html',
        newsPage('en', '<p id="brand">Spravato is now offered in clinics.</p>'),
      ),
      { front: true },
    );
    await pointAt(page, { within: '#brand' });
    const card = await waitForCard(page, 'Esketamine');
    expect(card.ids[0]).toBe(cardsForTerm('esketamine', pack)[0]?.id);
    expect(card.text).toContain(messagesOf('en')('brandNameNote', 'Spravato'));
    await page.close();
  });
});
