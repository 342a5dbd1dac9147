import { describe, expect, test } from 'vitest';
import { matcherFor } from '../../build/pattern-matcher';
import { DEFAULT_SETTINGS } from '../../common/settings/settings';

// The product's matcher (pack terms, inflections, settings) on text in the languages the pack
// names ketamine in: each reported miss, and words that merely start with the same letters.

const matcher = matcherFor(DEFAULT_SETTINGS);

/** "text → id" for every match, in order. */
function found(text: string): string[] {
  return matcher.find(text).map((m) => `${text.slice(m.start, m.end)} → ${m.value.id}`);
}

describe('esketamine in scripts without spaces is esketamine, not the ketamine inside it', () => {
  test.each([
    ['エスケタミンは', 'エスケタミン'],
    ['使用艾司氯胺酮治疗', '艾司氯胺酮'],
    ['에스케타민은', '에스케타민'],
  ])('%j', (text, word) => {
    expect(found(text)).toEqual([`${word} → esketamine`]);
  });

  test.each([
    ['ケタミンは', 'ケタミン'],
    ['使用氯胺酮治疗', '氯胺酮'],
    ['케타민은', '케타민'],
  ])('ketamine itself still is ketamine: %j', (text, word) => {
    expect(found(text)).toEqual([`${word} → ketamine`]);
  });
});

describe('inflected forms', () => {
  test.each([
    // Russian
    ['действие кетамина', 'кетамина', 'ketamine'],
    ['лечение кетамином', 'кетамином', 'ketamine'],
    ['о кетамине', 'кетамине', 'ketamine'],
    ['доза эскетамина', 'эскетамина', 'esketamine'],
    ['лечение эскетамином', 'эскетамином', 'esketamine'],
    // Ukrainian
    ['ескетамін', 'ескетамін', 'esketamine'],
    ['дія кетаміну', 'кетаміну', 'ketamine'],
    ['лікування кетаміном', 'кетаміном', 'ketamine'],
    ['про ескетаміну', 'ескетаміну', 'esketamine'],
    // German genitive
    ['die Wirkung des Ketamins', 'Ketamins', 'ketamine'],
    ['die Wirkung des Esketamins', 'Esketamins', 'esketamine'],
    // Polish cases
    ['działanie ketaminy', 'ketaminy', 'ketamine'],
    ['leczenie ketaminą', 'ketaminą', 'ketamine'],
    ['o ketaminie', 'ketaminie', 'ketamine'],
    ['podać ketaminę', 'ketaminę', 'ketamine'],
    ['dawka esketaminy', 'esketaminy', 'esketamine'],
    // Greek genitive and esketamine
    ['η δράση της κεταμίνης', 'κεταμίνης', 'ketamine'],
    ['ΚΕΤΑΜΊΝΗΣ', 'ΚΕΤΑΜΊΝΗΣ', 'ketamine'],
    ['η εσκεταμίνη', 'εσκεταμίνη', 'esketamine'],
    ['της εσκεταμίνης', 'εσκεταμίνης', 'esketamine'],
    // Plurals where the pack's Romance forms take them
    ['las ketaminas', 'ketaminas', 'ketamine'],
    ['les kétamines', 'kétamines', 'ketamine'],
  ])('%j', (text, word, id) => {
    expect(found(text)).toEqual([`${word} → ${id}`]);
  });

  test('the base forms still match', () => {
    for (const [word, id] of [
      ['кетамин', 'ketamine'],
      ['кетамін', 'ketamine'],
      ['эскетамин', 'esketamine'],
      ['Ketamin', 'ketamine'],
      ['ketamina', 'ketamine'],
      ['κεταμίνη', 'ketamine'],
    ] as const) {
      expect(found(`(${word})`)).toEqual([`${word} → ${id}`]);
    }
  });
});

describe('no false positives from the endings', () => {
  test.each([
    // Words built on the same stem are other words (adjectives, compounds): the boundary holds.
    'кетаминовый',
    'кетамінова',
    'Ketaminsucht',
    'ketaminowy',
    'κεταμινούχο',
    // Real words that start with the same letters as a stem or a form.
    'кета',
    'кетаминаза',
    'Ketaminse',
    'Kettle',
    'ketmia',
    'ketaminyx',
    'эскетаминовую',
    'κεταμίνηση',
    // Endings alone, or glued to other words.
    'ами',
    'ом',
    'das Ketaminsalz',
  ])('%j', (text) => {
    expect(found(text)).toEqual([]);
  });
});
