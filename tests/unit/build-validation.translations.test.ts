import { describe, it, vi } from 'vitest';
import { BUILD_HOOK_TIMEOUT, expectBuildToStopNaming } from './build-hook';

// The build's `build:before` hook checks the translations too: here the German one lacks a
// card's summary and states another number than English in a misconception's answer.
vi.mock('../../content/translations', async () => {
  // The data files, not pack.ts: pack.ts imports this very module.
  const { SECTION } = await import('../../content/article');
  const pack = {
    ...(await import('../../content/cards')),
    ...(await import('../../content/misconceptions')),
    ...(await import('../../content/terms')),
    ...(await import('../../content/disclaimer')),
  };
  const same = (text: string) => text.replace(/\btwo\b/g, '2').replace(/\bonce\b/g, 'one time');
  const de = {
    language: 'de',
    disclaimer: same(pack.disclaimer),
    sections: { ...SECTION },
    terms: Object.fromEntries(pack.terms.map((t) => [t.id, t.label])),
    cards: Object.fromEntries(
      pack.cards.map((c) => [
        c.id,
        {
          title: same(c.title),
          summary: same(c.summary),
          detail: same(c.detail),
          keywords: c.keywords.map(same),
          questions: c.questions.map(same),
        },
      ]),
    ),
    misconceptions: Object.fromEntries(
      pack.misconceptions.map((m) => [
        m.id,
        {
          myth: m.myth,
          correction: same(m.correction),
          keywords: m.keywords,
          questions: m.questions,
          phrases: m.phrases.map((p) => `${p} (de)`),
        },
      ]),
    ),
  };
  delete (de.cards['nhs-70-percent'] as { summary?: string }).summary;
  (de.misconceptions['myth-works-slowly'] as { correction: string }).correction =
    'Antidepressiva brauchen 4 Wochen.';
  return { TRANSLATIONS: { de } };
});

describe('the build', () => {
  it(
    'fails on a translation with a missing field or another number, naming file, card, field and language',
    async () => {
      await expectBuildToStopNaming(
        'content/translations/de.ts: card "nhs-70-percent": field "summary" (de): missing',
        'content/translations/de.ts: misconception "myth-works-slowly": field "correction" (de): numbers differ from English: en has 4, 6; de has 4',
      );
    },
    BUILD_HOOK_TIMEOUT,
  );
});
