import { describe, expect, it } from 'vitest';
import { article, SECTION } from '../../content/article';
import { cards } from '../../content/cards';
import { disclaimer } from '../../content/disclaimer';
import { TRANSLATION_LANGUAGES, type TranslationLanguage } from '../../content/languages';
import {
  englishCardOf,
  englishMisconceptionOf,
  englishOriginalOf,
  localisePack,
  packLanguageOf,
} from '../../content/localise';
import { misconceptions } from '../../content/misconceptions';
import { numberMismatch, numbersIn } from '../../content/number-check';
import { highlightPatterns, pack } from '../../content/pack';
import { terms } from '../../content/terms';
import {
  type PackTranslation,
  validateTranslation,
  validateTranslations,
} from '../../content/translation-schema';
import { TRANSLATIONS } from '../../content/translations';
import { validateKnowledge } from '../../content/validate-at-build';
import { PackError } from '../../content/validate-pack';
import { packProse } from './knowledge-helpers';

// biome-ignore lint/suspicious/noExplicitAny: tests deliberately break the typed shape.
type Loose = any;

const WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** English text with its number words as digits, so it states the same numbers in any language. */
function digits(text: string): string {
  // "once" is eleven in Spanish.
  return text.replace(/\bonce\b/gi, 'one time').replace(/\b[a-z]+\b/gi, (word) => {
    const n = WORDS.indexOf(word.toLowerCase());
    return n < 0 ? word : String(n + 2);
  });
}

/** A complete translation made from the English pack: every text tagged, numbers kept. */
function taggedTranslation(language: TranslationLanguage = 'de'): Loose {
  const tag = (text: string) => `[${language}] ${digits(text)}`;
  return {
    language,
    disclaimer: tag(pack.disclaimer),
    sections: Object.fromEntries(Object.entries(SECTION).map(([key, h]) => [key, tag(h)])),
    terms: Object.fromEntries(pack.terms.map((t) => [t.id, tag(t.label)])),
    cards: Object.fromEntries(
      pack.cards.map((c) => [
        c.id,
        {
          title: tag(c.title),
          summary: digits(c.summary),
          detail: tag(c.detail),
          keywords: c.keywords.map(tag),
          questions: c.questions.map(tag),
        },
      ]),
    ),
    misconceptions: Object.fromEntries(
      pack.misconceptions.map((m) => [
        m.id,
        {
          myth: tag(m.myth),
          correction: tag(m.correction),
          keywords: m.keywords.map(tag),
          questions: m.questions.map(tag),
          phrases: m.phrases.map((p) => `${p} ${language}`),
        },
      ]),
    ),
  };
}

const FILE = 'content/translations/de.ts';

function problemsOf(input: unknown, language: TranslationLanguage = 'de'): string[] {
  return validateTranslation(pack, language, input).problems;
}

describe('numbers in a text', () => {
  it('reads digits and the number words two to twelve in each language alike', () => {
    expect(numbersIn('two hours', 'en')).toEqual(new Set([2]));
    expect(numbersIn('zwei Stunden', 'de')).toEqual(new Set([2]));
    expect(numbersIn('2 Stunden', 'de')).toEqual(new Set([2]));
    expect(numbersIn('au moins deux heures', 'fr')).toEqual(new Set([2]));
    expect(numbersIn('dos horas', 'es')).toEqual(new Set([2]));
    expect(numbersIn('не менее двух часов', 'ru')).toEqual(new Set([2]));
    expect(numbersIn('четырьмя', 'ru')).toEqual(new Set([4]));
  });

  it('reads ranges, percentages and years however they are punctuated', () => {
    expect(numbersIn('4-6 weeks', 'en')).toEqual(new Set([4, 6]));
    expect(numbersIn('4–6 Wochen', 'de')).toEqual(new Set([4, 6]));
    expect(numbersIn('de quatre à six semaines', 'fr')).toEqual(new Set([4, 6]));
    expect(numbersIn('70 % в 2019 году', 'ru')).toEqual(new Set([70, 2019]));
    expect(numberMismatch('4-6 weeks', '4 bis 6 Wochen', 'de')).toBeNull();
    expect(numberMismatch('two hours', '2 Stunden', 'de')).toBeNull();
  });

  it('leaves out one, which is also an article (a day = einen Tag = un jour)', () => {
    expect(numbersIn('for one day', 'en')).toEqual(new Set());
    expect(numberMismatch('only a day', 'nur einen Tag', 'de')).toBeNull();
    expect(numberMismatch('one day', 'un jour', 'fr')).toBeNull();
  });

  it('names both sets when they differ', () => {
    expect(numberMismatch('4-6 weeks', '4 Wochen', 'de')).toBe(
      'numbers differ from English: en has 4, 6; de has 4',
    );
    expect(numberMismatch('in 2019', 'im Jahr', 'de')).toBe(
      'numbers differ from English: en has 2019; de has none',
    );
  });
});

