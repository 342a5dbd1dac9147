import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  addParagraph,
  changeAndWaitForScan,
  expectNoBadRanges,
  rangeInfos,
  texts,
  waitForTexts,
} from './engine-helpers';
import { closePagesAfterEach, MYTH, useExtension } from './harness';
import { addParagraphIn } from './page-side';
import { inWorker, tabIdOf, waitForBadge } from './popup-helpers';
import { resetSettings } from './settings-helpers';

// Context terms (off-label, treatment-resistant depression, ...) and myth phrases ("horse
// tranquilizer") are highlighted only near a ketamine-family term (CONTEXT_REACH characters).
// Negative checks wait for the first full scan (the ready mark) or a later scan measure first.

const lens = useExtension();
closePagesAfterEach(lens);

/** A page on a server of its own, so its tab (and badge) can be found by origin. */
async function openOwn(html: string): Promise<{ page: Page; tabId: number }> {
  const site = await lens.site();
  const page = await lens.open(site.page('/page.html', html));
  return { page, tabId: await tabIdOf(lens.browser, site.origin) };
}

const page = (title: string, body: string) => `<!doctype html><html lang="en"><head>
  <meta charset="utf-8"><title>${title}</title></head><body><main id="main">${body}</main></body></html>`;

const OZEMPIC = page(
  'Ozempic',
  `<h1>Ozempic for weight loss</h1>
   <p>Ozempic (semaglutide) is approved for type 2 diabetes.</p>
   <p id="off">Many doctors prescribe it off-label for weight loss; off-label use is legal.</p>
   <p>It is not a treatment for treatment-resistant depression or generalised anxiety disorder.</p>`,
);

const XYLAZINE = page(
  'Xylazine',
  `<h1>What is tranq?</h1>
   <p>Xylazine, known on the street as tranq, is a horse tranquilizer.</p>
   <p>Dealers cut the horse tranq into fentanyl.</p>`,
);

const KETAMINE = page(
  'Ketamine',
  `<h1>Ketamine for depression</h1>
   <p>Doctors may prescribe it off-label for treatment-resistant depression.</p>
   <p>Critics call it just a horse tranquilizer.</p>
   <p>It also helps some people with generalised anxiety disorder.</p>`,
);

/** What the ketamine page highlights: its family term, and the context terms and myth near it. */
const KETAMINE_TEXTS = [
  'Ketamine',
  'off-label',
  'treatment-resistant depression',
  'horse tranquilizer',
  'generalised anxiety disorder',
];

