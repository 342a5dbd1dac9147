import { describe, expect, test } from 'vitest';
import { compileMatcher } from '../../core/term-matching/index';

/** The matched substrings of `text` for the given pattern texts. */
function matched(patterns: string[], text: string): string[] {
  const matcher = compileMatcher(patterns.map((p) => ({ text: p, value: p })));
  return matcher.find(text).map((m) => text.slice(m.start, m.end));
}

function ranges(patterns: string[], text: string): [number, number][] {
  const matcher = compileMatcher(patterns.map((p) => ({ text: p, value: p })));
  return matcher.find(text).map((m) => [m.start, m.end]);
}

describe('ignorable characters', () => {
  test('a soft hyphen inside a word is skipped and covered by the range', () => {
    expect(ranges(['ketamine'], 'keta\u00admine')).toEqual([[0, 9]]);
    expect(ranges(['ketamine'], 'x ke\u00adta\u00admine.')).toEqual([[2, 12]]);
  });

  test.each(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'])(
    'zero-width U+%s inside a word is skipped',
    (zw) => {
      expect(matched(['ketamine'], `keta${zw}mine`)).toEqual([`keta${zw}mine`]);
    },
  );

  test('ignorable characters around a word are not part of the range', () => {
    expect(ranges(['ketamine'], '\u00adketamine\u200b')).toEqual([[1, 9]]);
  });

  test('patterns are normalised the same way', () => {
    expect(matched(['keta\u00admine'], 'KETAMINE')).toEqual(['KETAMINE']);
  });
});

describe('whitespace', () => {
  test.each([
    'ketamine therapy',
    'ketamine\u00a0therapy',
    'ketamine\u202ftherapy',
    'ketamine \n\t therapy',
    'ketamine\r\ntherapy',
    'ketamine\u3000therapy',
    'ketamine \u00ad therapy',
  ])('any whitespace run matches one space: %j', (text) => {
    expect(matched(['ketamine therapy'], text)).toEqual([text]);
  });

  test('pattern whitespace is collapsed and trimmed', () => {
    expect(matched(['  ketamine \t  therapy \n'], 'ketamine therapy')).toEqual([
      'ketamine therapy',
    ]);
  });
});

describe('dashes and apostrophes', () => {
  test.each(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2212'])(
    '%s folds to a hyphen-minus',
    (dash) => {
      expect(matched(['ketamine-assisted'], `ketamine${dash}assisted`)).toHaveLength(1);
      expect(matched([`ketamine${dash}assisted`], 'ketamine-assisted')).toHaveLength(1);
    },
  );

  test('em dash stays distinct (it separates clauses)', () => {
    expect(matched(['ketamine-assisted'], 'ketamine\u2014assisted')).toEqual([]);
  });

  test.each(["'", '\u2019', '\u2018', '\u02bc'])('apostrophe %s folds to U+0027', (apostrophe) => {
    expect(matched(["Bell's palsy"], `BELL${apostrophe}S PALSY`)).toHaveLength(1);
  });
});

describe('case folding', () => {
  test('Latin, Cyrillic and Greek upper case', () => {
    expect(matched(['ketamine'], 'KeTaMiNe')).toEqual(['KeTaMiNe']);
    expect(matched(['кетамин'], 'КЕТАМИН')).toEqual(['КЕТАМИН']);
    expect(matched(['ΚΕΤΑΜΊΝΗ'], 'κεταμίνη')).toEqual(['κεταμίνη']);
  });

  test('Greek final sigma matches capital and medial sigma', () => {
    expect(matched(['κεταμίνης'], 'ΚΕΤΑΜΊΝΗΣ')).toEqual(['ΚΕΤΑΜΊΝΗΣ']);
    expect(matched(['ΚΕΤΑΜΊΝΗΣ'], 'της κεταμίνης.')).toEqual(['κεταμίνης']);
  });

  test("'İ' lowercases to two code points; ranges after it stay exact", () => {
    expect(ranges(['İstanbul'], 'in İSTANBUL')).toEqual([[3, 11]]);
    expect(ranges(['İstanbul'], 'i\u0307stanbul')).toEqual([[0, 9]]);
    expect(ranges(['ketamine'], 'İİİ ketamine İ')).toEqual([[4, 12]]);
  });

  test("'ß' and 'ẞ' fold to 'ss'", () => {
    expect(matched(['straße'], 'STRASSE Strasse STRAẞE')).toEqual(['STRASSE', 'Strasse', 'STRAẞE']);
    expect(ranges(['strasse'], 'die Straße.')).toEqual([[4, 10]]);
  });

  test('Latin ligatures fold to their letters', () => {
    expect(ranges(['efficacy'], 'eﬃcacy')).toEqual([[0, 6]]);
  });

  test('diacritics are NOT stripped', () => {
    expect(matched(['kétamine'], 'ketamine')).toEqual([]);
    expect(matched(['ketamine'], 'kétamine')).toEqual([]);
    expect(matched(['kétamine'], 'KÉTAMINE')).toEqual(['KÉTAMINE']);
  });

  test('precomposed and decomposed accents match each other', () => {
    expect(ranges(['kétamine'], 'ke\u0301tamine')).toEqual([[0, 9]]);
    expect(ranges(['ke\u0301tamine'], 'kétamine')).toEqual([[0, 8]]);
  });
});
