import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { TranslationLanguage } from '../../content/languages';
import { localisePack } from '../../content/localise';
import { cardsForTerm, pack } from '../../content/pack';
import { TRANSLATIONS } from '../../content/translations';
import { messagesOf } from '../locale-messages';
import { termCentre, useFirefox, waitForCard, waitInPage } from './firefox-harness';
import { MYTH } from './harness';

// The reader-language tests of tests/e2e/reader-language.test.ts in Firefox ESR, whose UI
// language comes from Debian's language packs: a page in that language opens the card in it,
// flags the myth written in it, and the popup answers a question asked in it.

const READERS = [
  {
    lang: 'de' as TranslationLanguage,
    html: `<p id="term">Ketamin wird in Kliniken zur kurzen Narkose eingesetzt.</p>
      <p id="myth">Kritiker nennen Ketamin ein bloßes Pferdeberuhigungsmittel.</p>`,
    myth: 'Pferdeberuhigungsmittel',
    question: 'wie schnell wirkt es gegen Angst',
    answer: 'anxiety-relief-in-hours',
  },
  {
    lang: 'ru' as TranslationLanguage,
    html: `<p id="term">Кетамин применяют в клиниках для кратковременного наркоза.</p>
      <p id="myth">Критики называют кетамин лошадиным транквилизатором.</p>`,
    myth: 'лошадиным транквилизатором',
    question: 'как быстро действует при тревоге',
    answer: 'anxiety-relief-in-hours',
  },
];

/** A card's words: its title where it shows one, else its text (a term's best card in the
 * hover card, which the term's heading names). */
const TITLE = '.kl-card__title > span:not(.kl-card__label), .kl-card__summary[lang]';
/** In the popup the title is the button that expands the card. */
const POPUP_TITLE = '.kl-card__title > .kl-card-toggle > span';

/** The shown cards' ids, languages and titles, from the card's shadow root. */
function shownCards(page: Page) {
  return page.evaluate((title: string) => {
    const root = document.querySelector('ketamine-lens-card')?.shadowRoot;
    return [...(root?.querySelectorAll<HTMLElement>('article[data-card-id]') ?? [])]
      .filter((card) => card.offsetParent !== null)
      .map((card) => ({
        id: card.dataset.cardId,
        lang: card.querySelector(title)?.getAttribute('lang'),
        title: card.querySelector(title)?.textContent,
      }));
  }, TITLE);
}

describe.each(READERS)('in a Firefox that speaks $lang', (reader) => {
  const firefox = useFirefox({ keepWelcome: true, uiLanguage: reader.lang });
  const translation = TRANSLATIONS[reader.lang];
  if (!translation) throw new Error(`no ${reader.lang} translation`);
  const localised = localisePack(pack, translation);
  const html = `<!doctype html><html lang="${reader.lang}"><meta charset="utf-8"><title>News</title><main>${reader.html}</main></html>`;

  it('opens the drug’s card in that language', async () => {
    const page = await firefox.open(`/news-${reader.lang}.html`, html);
    const point = await termCentre(page, { within: '#term' });
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, localised.terms.find((term) => term.id === 'ketamine')?.label ?? '');
    const best = cardsForTerm('ketamine', localised)[0];
    expect((await shownCards(page))[0]).toEqual({
      id: best?.id,
      lang: reader.lang,
      title: best?.summary,
    });
    await page.close();
  });

  it('flags the myth written in that language and corrects it in it', async () => {
    const page = await firefox.open(`/myth-${reader.lang}.html`, html);
    const point = await termCentre(page, { within: '#myth', highlight: MYTH });
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, messagesOf(reader.lang)('quoted', reader.myth));
    const myth = localised.misconceptions.find((m) => m.id === 'myth-just-horse-tranquiliser');
    expect(await shownCards(page)).toEqual([
      { id: myth?.id, lang: reader.lang, title: myth?.myth },
    ]);
    await page.close();
  });

  it('the popup answers a question asked in that language with the card in it', async () => {
    const welcome = firefox.welcome;
    if (!welcome) throw new Error('The install opened no welcome page');
    // WebDriver may not open an extension page, but an extension page may open another: the
    // welcome tab becomes the search page, with the question in its address (as the context
    // menu's lookup opens it), and the field is typed into as a reader would.
    const popup = welcome;
    await popup.evaluate(() => location.assign('/popup.html'));
    await waitInPage(
      popup,
      () => document.querySelector('input[type=search]') !== null,
      undefined,
      {
        timeout: 10_000,
      },
    );
    await popup.type('input[type=search]', reader.question);
    await waitInPage(
      popup,
      (id: string) => document.querySelector(`article[data-card-id="${id}"]`) !== null,
      reader.answer,
      { timeout: 10_000 },
    );
    const top = await popup.evaluate(
      (title: string) =>
        [...document.querySelectorAll('article[data-card-id]')].slice(0, 3).map((card) => ({
          id: card.getAttribute('data-card-id'),
          lang: card.querySelector(title)?.getAttribute('lang'),
        })),
      POPUP_TITLE,
    );
    expect(top).toContainEqual({ id: reader.answer, lang: reader.lang });
  });
});
