import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noMatchText, notCoveredText } from '../../components/popup/search-statements';
import { pack } from '../../content/pack';
import { packSearchDocuments, searchDocumentsOf } from '../../content/search-documents';
import { analyseQuery } from '../../core/card-search/normalise-query';
import { SAFETY_TOPICS } from '../../core/card-search/not-covered';
import { createCardSearch, type SearchOutcome } from '../../core/card-search/search-cards';
import { stemIn } from '../../core/card-search/stem';
import { messagesOf } from '../locale-messages';
import { germanTestPack, spanishTestPack, translatedPack } from './search-data/test-packs';

// The search in the reader's language and English at once, its statements, and the defects
// reported against it (each test below was written to fail before the fix).

const english = createCardSearch(searchDocumentsOf(pack, 'en'));
const german = createCardSearch(
  packSearchDocuments(pack, { language: 'de', pack: germanTestPack }),
);
const realGerman = translatedPack('de');
const spanish = createCardSearch(
  packSearchDocuments(pack, { language: 'es', pack: spanishTestPack }),
);
const top3 = (outcome: SearchOutcome) => outcome.results.slice(0, 3).map((r) => r.id);

describe('questions in German and Spanish that the article answers', () => {
  it('"Pferdeberuhigungsmittel" finds the horse-tranquiliser myth, no statement', () => {
    const outcome = german.search('Pferdeberuhigungsmittel');
    expect(outcome.notCovered).toBeNull();
    expect(outcome.noMatch).toBeNull();
    expect(top3(outcome)).toContain('myth-just-horse-tranquiliser');
  });

  it('"wie schnell wirkt es" finds the speed card, and no word is reported missing', () => {
    const outcome = german.search('wie schnell wirkt es');
    expect(outcome.notCovered).toBeNull();
    expect(outcome.unmatched).toEqual([]);
    expect(top3(outcome)).toContain('anxiety-relief-in-hours');
    expect(top3(outcome)).not.toContain('esketamine-licensed-2019');
  });

  it('German inflections meet: "Infusionen", "Depressionen", "Vene"', () => {
    expect(top3(german.search('Infusionen in die Vene'))).toContain('infusion-intravenous');
    expect(top3(german.search('Ist Ketamin in Großbritannien zugelassen?'))).toContain(
      'not-approved-uk',
    );
  });

  it('Spanish: "¿Qué tan rápido actúa la ketamina?" and the horse myth', () => {
    expect(top3(spanish.search('¿Qué tan rápido actúa la ketamina?'))).toContain(
      'anxiety-relief-in-hours',
    );
    expect(top3(spanish.search('tranquilizantes para caballos'))).toContain(
      'myth-just-horse-tranquiliser',
    );
  });

  it('one result per id, from the language that matched best, with its marks', () => {
    const outcome = german.search('Ketamin');
    const ids = outcome.results.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const myth = german.search('Pferdeberuhigungsmittel').results[0];
    expect(myth?.language).toBe('de');
    expect(myth?.matches.some((m) => m.value.includes('Pferdeberuhigungsmittel'))).toBe(true);
    expect(german.search('horse tranquiliser').results[0]?.language).toBe('en');
  });

  it('typos in the reader’s language are forgiven', () => {
    expect(top3(german.search('Pferdeberuhigungsmitel'))).toContain('myth-just-horse-tranquiliser');
    expect(top3(german.search('Schneligkeit'))).toContain('anxiety-relief-in-hours');
  });
});

describe('the real German translation', () => {
  it.runIf(realGerman)('finds the defect queries too', () => {
    const search = createCardSearch(
      packSearchDocuments(pack, {
        language: 'de',
        pack: realGerman as NonNullable<typeof realGerman>,
      }),
    );
    const myth = search.search('Pferdeberuhigungsmittel');
    expect(myth.notCovered).toBeNull();
    expect(top3(myth)).toContain('myth-just-horse-tranquiliser');
    const speed = search.search('wie schnell wirkt es');
    expect(speed.notCovered).toBeNull();
    expect(speed.unmatched).toEqual([]);
    expect(top3(speed)).toContain('anxiety-relief-in-hours');
  });
});

describe('plain English wording', () => {
  it.each([
    [
      'does it help with the blues',
      [
        'kap-definition',
        'used-when-other-treatments-fail',
        'depression-research-stronger',
        'nhs-70-percent',
        'rapid-but-short-lived',
      ],
    ],
    ['does ketamine knock you out', ['ketamine-dissociative-anaesthetic', 'medical-uses']],
    ['will they put me under', ['ketamine-dissociative-anaesthetic', 'medical-uses']],
    [
      'my nerves are shot',
      [
        'kap-severe-anxiety',
        'glutamate-boost',
        'anxiety-relief-in-hours',
        'anxiety-off-label',
        'review-2022-single-dose',
        'anxiety-evidence-weaker',
        'treatment-resistant-anxiety-avenue',
        'used-when-other-treatments-fail',
      ],
    ],
  ] as const)('"%s" finds a card that answers it', (query, expected) => {
    const outcome = english.search(query);
    expect(outcome.notCovered).toBeNull();
    expect(top3(outcome).some((id) => (expected as readonly string[]).includes(id))).toBe(true);
  });
});