describe('a translation is checked against the English pack', () => {
  it('a complete translation passes', () => {
    expect(problemsOf(taggedTranslation())).toEqual([]);
    expect(validateTranslation(pack, 'de', taggedTranslation()).translation?.language).toBe('de');
  });

  it('a missing field of a card names file, card, field and language', () => {
    const input = taggedTranslation();
    delete input.cards['nhs-70-percent'].summary;
    expect(problemsOf(input)).toEqual([
      `${FILE}: card "nhs-70-percent": field "summary" (de): missing`,
    ]);
  });

  it('an empty text or list', () => {
    const input = taggedTranslation();
    input.cards['trd-definition'].detail = '  ';
    input.misconceptions['myth-works-slowly'].questions = [];
    expect(problemsOf(input)).toEqual([
      `${FILE}: card "trd-definition": field "detail" (de): must not be empty`,
      `${FILE}: misconception "myth-works-slowly": field "questions" (de): must not be empty`,
    ]);
  });

  it('a card left out entirely: every field is missing', () => {
    const input = taggedTranslation('fr');
    delete input.cards['glutamate-definition'];
    expect(problemsOf(input, 'fr')).toEqual(
      ['title', 'summary', 'detail', 'keywords', 'questions'].map(
        (field) =>
          `content/translations/fr.ts: card "glutamate-definition": field "${field}" (fr): missing`,
      ),
    );
  });

  it('a missing term label, section heading, misconception and disclaimer', () => {
    const input = taggedTranslation('ru');
    delete input.terms.glutamate;
    delete input.sections.speed;
    delete input.misconceptions['myth-take-at-home'];
    delete input.disclaimer;
    const problems = problemsOf(input, 'ru');
    const file = 'content/translations/ru.ts';
    expect(problems).toContain(`${file}: translation: field "disclaimer" (ru): missing`);
    expect(problems).toContain(`${file}: section "speed": field "heading" (ru): missing`);
    expect(problems).toContain(`${file}: term "glutamate": field "label" (ru): missing`);
    expect(problems).toContain(
      `${file}: misconception "myth-take-at-home": field "correction" (ru): missing`,
    );
  });

  it('an id English does not have', () => {
    const input = taggedTranslation('es');
    input.cards['nhs-80-percent'] = input.cards['nhs-70-percent'];
    input.terms.ketamin = 'ketamina';
    input.misconceptions['myth-ghost'] = input.misconceptions['myth-works-slowly'];
    input.sections.outro = 'Conclusión';
    const file = 'content/translations/es.ts';
    expect(problemsOf(input, 'es')).toEqual([
      `${file}: section "outro": field "id" (es): unknown section (not a key of SECTION in content/article.ts)`,
      `${file}: term "ketamin": field "id" (es): unknown term (not in content/terms.ts)`,
      `${file}: card "nhs-80-percent": field "id" (es): unknown card (not in content/cards.ts)`,
      `${file}: misconception "myth-ghost": field "id" (es): unknown misconception (not in content/misconceptions.ts)`,
    ]);
  });

  it('a number that differs from the English field, named with both sets of numbers', () => {
    const input = taggedTranslation();
    input.cards['nhs-70-percent'].summary =
      'Laut NHS ließen bei 60 % der Patienten die Symptome nur einen Tag nach.';
    input.cards['anxiety-relief-in-hours'].keywords = ['wie schnell', '4 bis 8 Wochen'];
    input.misconceptions['myth-take-at-home'].correction =
      'Danach wird mindestens drei Stunden lang beobachtet.';
    expect(problemsOf(input)).toEqual([
      `${FILE}: card "nhs-70-percent": field "summary" (de): numbers differ from English: en has 70; de has 60`,
      `${FILE}: card "anxiety-relief-in-hours": field "keywords" (de): numbers differ from English: en has 4, 6; de has 4, 8`,
      `${FILE}: misconception "myth-take-at-home": field "correction" (de): numbers differ from English: en has 2; de has 3`,
    ]);
  });

  it('the same numbers in other words pass', () => {
    const input = taggedTranslation();
    input.cards['session-monitoring'].summary =
      'Nach der Gabe wird der Patient mindestens zwei Stunden lang medizinisch überwacht.';
    input.cards['anxiety-relief-in-hours'].summary =
      'Ketamin kann Angst binnen Stunden lindern; Antidepressiva brauchen 4–6 Wochen.';
    expect(problemsOf(input)).toEqual([]);
  });

  it('a kind, section or term list in a translation is refused (they come from English)', () => {
    const input = taggedTranslation();
    input.cards['trd-definition'].kind = 'fact';
    input.cards['trd-definition'].section = 'Forschung';
    expect(problemsOf(input)).toEqual([
      `${FILE}: card "trd-definition": field "kind" (de): not a translated field (ids, kinds, sections and lists of terms and cards come from English)`,
      `${FILE}: card "trd-definition": field "section" (de): not a translated field (ids, kinds, sections and lists of terms and cards come from English)`,
    ]);
  });

  it('the language must be the file’s', () => {
    const input = taggedTranslation();
    input.language = 'fr';
    expect(problemsOf(input)).toEqual([
      `${FILE}: translation: field "language" (de): must be "de", the language of this file, not "fr"`,
    ]);
  });

  it('a question stays a question, a myth a statement with its own wordings', () => {
    const input = taggedTranslation();
    input.misconceptions['myth-permanent-cure'].myth = 'Eine Behandlung heilt Depressionen.';
    input.misconceptions['myth-permanent-cure'].phrases = ['heilt Depressionen'];
    input.misconceptions['myth-just-horse-tranquiliser'].myth = 'Nur ein Pferdemittel?';
    input.misconceptions['myth-just-horse-tranquiliser'].phrases = [];
    expect(problemsOf(input)).toEqual([
      `${FILE}: misconception "myth-just-horse-tranquiliser": field "myth" (de): a misconception the article names (origin "article") is a statement, not a question`,
      `${FILE}: misconception "myth-just-horse-tranquiliser": field "phrases" (de): missing: English flags this myth on pages, so each language lists its own wordings`,
      `${FILE}: misconception "myth-permanent-cure": field "myth" (de): a question (origin "question") must end with "?"`,
      `${FILE}: misconception "myth-permanent-cure": field "phrases" (de): a question (origin "question") must not be flagged on pages; leave "phrases" empty`,
    ]);
  });

  it('a summary over the hover card’s limit', () => {
    const input = taggedTranslation();
    input.cards['trd-definition'].summary = 'x'.repeat(221);
    expect(problemsOf(input)).toEqual([
      `${FILE}: card "trd-definition": field "summary" (de): must be at most 220 characters`,
    ]);
  });

  it('a missing language, and phrases that clash across languages', () => {
    const de = taggedTranslation('de');
    const fr = taggedTranslation('fr');
    de.misconceptions['myth-just-horse-tranquiliser'].phrases = ['Pferdemittel', 'Spravato'];
    fr.misconceptions['myth-just-horse-tranquiliser'].phrases = ['sédatif', 'sédatif'];
    const { problems } = validateTranslations(pack, { de, fr, es: taggedTranslation('es') });
    expect(problems).toEqual([
      'content/translations/ru.ts: translation (ru): missing',
      'content/translations/de.ts: misconception "myth-just-horse-tranquiliser": field "phrases.1" (de): "Spravato" is also a name of term "esketamine"',
      'content/translations/fr.ts: misconception "myth-just-horse-tranquiliser": field "phrases.1" (fr): "sédatif" repeats another phrase of the list',
    ]);
  });

  it('the build check runs the translations after the English pack, in one PackError', () => {
    const de = taggedTranslation('de');
    delete de.cards['trd-definition'].title;
    const english = structuredClone({ article, terms, cards, misconceptions, disclaimer });
    let error: unknown;
    try {
      validateKnowledge(english, { de }, ['de']);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(PackError);
    expect((error as PackError).problems).toEqual([
      `${FILE}: card "trd-definition": field "title" (de): missing`,
    ]);
  });
});

describe('localisePack', () => {
  const translation = taggedTranslation('fr') as PackTranslation;
  const localised = localisePack(pack, translation);

  it('keeps ids, kinds, term lists, links and order', () => {
    const shape = (p: typeof pack) => ({
      terms: p.terms.map(({ id, variants, abbreviations, highlight, brands }) => ({
        id,
        variants,
        abbreviations,
        highlight,
        brands,
      })),
      cards: p.cards.map(({ id, kind, terms }) => ({ id, kind, terms })),
      misconceptions: p.misconceptions.map(({ id, origin, terms, cards }) => ({
        id,
        origin,
        terms,
        cards,
      })),
    });
    expect(shape(localised)).toEqual(shape(pack));
  });

  it('replaces every text, the section by its translated heading', () => {
    const card = localised.cards.find((c) => c.id === 'nhs-70-percent');
    const text = translation.cards['nhs-70-percent'];
    expect(card).toMatchObject({ ...text, section: translation.sections.research });
    const myth = localised.misconceptions.find((m) => m.id === 'myth-just-horse-tranquiliser');
    expect(myth).toMatchObject({
      ...translation.misconceptions['myth-just-horse-tranquiliser'],
      section: translation.sections.misconceptions,
    });
    expect(localised.terms.find((t) => t.id === 'esketamine')?.label).toBe('[fr] Esketamine');
    expect(localised.article.sections).toEqual(
      Object.keys(SECTION).map((key) => translation.sections[key as keyof typeof SECTION]),
    );
    expect(localised.disclaimer).toBe(translation.disclaimer);
    expect(localised.article.title).toBe(pack.article.title);
  });

  it('knows its language and its English original, one card or myth at a time', () => {
    expect(packLanguageOf(localised)).toBe('fr');
    expect(packLanguageOf(pack)).toBe('en');
    expect(englishOriginalOf(localised)).toBe(pack);
    expect(englishCardOf(localised, 'nhs-70-percent')).toBe(
      pack.cards.find((c) => c.id === 'nhs-70-percent'),
    );
    expect(englishMisconceptionOf(localised, 'myth-works-slowly')?.myth).toBe(
      'Does ketamine take weeks to work, like antidepressants?',
    );
    expect(englishCardOf(localised, 'nope')).toBeUndefined();
  });

  it('localises from the English original, whatever pack it is given', () => {
    const again = localisePack(localised, taggedTranslation('es') as PackTranslation);
    expect(packLanguageOf(again)).toBe('es');
    expect(again.cards[0]?.title).toBe(`[es] ${pack.cards[0]?.title}`);
    expect(again.cards[0]?.section).toBe(`[es] ${pack.cards[0]?.section}`);
  });

  it('does not change the English pack', () => {
    expect(pack.cards[0]?.title).toBe(cards[0]?.title);
    expect(TRANSLATION_LANGUAGES).toEqual(['de', 'fr', 'es', 'ru']);
  });
});

describe('the shipped translations', () => {
  const DRUG: Record<TranslationLanguage, RegExp> = {
    de: /ketamin/i,
    fr: /kétamine/i,
    es: /ketamina/i,
    ru: /кетамин/i,
  };
  // A word that speaks to the reader, per language (prose only; questions are the reader's own words).
  const READER: Record<TranslationLanguage, RegExp> = {
    de: /\b(du|dich|dir|dein\w*|euch|Ihnen)\b/u,
    fr: /(?<![\p{L}])(vous|tu|votre|vos|ton|tes)(?![\p{L}])/iu,
    es: /(?<![\p{L}])(tú|usted|ustedes|vosotros|tus)(?![\p{L}])/iu,
    ru: /(?<![\p{L}])(вы|ты|вам|вас|вами|тебе|тебя|ваш\w*|твой\w*|твоя|твоё)(?![\p{L}])/iu,
  };

  it.each(TRANSLATION_LANGUAGES)('%s is complete and valid', (language) => {
    expect(validateTranslation(pack, language, TRANSLATIONS[language]).problems).toEqual([]);
  });

  it.each(TRANSLATION_LANGUAGES)(
    '%s names the drug in its own spelling and leaves no English name behind',
    (language) => {
      const localised = localisePack(pack, TRANSLATIONS[language]);
      const english = packProse(pack);
      const missing = packProse(localised).filter(
        (p, i) => /ketamine/i.test(english[i]?.text ?? '') && !DRUG[language].test(p.text),
      );
      expect(missing.map((p) => p.where)).toEqual([]);
      const leftovers = packProse(localised).filter((p) => /\b(es)?ketamine\b/i.test(p.text));
      expect(leftovers.map((p) => p.where)).toEqual([]);
    },
  );

  it.each(TRANSLATION_LANGUAGES)('%s prose never addresses the reader', (language) => {
    const localised = localisePack(pack, TRANSLATIONS[language]);
    const found = packProse(localised).flatMap(({ where, text }) => {
      const match = text.match(READER[language]);
      return match ? [`${where}: ${match[0]}`] : [];
    });
    expect(found).toEqual([]);
  });

  it.each(TRANSLATION_LANGUAGES)(
    '%s states no brand name, and dates every approval as the English does',
    (language) => {
      const localised = localisePack(pack, TRANSLATIONS[language]);
      const brands = /Spravato|Ketalar|S-ket/i;
      expect(packProse(localised).filter((p) => brands.test(p.text))).toEqual([]);
      for (const card of localised.cards.filter((c) => c.kind === 'regulation'))
        expect(card.summary, `${language}: ${card.id}`).toMatch(/2024/);
    },
  );

  it('every translated myth phrase is a misconception pattern for the page', () => {
    const patterns = highlightPatterns();
    for (const language of TRANSLATION_LANGUAGES) {
      for (const [id, myth] of Object.entries(TRANSLATIONS[language].misconceptions)) {
        for (const phrase of myth.phrases)
          expect(patterns, `${language}: ${phrase}`).toContainEqual({
            text: phrase,
            kind: 'misconception',
            id,
          });
      }
    }
    expect(TRANSLATIONS.de.misconceptions['myth-just-horse-tranquiliser']?.phrases).toEqual(
      expect.arrayContaining([
        'Pferdeberuhigungsmittel',
        'Pferdeberuhigungsmitteln',
        'Pferdeberuhigungsmittels',
        'Pferde-Beruhigungsmittel',
        'Beruhigungsmittel für Pferde',
        'Pferdetranquilizer',
      ]),
    );
  });

  it('the Russian myth is listed in all six cases, singular and plural', () => {
    const phrases = new Set(
      TRANSLATIONS.ru.misconceptions['myth-just-horse-tranquiliser']?.phrases,
    );
    const adjective = ['ый', 'ого', 'ому', 'ым', 'ом', 'ые', 'ых', 'ым', 'ыми', 'ых'];
    const noun = ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах'];
    noun.forEach((ending, i) => {
      expect(phrases).toContain(`лошадин${adjective[i]} транквилизатор${ending}`);
      expect(phrases).toContain(`транквилизатор${ending} для лошадей`);
    });
  });
});
