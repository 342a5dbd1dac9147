import { describe, expect, test } from 'vitest';
import type { ScanStats } from '../../core/term-matching/index';
import { compileMatcher, countScanSteps } from '../../core/term-matching/index';

function matched(patterns: string[], text: string): string[] {
  const matcher = compileMatcher(patterns.map((p) => ({ text: p, value: p })));
  return matcher.find(text).map((m) => text.slice(m.start, m.end));
}

describe('leftmost-longest selection', () => {
  test('the longest pattern at a start wins', () => {
    const patterns = ['ketamine', 'ketamine-assisted psychotherapy', 'psychotherapy'];
    expect(matched(patterns, 'Ketamine-assisted psychotherapy works')).toEqual([
      'Ketamine-assisted psychotherapy',
    ]);
    expect(matched(patterns, 'ketamine-assisted therapy')).toEqual(['ketamine']);
  });

  test('the leftmost match wins over a longer overlapping one', () => {
    expect(matched(['a b', 'b c d'], 'a b c d')).toEqual(['a b']);
  });

  test('a match skipped for overlap leaves room for a later one', () => {
    expect(matched(['w x', 'x a', 'a'], 'w x a')).toEqual(['w x', 'a']);
  });

  test('a longer candidate failing its boundary falls back to a shorter one', () => {
    expect(matched(['ketamine', 'ketamine the'], 'ketamine therapy')).toEqual(['ketamine']);
  });

  test('matches come back in order with their values and exact offsets', () => {
    const matcher = compileMatcher([
      { text: 'ketamine', value: 'k' },
      { text: 'esketamine', value: 'es' },
    ]);
    expect(matcher.find('esketamine, not ketamine')).toEqual([
      { start: 0, end: 10, value: 'es' },
      { start: 16, end: 24, value: 'k' },
    ]);
  });

  test('nested patterns on a long repetitive text stay correct', () => {
    const text = 'a '.repeat(5000).trim();
    const result = compileMatcher(['a', 'a a', 'a a a'].map((t) => ({ text: t, value: t }))).find(
      text,
    );
    expect(result.map((m) => m.value)).toEqual([...Array(1666).fill('a a a'), 'a a']);
  });
});

describe('ranges cover the word only', () => {
  test.each(["ketamine's", 'ketamine’s', 'KETAMINE’S', 'ketamine.', 'ketamine…', 'ketamine\u00ad'])(
    '%j → first 8 characters',
    (text) => {
      const [m] = compileMatcher([{ text: 'ketamine', value: 0 }]).find(text);
      expect([m?.start, m?.end]).toEqual([0, 8]);
    },
  );
});

describe('surrogate pairs', () => {
  test('emoji around a term keep offsets in UTF-16 units', () => {
    const [m] = compileMatcher([{ text: 'ketamine', value: 0 }]).find('😀 ketamine 😀');
    expect([m?.start, m?.end]).toEqual([3, 11]);
  });

  test('astral letters are letters, with case folding', () => {
    // Deseret capital and small letters (U+10400 / U+10428).
    expect(matched(['𐐀𐐁'], 'a 𐐨𐐩 b')).toEqual(['𐐨𐐩']);
    expect(matched(['𐐀𐐁'], '𐐨𐐩𐐪')).toEqual([]);
    expect(matched(['ab'], '𝐀ab')).toEqual([]);
  });

  test('an offset inside a pair counts as that pair’s start', () => {
    const matcher = compileMatcher([{ text: 'ketamine', value: 0 }]);
    expect(matcher.find('😀ketamine', 1)).toEqual([{ start: 2, end: 10, value: 0 }]);
    expect(matcher.find('😀ketamine', 0, 1)).toEqual([]);
  });
});

describe('pattern list', () => {
  test('duplicates after folding: the first one wins', () => {
    const matcher = compileMatcher([
      { text: 'Ketamine', value: 1 },
      { text: 'KETAMINE', value: 2 },
      { text: 'keta\u00admine', value: 3 },
      { text: 'ketamine therapy', value: 4 },
    ]);
    expect(matcher.patternCount).toBe(2);
    expect(matcher.find('ketamine')).toEqual([{ start: 0, end: 8, value: 1 }]);
  });

  test.each(['', '   ', '\u00ad', '\u200b\u00a0\n'])('rejects empty pattern %j', (text) => {
    expect(() =>
      compileMatcher([
        { text: 'ok', value: 0 },
        { text, value: 1 },
      ]),
    ).toThrow(/pattern #1 .* is empty or only whitespace/);
  });

  test('no patterns, empty text and empty ranges find nothing', () => {
    expect(compileMatcher([]).find('ketamine')).toEqual([]);
    const matcher = compileMatcher([{ text: 'ketamine', value: 0 }]);
    expect(matcher.find('')).toEqual([]);
    expect(matcher.find('ketamine', 4, 4)).toEqual([]);
    expect(matcher.find('ketamine', 5, 2)).toEqual([]);
  });

  test('maxPatternLength counts folded code points', () => {
    expect(compileMatcher([{ text: 'straße', value: 0 }]).maxPatternLength).toBe(7);
    expect(compileMatcher([{ text: ' a\u00adb ', value: 0 }]).maxPatternLength).toBe(2);
  });
});

describe('windows', () => {
  const matcher = compileMatcher([{ text: 'ketamine therapy', value: 0 }]);

  test('a match starting before `to` is reported in full; one starting at `to` is not', () => {
    const text = 'ketamine therapy ketamine therapy';
    expect(matcher.find(text, 0, 1)).toEqual([{ start: 0, end: 16, value: 0 }]);
    expect(matcher.find(text, 0, 17)).toEqual([{ start: 0, end: 16, value: 0 }]);
    expect(matcher.find(text, 1, 18)).toEqual([{ start: 17, end: 33, value: 0 }]);
  });

  test('reading past `to` stops once no match can start before `to`', () => {
    const stats: ScanStats = { steps: 0, chars: 0 };
    const text = `ketamine therapy ${'x'.repeat(100_000)}`;
    expect(matcher.find(text, 0, 1, stats)).toHaveLength(1);
    expect(stats.chars).toBeLessThanOrEqual(matcher.maxPatternLength + 2);
  });

  test('countScanSteps is deterministic and at most 2 per character', () => {
    const text = 'ketamine ketamine therapy therapy ketamine therap'.repeat(100);
    const steps = countScanSteps(matcher, text);
    expect(countScanSteps(matcher, text)).toBe(steps);
    expect(steps).toBeGreaterThanOrEqual(text.length);
    expect(steps).toBeLessThanOrEqual(2 * text.length);
  });
});