describe('context terms need a ketamine-family term close by', () => {
  it('an Ozempic-like page that says off-label and never ketamine highlights nothing', async () => {
    const { page: ozempic, tabId } = await openOwn(OZEMPIC);
    expect(await rangeInfos(ozempic)).toEqual([]);
    await waitForBadge(lens.browser, tabId, '');
  });

  it('a xylazine "horse tranquilizer" story shows no myth', async () => {
    const { page: xylazine, tabId } = await openOwn(XYLAZINE);
    expect(await rangeInfos(xylazine)).toEqual([]);
    await waitForBadge(lens.browser, tabId, '');
  });

  it('the same phrases on a ketamine page are highlighted, in blocks without the word', async () => {
    const { page: ketamine, tabId } = await openOwn(KETAMINE);
    await waitForTexts(ketamine, KETAMINE_TEXTS);
    expect(texts(await rangeInfos(ketamine), MYTH)).toEqual(['horse tranquilizer']);
    // The badge counts what is highlighted: five distinct terms and myths.
    await waitForBadge(lens.browser, tabId, '5');
  });

  it('a story about another drug that names ketamine once, far away, flags nothing near it', async () => {
    const filler =
      '<p>Officials describe how the drug spread across the city this year.</p>'.repeat(24);
    const { page: story } = await openOwn(
      page(
        'Tranq',
        `<p>Police said the powder also held traces of ketamine.</p>${filler}
         <p id="far">Xylazine, known as tranq, is a horse tranquilizer prescribed off-label.</p>`,
      ),
    );
    await waitForTexts(story, ['ketamine']);
    // A sentence that names ketamine beside the phrase puts that one in context.
    await story.evaluate(addParagraphIn, {
      text: 'Ketamine, too, is called a horse tranquilizer.',
      after: '#far',
    });
    await waitForTexts(story, [
      'ketamine',
      'horse tranquilizer',
      'off-label',
      'Ketamine',
      'horse tranquilizer',
    ]);
  });

  it('context terms appear when a family term arrives later and go when it goes', async () => {
    const { page: live, tabId } = await openOwn(OZEMPIC);
    expect(await rangeInfos(live)).toEqual([]);

    // A ketamine paragraph arrives (a comment, an infinite-scroll item).
    await live.evaluate(addParagraphIn, {
      text: 'Some clinics now offer esketamine instead.',
      id: 'later',
      into: '#main',
    });
    await waitForTexts(live, [
      'esketamine',
      'off-label',
      'off-label use',
      'treatment-resistant depression',
      'generalised anxiety disorder',
    ]);
    await waitForBadge(lens.browser, tabId, '4');
    await expectNoBadRanges(live);

    // The only family term goes: so do the context terms, and the badge follows.
    await live.evaluate(() => document.getElementById('later')?.remove());
    await waitForTexts(live, []);
    await waitForBadge(lens.browser, tabId, '');

    // Context terms added while no family term is there stay hidden too.
    await changeAndWaitForScan(live, () => addParagraph(live, 'More off-label prescribing.'));
    expect(await rangeInfos(live)).toEqual([]);
  });

  it('a ketamine link in an aside, the navigation or the footer does not make a ketamine page', async () => {
    const { page: news } = await openOwn(
      page(
        'Ozempic news',
        `<nav><a href="#k">Ketamine</a></nav>
         <p>Many doctors prescribe Ozempic off-label.</p>
         <aside><h2>Related</h2><p>Ketamine clinics are opening.</p></aside>
         <div role="contentinfo">Our esketamine guide</div>`,
      ),
    );
    await waitForTexts(news, ['Ketamine', 'Ketamine', 'esketamine']);
    // The same family term in the article's own text puts it in context.
    await addParagraph(news, 'Ketamine is sometimes prescribed off-label too.');
    await waitForTexts(news, [
      'Ketamine',
      'Ketamine',
      'esketamine',
      'off-label',
      'Ketamine',
      'off-label',
    ]);
  });

  it('each frame decides for itself: a ketamine page does not light up an Ozempic frame', async () => {
    const site = await lens.site();
    site.page('/ozempic.html', OZEMPIC);
    const top = await lens.open(
      site.page(
        '/top.html',
        page(
          'Top',
          `<p>Ketamine news.</p><p>Prescribed off-label.</p>
           <iframe name="ad" src="/ozempic.html"></iframe>`,
        ),
      ),
    );
    await waitForTexts(top, ['Ketamine', 'off-label']);
    const ad = top.frames().find((f) => f.name() === 'ad');
    if (!ad) throw new Error('no ad frame');
    await ad.waitForFunction(() => performance.getEntriesByName('ketamine-lens:ready').length > 0);
    expect(await rangeInfos(ad)).toEqual([]);
  });

  it('with terms switched off, a myth on a ketamine page is still flagged', async () => {
    const { page: ketamine } = await openOwn(KETAMINE);
    await waitForTexts(ketamine, KETAMINE_TEXTS);
    try {
      await inWorker(lens.browser, (chrome) =>
        chrome.storage.local.set({
          settings: {
            enabled: true,
            highlightTerms: false,
            highlightMisconceptions: true,
            style: 'marker',
            pausedOrigins: [],
          },
        }),
      );
      // The family term is still found, but not shown: the myth keeps its context.
      await waitForTexts(ketamine, ['horse tranquilizer']);
      expect(texts(await rangeInfos(ketamine), MYTH)).toEqual(['horse tranquilizer']);
    } finally {
      await resetSettings(lens.browser);
    }
  });
});

describe('other languages', () => {
  it('highlights esketamine in Japanese, Chinese and Korean as one range, and inflected forms', async () => {
    const { page: multilingual } = await openOwn(
      page(
        'Languages',
        `<p lang="ja">エスケタミンは点鼻薬です。</p>
         <p lang="zh">艾司氯胺酮是一种鼻喷剂。</p>
         <p lang="ko">에스케타민은 비강 스프레이입니다.</p>
         <p lang="ru">Сравнение с кетамином и действие эскетамина.</p>
         <p lang="de">Die Wirkung des Ketamins.</p>
         <p lang="pl">Działanie ketaminy.</p>
         <p lang="el">Η δράση της κεταμίνης.</p>
         <p lang="uk">Ескетамін.</p>`,
      ),
    );
    await waitForTexts(multilingual, [
      'エスケタミン',
      '艾司氯胺酮',
      '에스케타민',
      'кетамином',
      'эскетамина',
      'Ketamins',
      'ketaminy',
      'κεταμίνης',
      'Ескетамін',
    ]);
    await expectNoBadRanges(multilingual);
  });
});
