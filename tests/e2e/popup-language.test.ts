import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pluralKey } from '../../common/i18n/plural';
import { notCoveredText } from '../../components/popup/search-statements';
import { localisePack } from '../../content/localise';
import { pack } from '../../content/pack';
import { TRANSLATIONS } from '../../content/translations';
import { SAFETY_TOPICS } from '../../core/card-search/not-covered';
import { messagesOf } from '../locale-messages';
import { useExtension } from './harness';
import { HOVER_PAGE_MYTH, hoverTerm } from './hover-helpers';
import { openPopupFor, search, tabIdOf } from './popup-helpers';

// The popup in a German and a Russian browser: its own words in that language, <html lang>
// saying so, and the card text (the article's English) marked lang="en". popup-page.html has
// ketamine, esketamine and the myth "horse tranquilizer". KL_SHOTS=dir saves screenshots.

const shots = process.env.KL_SHOTS;

/** The status line's text once the search has answered `query`. */
async function statusFor(popup: Page, query: string): Promise<string> {
  await search(popup, query);
  const status = popup.locator('[role=status]');
  await status.locator('p').first().waitFor();
  return (await status.textContent()) ?? '';
}

describe.each(['de', 'ru'] as const)('the popup in a %s browser', (lang) => {
  const message = messagesOf(lang);
  const lens = useExtension({ uiLanguage: lang });
  const translation = TRANSLATIONS[lang];
  if (!translation) throw new Error(`no ${lang} translation`);
  const localised = localisePack(pack, translation);

  it('searches in that language and English at once', async () => {
    const page = await lens.open('/popup-page.html');
    const tabId = await tabIdOf(lens.browser, lens.server.origin);
    const popup = await openPopupFor(lens.browser, tabId);
    // The myth's name in the reader's language, then in English: the same card, once.
    for (const query of [
      lang === 'de' ? 'Pferdeberuhigungsmittel' : 'лошадиный транквилизатор',
      'horse tranquilizer',
    ]) {
      await search(popup, query);
      const myth = popup.locator('article[data-card-id="myth-just-horse-tranquiliser"]');
      await myth.waitFor();
      expect(await myth.count()).toBe(1);
    }
    // A safety question in the reader's language: its statement, in that language, no card.
    expect(await statusFor(popup, lang === 'de' ? 'Nebenwirkungen' : 'побочные эффекты')).toBe(
      notCoveredText(
        { subject: 'side effects', safety: true, topic: 'side-effects', words: null },
        message,
      ),
    );
    expect(await popup.locator('article[data-card-id]').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('shows its strings and its cards in that language, marked so', async () => {
    await lens.open('/popup-page.html');
    const tabId = await tabIdOf(lens.browser, lens.server.origin);
    const popup = await openPopupFor(lens.browser, tabId);
    await popup.locator('.kl-found__item').first().waitFor();

    expect(await popup.locator('html').getAttribute('lang')).toBe(lang);
    expect(await popup.locator('label[for=kl-search]').textContent()).toBe(
      message('popupSearchLabel'),
    );
    expect(await popup.locator('#kl-search').getAttribute('placeholder')).toBe(
      message('popupSearchPlaceholder'),
    );
    expect(await popup.locator('#kl-on-page').textContent()).toBe(message('onThisPageHeading'));
    expect(await popup.locator('#kl-myths').textContent()).toBe(message('browseMythsHeading'));
    expect(await popup.locator('#kl-topics').textContent()).toBe(message('browseTopicsHeading'));
    expect(await popup.locator('.kl-settings > summary').textContent()).toBe(
      message('settingsHeading'),
    );
    expect(await popup.locator('.kl-disclaimer').textContent()).toBe(message('disclaimer'));

    // The myth found on the page: a localized label, then the myth in that language.
    const myth = popup.locator('[data-found-id="myth-just-horse-tranquiliser"]');
    const mythText = localised.misconceptions.find((m) => m.id === 'myth-just-horse-tranquiliser');
    expect(await myth.textContent()).toContain(`${message('cardLabelMyth')} ${mythText?.myth}`);
    expect(await myth.locator(`[lang=${lang}]`).textContent()).toBe(mythText?.myth);

    // Every card: title and text in that language and marked so, labels in the UI's language.
    const marks = await popup.evaluate(
      (lang) =>
        [...document.querySelectorAll('article[data-card-id]')].map((card) => ({
          title:
            card.querySelector(`.kl-card__title [lang="${lang}"]:not(.kl-card__label)`)
              ?.textContent ?? '',
          label: card.querySelector('.kl-card__label')?.getAttribute('lang') ?? null,
          text: (
            card.querySelector(
              `.kl-card__summary [lang="${lang}"], .kl-card__summary[lang="${lang}"]`,
            )?.textContent ?? ''
          ).length,
        })),
      lang,
    );
    expect(marks.length).toBe(pack.cards.length + pack.misconceptions.length);
    for (const mark of marks) {
      expect(mark.title.length).toBeGreaterThan(0);
      expect(mark.text).toBeGreaterThan(0);
    }
    expect(marks.filter((m) => m.label !== null).every((m) => m.label === lang)).toBe(true);
    expect(marks.filter((m) => m.label !== null).length).toBe(pack.misconceptions.length);

    // Longer labels fit the settings panel of a narrow popup (nothing sticks out of it).
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.locator('.kl-settings > summary').click();
    const outside = await popup.evaluate(() => {
      const panel = document.querySelector('.kl-settings')?.getBoundingClientRect();
      return [...document.querySelectorAll('.kl-settings *')]
        .filter((el) => !panel || el.getBoundingClientRect().right > panel.right + 0.5)
        .map((el) => el.outerHTML.slice(0, 60));
    });
    expect(outside).toEqual([]);
    if (shots) {
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.screenshot({ path: join(shots, `popup-start-${lang}-light.png`) });
    }
    await popup.locator('.kl-settings > summary').click();

    // Results counted with the language's plural rules.
    const status = await statusFor(popup, 'esketamine');
    const count = await popup.locator('#kl-results ~ * article, .kl-list article').count();
    expect(count).toBeGreaterThan(0);
    expect(status).toBe(message(pluralKey('searchCardCount', count, lang), String(count)));

    // An open card says it is our translation, in the reader's language, and cites the
    // article's title in English.
    await popup.locator('.kl-card-toggle').first().click();
    const source = popup.locator('.kl-source').first();
    await source.waitFor();
    const lead =
      message('sourceFullTranslated', pack.article.title).split(pack.article.title)[0] ?? '';
    expect(await source.textContent()).toContain(`${lead}${pack.article.title}`);
    expect(await source.locator('[lang=en]').first().textContent()).toBe(pack.article.title);
    if (shots) await popup.screenshot({ path: join(shots, `popup-search-${lang}-light.png`) });

    // Words no card has, and the statement, in the reader's language and quotation marks.
    expect(await statusFor(popup, 'PTSD')).toBe(
      notCoveredText(
        { subject: '“PTSD”', safety: false, topic: null, words: 'PTSD' },
        message,
        (word) => message('quoted', word),
      ) + message('searchNoCardMentions', message('quoted', 'PTSD')),
    );
    const pregnancy = SAFETY_TOPICS.find((topic) => topic.id === 'pregnancy');
    if (!pregnancy) throw new Error('no pregnancy topic');
    expect(await statusFor(popup, 'ketamine pregnancy')).toBe(
      notCoveredText(
        { subject: pregnancy.name, safety: true, topic: 'pregnancy', words: null },
        message,
      ),
    );
    if (shots) await popup.screenshot({ path: join(shots, `popup-safety-${lang}-light.png`) });

    await popup.close();

    // The hover card shares the card labels: in the reader's language, and so is the myth.
    const page = await lens.open('/hover-page.html');
    await hoverTerm(page, HOVER_PAGE_MYTH);
    const labels = await page.evaluate(() => {
      const root = document.querySelector('ketamine-lens-card')?.shadowRoot;
      return [...(root?.querySelectorAll('.kl-card__label, .kl-card__origin') ?? [])].map((el) => ({
        text: el.textContent,
        lang: el.getAttribute('lang'),
      }));
    });
    expect(labels).toEqual([
      { text: `${message('cardLabelMyth')} `, lang },
      { text: message('cardOriginArticle'), lang },
      { text: `${message('cardLabelCorrection')} `, lang },
    ]);
    const mythTitle = await page.evaluate(
      (lang) =>
        document
          .querySelector('ketamine-lens-card')
          ?.shadowRoot?.querySelector(`.kl-card__title [lang="${lang}"]:not(.kl-card__label)`)
          ?.textContent,
      lang,
    );
    expect(mythTitle).toBe(mythText?.myth);
  });
});