describe('stemming keeps unrelated words apart', () => {
  it.each([
    ['legal', 'leg'],
    ['formal', 'form'],
    ['signal', 'sign'],
    ['several', 'severe'],
    ['news', 'new'],
    ['use', 'us'],
    ['general', 'generous'],
  ])('"%s" is not "%s"', (a, b) => {
    expect(stemIn('en', a)).not.toBe(stemIn('en', b));
  });

  it('a leg question does not find the legal card', () => {
    expect(english.search('leg pain').results.map((r) => r.id)).not.toContain('not-approved-uk');
    expect(top3(english.search('is it legal'))).toContain('not-approved-uk');
  });

  it('brings forms together in each language', () => {
    const same = (language: Parameters<typeof stemIn>[0], ...words: string[]) =>
      expect(new Set(words.map((w) => stemIn(language, w))).size, words.join()).toBe(1);
    same('de', 'depression', 'depressionen');
    same('de', 'nebenwirkung', 'nebenwirkungen');
    same('fr', 'nausée', 'nausées');
    same('es', 'embarazo', 'embarazada');
    same('ru', 'беременность', 'беременности');
    same('ru', 'кетамин', 'кетамина', 'кетамином');
  });
});

describe('short words that carry the meaning', () => {
  it('keeps "UK" and "US" as topic words', () => {
    expect(analyseQuery('is it legal in the US').topic.map((w) => w.text)).toContain('US');
    expect(analyseQuery('is it approved in the UK').topic.map((w) => w.text)).toContain('UK');
    // A pronoun is still filler.
    expect(analyseQuery('tell us about esketamine').topic.map((w) => w.key)).toEqual([
      'esketamine',
    ]);
  });

  it('a question about the US gets the statement, not the UK card', () => {
    const outcome = english.search('is ketamine legal in the US');
    expect(outcome.results).toEqual([]);
    expect(outcome.notCovered?.safety).toBe(false);
    expect(outcome.notCovered?.words).toContain('US');
  });
});

// [query, safety topic id]: in all five languages, inflected forms included.
const SAFETY_QUESTIONS: readonly (readonly [string, string])[] = [
  ['can I drive after ketamine', 'driving'],
  ['driving after an infusion', 'driving'],
  ['Darf ich nach Ketamin Autofahren?', 'driving'],
  ['peut-on conduire après la kétamine', 'driving'],
  ['¿puedo conducir después?', 'driving'],
  ['можно ли водить после кетамина', 'driving'],
  ['does ketamine cause nausea', 'side-effects'],
  ['ketamine hallucinations', 'side-effects'],
  ['Nebenwirkungen von Ketamin', 'side-effects'],
  ['Übelkeit nach der Infusion', 'side-effects'],
  ['nausées après une séance', 'side-effects'],
  ['efectos secundarios de la ketamina', 'side-effects'],
  ['побочные эффекты кетамина', 'side-effects'],
  ['does ketamine help suicidal thoughts', 'self-harm'],
  ['ketamine and self-harm', 'self-harm'],
  ['Ketamin bei Suizidgedanken', 'self-harm'],
  ['pensées suicidaires', 'self-harm'],
  ['suicidio y ketamina', 'self-harm'],
  ['суицидальные мысли', 'self-harm'],
  ['Ketamin in der Schwangerschaft', 'pregnancy'],
  ['kétamine pendant la grossesse', 'pregnancy'],
  ['ketamina durante el embarazo', 'pregnancy'],
  ['кетамин при беременности', 'pregnancy'],
  ['Ketamin und Alkohol', 'alcohol-and-other-drugs'],
  ['kétamine et alcool', 'alcohol-and-other-drugs'],
  ['ketamina con alcohol', 'alcohol-and-other-drugs'],
  ['кетамин с алкоголем', 'alcohol-and-other-drugs'],
  ['Sucht', 'addiction'],
  ['Macht Ketamin süchtig?', 'addiction'],
  ['dépendance à la kétamine', 'addiction'],
  ['adicción a la ketamina', 'addiction'],
  ['зависимость от кетамина', 'addiction'],
  ['Dosis', 'dose'],
  ['welche Dosis Ketamin', 'dose'],
  ['quelle dose de kétamine', 'dose'],
  ['dosis de ketamina', 'dose'],
  ['дозировка кетамина', 'dose'],
  ['Suizid', 'self-harm'],
];

