import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLURAL_CATEGORIES, pluralKey } from '../../common/i18n/plural';
import { originLabels } from '../../components/fact-card/entry-labels';
import { notCoveredText, SAFETY_STATEMENTS } from '../../components/popup/search-statements';
import { pack } from '../../content/pack';
import { SAFETY_TOPICS } from '../../core/card-search/not-covered';
import english from '../../public/_locales/en/messages.json';
import { messagesOf } from '../locale-messages';

// How the UI words things in each language: plural forms, the search's statements, the
// card labels. (tests/unit/locales.test.ts checks that every locale has every key.)

const locales = readdirSync(join(import.meta.dirname, '../../public/_locales'));
const families = Object.keys(english)
  .filter((key) => key.endsWith('_other'))
  .map((key) => key.slice(0, -'_other'.length));

describe('plural forms', () => {
  it('every plural family has a key for each category', () => {
    expect(families.length).toBeGreaterThan(0);
    for (const family of families) {
      for (const category of PLURAL_CATEGORIES)
        expect(english).toHaveProperty(`${family}_${category}`);
    }
  });

  it.each([
    [1, 'searchCardCount_one', '1 карточка'],
    [3, 'searchCardCount_few', '3 карточки'],
    [5, 'searchCardCount_many', '5 карточек'],
    [11, 'searchCardCount_many', '11 карточек'],
    [21, 'searchCardCount_one', '21 карточка'],
    [24, 'searchCardCount_few', '24 карточки'],
  ])('Russian %i uses %s: “%s”', (count, key, text) => {
    expect(pluralKey('searchCardCount', count, 'ru')).toBe(key);
    expect(messagesOf('ru')(pluralKey('searchCardCount', count, 'ru'), String(count))).toBe(text);
  });

  it('English, German, French and Spanish say one card and 2 cards', () => {
    const two = { en: '2 cards', de: '2 Karten', fr: '2 fiches', es: '2 fichas' };
    for (const [locale, text] of Object.entries(two)) {
      expect(pluralKey('searchCardCount', 1, locale)).toBe('searchCardCount_one');
      expect(messagesOf(locale)(pluralKey('searchCardCount', 2, locale), '2')).toBe(text);
    }
  });

  it('a category a family lacks (Arabic "two") falls back to "other"', () => {
    expect(pluralKey('searchCardCount', 2, 'ar')).toBe('searchCardCount_other');
  });
});

describe('what the search says the article does not cover', () => {
  it('has a statement for each safety topic, and only for those', () => {
    expect(Object.keys(SAFETY_STATEMENTS).sort()).toEqual(SAFETY_TOPICS.map((t) => t.id).sort());
  });

  it.each(locales)(
    '%s: each topic in its own sentence, then where such questions belong',
    (locale) => {
      const message = messagesOf(locale);
      const askInstead = message('notCoveredAskInstead');
      const sentences = new Set<string>();
      for (const topic of SAFETY_TOPICS) {
        const text = notCoveredText(
          { subject: topic.name, safety: true, topic: topic.id, words: null },
          message,
        );
        expect(text.endsWith(` ${askInstead}`), `${locale} ${topic.id}`).toBe(true);
        sentences.add(text);
      }
      expect(sentences.size).toBe(SAFETY_TOPICS.length);
      const words = notCoveredText(
        { subject: '“PTSD”', safety: false, topic: null, words: 'PTSD' },
        message,
        (word) => message('quoted', word),
      );
      expect(words).toContain(message('quoted', 'PTSD'));
      expect(words.endsWith(` ${askInstead}`)).toBe(true);
    },
  );

  it('English reads as before', () => {
    const text = notCoveredText(
      { subject: '“PTSD”', safety: false, topic: null, words: 'PTSD' },
      messagesOf('en'),
      (word) => `“${word}”`,
    );
    expect(text).toBe(
      'The article does not cover “PTSD”. Questions about this are for a clinician or a national medicines information service.',
    );
  });
});

describe('card labels', () => {
  it('English: Myth, Correction, Question, What the article says', () => {
    const en = messagesOf('en');
    expect(originLabels('article', en)).toEqual({
      title: 'Myth: ',
      origin: 'The article calls this a misconception.',
      answer: 'Correction: ',
    });
    expect(originLabels('question', en).title).toBe('Question: ');
    expect(originLabels('question', en).answer).toBe('What the article says: ');
  });

  it.each(locales)('%s: a myth and a question are told apart', (locale) => {
    const myth = originLabels('article', messagesOf(locale));
    const question = originLabels('question', messagesOf(locale));
    for (const field of ['title', 'origin', 'answer'] as const) {
      expect(myth[field]).not.toBe(question[field]);
    }
  });

  it('the English disclaimer is the knowledge pack’s', () => {
    expect(english.disclaimer.message).toBe(pack.disclaimer);
  });
});
