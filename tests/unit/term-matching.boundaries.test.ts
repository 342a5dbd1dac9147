import { describe, expect, test } from 'vitest';
import { compileMatcher } from '../../core/term-matching/index';
import { isSpacedWordChar } from '../../core/term-matching/word-chars';

function matched(patterns: string[], text: string): string[] {
  const matcher = compileMatcher(patterns.map((p) => ({ text: p, value: p })));
  return matcher.find(text).map((m) => text.slice(m.start, m.end));
}

describe('spaced scripts need a word boundary', () => {
  test.each([
    'esketamine',
    'preketamine',
    'ketaminex',
    'ketamine2',
    '2ketamine',
    'ketamineк',
    'ketaminé',
    'ketamine\u0301',
    'es\u00adketamine',
    'es\u200bketamine',
    'ketamine\u00adx',
  ])('no match inside %j', (text) => {
    expect(matched(['ketamine'], text)).toEqual([]);
  });

  test.each([
    ['Ketamine', 'Ketamine'],
    ['ketamine.', 'ketamine'],
    ['(ketamine)', 'ketamine'],
    ['"Ketamine,"', 'Ketamine'],
    ['¿ketamine?', 'ketamine'],
    ['[KETAMINE]', 'KETAMINE'],
    ['use ketamine', 'ketamine'],
    ['es-ketamine', 'ketamine'],
    ['😀ketamine😀', 'ketamine'],
  ])('matches in %j', (text, word) => {
    expect(matched(['ketamine'], text)).toEqual([word]);
  });
});

// What a pattern finds in running text, spaced scripts and scripts written without spaces alike.
describe('boundaries by script', () => {
  // Pattern, text, what it finds.
  test.each<[string, string, string[]]>([
    // Cyrillic and Greek words.
    ['кетамин', 'эскетамин кетамина', []],
    ['кетамин', 'Кетамин, кетамин.', ['Кетамин', 'кетамин']],
    ['κεταμίνη', 'εσκεταμίνη', []],
    ['κεταμίνη', '(κεταμίνη)', ['κεταμίνη']],
    // Digits are word characters.
    ['5-HT2A', 'a5-HT2A 5-HT2Ab 5-ht2a receptor', ['5-ht2a']],
    // An edge that is punctuation has no boundary requirement.
    ['(S)-ketamine', 'x(S)-ketamine', ['(S)-ketamine']],
    ['(S)-ketamine', '(S)-ketamines', []],
    // A Latin term touching CJK still matches.
    ['ketamine', 'ketamineは', ['ketamine']],
    ['ketamine', '氯胺酮ketamine', ['ketamine']],
    // Han, Japanese and Thai terms match inside running text.
    ['氯胺酮', '使用氯胺酮治疗', ['氯胺酮']],
    ['ケタミン', 'エスケタミンとケタミンの', ['ケタミン', 'ケタミン']],
    ['เคตามีน', 'ยาเคตามีนคือ', ['เคตามีน']],
    // Hangul has no boundary check, so particles may follow.
    ['케타민', '케타민은 마취제', ['케타민']],
    // Each edge is decided by its own script.
    ['ketamine注射', 'ketamine注射液', ['ketamine注射']],
    ['ketamine注射', 'esketamine注射液', []],
  ])('%j in %j finds %j', (pattern, text, found) => {
    expect(matched([pattern], text)).toEqual(found);
  });
});

describe('boundaries look past the scanned window', () => {
  const matcher = compileMatcher([{ text: 'ketamine', value: 1 }]);

  test('the character before `from` counts', () => {
    expect(matcher.find('esketamine', 2)).toEqual([]);
    expect(matcher.find('a ketamine', 2)).toEqual([{ start: 2, end: 10, value: 1 }]);
    expect(matcher.find('es\u00ad\u00adketamine', 4)).toEqual([]);
  });

  test('the character after the match counts even past `to`', () => {
    expect(matcher.find('ketaminex', 0, 3)).toEqual([]);
    expect(matcher.find('ketamine x', 0, 3)).toEqual([{ start: 0, end: 8, value: 1 }]);
  });
});

describe('word characters', () => {
  // The rule as core/term-matching/README.md states it, with no shortcut: the fast path for
  // common blocks must agree.
  const WORD = /^[\p{L}\p{M}\p{N}]$/u;
  const UNSPACED =
    /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Bopomofo}\p{scx=Hangul}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}\p{scx=Tibetan}\p{scx=Yi}]$/u;

  test('every BMP code point is classified as the rule says', () => {
    const wrong: string[] = [];
    for (let cp = 0; cp < 0x10000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      const expected = WORD.test(ch) && !UNSPACED.test(ch);
      if (isSpacedWordChar(cp) !== expected) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});