describe('harm and safety questions: one plain statement, no card', () => {
  it.each(SAFETY_QUESTIONS)('"%s": the %s statement', (query, topicId) => {
    for (const search of [english, german]) {
      const outcome = search.search(query);
      expect(outcome.results).toEqual([]);
      expect(outcome.notCovered?.topic).toBe(topicId);
      expect(outcome.noMatch).toBeNull();
    }
  });

  it('what the article does say next to a safety word is still found, in German too', () => {
    expect(top3(german.search('niedrigeren Dosen gegen Schmerzen'))).toContain(
      'myth-just-horse-tranquiliser',
    );
  });

  it('every safety topic is reachable by its triggers in every language', () => {
    for (const topic of SAFETY_TOPICS) {
      for (const [language, triggers] of Object.entries(topic.translated)) {
        for (const trigger of triggers) {
          expect(english.search(trigger).notCovered?.topic, `${language} ${trigger}`).toBe(
            topic.id,
          );
        }
      }
    }
  });

  it.each(['en', 'de', 'fr', 'es', 'ru'])(
    '%s words the new statements, without advice',
    (locale) => {
      const message = messagesOf(locale);
      for (const topic of ['driving', 'self-harm']) {
        const text = notCoveredText({ subject: topic, safety: true, topic, words: null }, message);
        expect(text.length).toBeGreaterThan(20);
      }
      if (locale === 'en') {
        for (const topic of ['driving', 'self-harm']) {
          const text = notCoveredText(
            { subject: topic, safety: true, topic, words: null },
            message,
          );
          expect(text).not.toMatch(/\b(you|your|should|must|consult)\b/i);
        }
      }
    },
  );
});

describe('"not covered" only for a question the search understood', () => {
  it.each(['microwave', 'Schmetterling', 'mariposa', 'бабочка', 'zzqxj flurb'])(
    '"%s": no card matched, nothing claimed about the article',
    (query) => {
      const outcome = english.search(query);
      expect(outcome.notCovered).toBeNull();
      expect(outcome.noMatch?.words.length).toBeGreaterThan(0);
    },
  );

  it.each([
    ['PTSD ketamine', english],
    ['ketamine for bipolar disorder', english],
    ['how much does it cost', english],
    ['is it covered by insurance', english],
    ['Ketamin bei Zwangsstörungen', german],
    ['Was kostet eine Ketamin-Therapie?', german],
    ['kétamine et TOC', english],
    ['¿Cuánto cuesta?', english],
    ['кетамин при ПТСР', english],
  ] as const)('"%s": understood, not covered', (query, search) => {
    const outcome = search.search(query);
    expect(outcome.results).toEqual([]);
    expect(outcome.notCovered?.safety).toBe(false);
    expect(outcome.noMatch).toBeNull();
  });

  it('a word one typo too far gets the closest cards, under "no card matched"', () => {
    const outcome = english.search('glutamet');
    expect(outcome.notCovered).toBeNull();
    expect(outcome.noMatch).toEqual({ words: ['glutamet'] });
    expect(top3(outcome)).toContain('glutamate-definition');
  });

  it('says "No card matched" in every language, quoting the words', () => {
    for (const locale of ['en', 'de', 'fr', 'es', 'ru']) {
      const message = messagesOf(locale);
      const text = noMatchText(
        ['flurb'],
        message,
        (w) => message('quoted', w),
        (l) => l.join(),
      );
      expect(text, locale).toContain(message('quoted', 'flurb'));
      expect(text, locale).not.toBe(message('notCoveredWords', message('quoted', 'flurb')));
    }
    expect(
      noMatchText(
        ['flurb'],
        messagesOf('en'),
        (w) => `“${w}”`,
        (l) => l.join(),
      ),
    ).toMatch(/^No card matched “flurb”/);
  });
});

describe('speed with every language loaded', () => {
  it('answers a 10,000-character paste quickly', () => {
    const all = createCardSearch([
      ...packSearchDocuments(pack, { language: 'de', pack: germanTestPack }),
      ...searchDocumentsOf(spanishTestPack, 'es'),
    ]);
    const paste = 'Ketamin Nebenwirkung esketamine anxiety '.repeat(300).slice(0, 10_000);
    for (const query of [paste, 'x'.repeat(10_000), 'Pferdeberuhigungsmittel '.repeat(400)]) {
      const started = performance.now();
      all.search(query);
      expect(performance.now() - started).toBeLessThan(100);
    }
  });
});

describe('layers', () => {
  it('core/ imports nothing from content/ or components/', () => {
    const dir = join(import.meta.dirname, '../../core');
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) =>
      f.name.endsWith('.ts'),
    );
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = readFileSync(join(file.parentPath, file.name), 'utf8');
      expect(text, file.name).not.toMatch(/from '(\.\.\/)+(content|components|common)\//);
    }
  });
});
