import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { TextMatch } from '../../core/term-matching/index';
import { compileMatcher } from '../../core/term-matching/index';

// A deliberately naive reference: fold the text into an array of characters with
// their original ranges, then try every pattern at every position. It restates
// the documented rules independently of the matcher's folding tables and automaton.

const IGNORABLE = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);
const WHITESPACE = /^[\s\u0085]$/u;
const DASH = /^[\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d]$/u;
const APOSTROPHE = /^[\u2018\u2019\u201b\u02bc\uff07]$/u;
const FULL_FOLDS: Record<string, string> = { ς: 'σ', ß: 'ss', ſ: 's', ﬀ: 'ff', ﬁ: 'fi', ﬂ: 'fl' };
const WORD = /^[\p{L}\p{M}\p{N}]$/u;
const UNSPACED =
  /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Bopomofo}\p{scx=Hangul}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}\p{scx=Tibetan}\p{scx=Yi}]$/u;

interface FoldedChar {
  ch: string;
  start: number;
  end: number;
}

function referenceFold(text: string): FoldedChar[] {
  const out: FoldedChar[] = [];
  let offset = 0;
  for (const ch of text) {
    const start = offset;
    offset += ch.length;
    if (IGNORABLE.has(ch)) continue;
    if (WHITESPACE.test(ch)) {
      if (out[out.length - 1]?.ch !== ' ') out.push({ ch: ' ', start, end: offset });
      continue;
    }
    let folded = ch;
    if (DASH.test(ch)) folded = '-';
    else if (APOSTROPHE.test(ch)) folded = "'";
    else folded = [...ch.toLowerCase()].map((c) => FULL_FOLDS[c] ?? c).join('');
    for (const c of folded) out.push({ ch: c, start, end: offset });
  }
  return out;
}

function referenceForms(text: string): string[][] {
  const forms = [text, text.normalize('NFC'), text.normalize('NFD')].map((variant) => {
    const chars = referenceFold(variant).map((c) => c.ch);
    while (chars[0] === ' ') chars.shift();
    while (chars[chars.length - 1] === ' ') chars.pop();
    return chars;
  });
  return forms.filter(
    (f, i) => forms.findIndex((g) => g.join('\u0000') === f.join('\u0000')) === i,
  );
}

const isSpacedWord = (ch: string | undefined) =>
  ch !== undefined && WORD.test(ch) && !UNSPACED.test(ch);

function referenceFind(patterns: string[], text: string): TextMatch<number>[] {
  const seen = new Set<string>();
  const forms: { chars: string[]; value: number }[] = [];
  patterns.forEach((pattern, value) => {
    for (const chars of referenceForms(pattern)) {
      if (seen.has(chars.join('\u0000'))) continue;
      seen.add(chars.join('\u0000'));
      forms.push({ chars, value });
    }
  });
  const folded = referenceFold(text);
  const result: TextMatch<number>[] = [];
  let i = 0;
  while (i < folded.length) {
    let best: { length: number; value: number } | undefined;
    for (const { chars, value } of forms) {
      const fits = chars.every((c, k) => folded[i + k]?.ch === c);
      if (!fits || (best && best.length >= chars.length)) continue;
      const before = folded[i - 1]?.ch;
      const after = folded[i + chars.length]?.ch;
      if (isSpacedWord(chars[0]) && isSpacedWord(before)) continue;
      if (isSpacedWord(chars[chars.length - 1]) && isSpacedWord(after)) continue;
      best = { length: chars.length, value };
    }
    if (!best) {
      i++;
      continue;
    }
    const last = folded[i + best.length - 1] as FoldedChar;
    result.push({ start: (folded[i] as FoldedChar).start, end: last.end, value: best.value });
    i += best.length;
  }
  return result;
}

// Fragments chosen to collide: pattern pieces, case variants, ignorables, spaces,
// dashes, apostrophes, length-changing folds, CJK, Hangul, Cyrillic, astral and
// lone surrogates, combining marks.
const TEXT_PIECES = [
  'keta',
  'mine',
  'ketamine',
  'KETA',
  'es',
  'pre',
  'x',
  '1',
  'a',
  'b',
  'ab',
  'AB',
  ' ',
  '  ',
  '\u00a0',
  '\n',
  '\u00ad',
  '\u200b',
  '\ufeff',
  '-',
  '\u2011',
  '\u2013',
  '\u2014',
  "'",
  '’',
  '.',
  ',',
  '(',
  'ß',
  'ss',
  'SS',
  'İ',
  'i',
  'ς',
  'σ',
  'Σ',
  'é',
  'e\u0301',
  '\u0301',
  'は',
  '氯胺酮',
  'ケタミン',
  '케타민',
  '은',
  'кета',
  'мин',
  'К',
  '😀',
  '𐐀',
  '𐐨',
  '\ud83d',
  '\ude00',
];
const PATTERN_PIECES = [
  'keta',
  'mine',
  'ketamine',
  'es',
  'a',
  'b',
  'ab',
  ' ',
  '-',
  "'",
  '’',
  '\u00ad',
  'ß',
  'ss',
  'İ',
  'i',
  'ς',
  'Σ',
  'é',
  'e\u0301',
  '氯胺酮',
  'ケタミン',
  '케타민',
  'кета',
  'мин',
  '𐐀',
  '(',
];

const textArb = fc.array(fc.constantFrom(...TEXT_PIECES), { maxLength: 40 }).map((p) => p.join(''));
const patternArb = fc
  .array(fc.constantFrom(...PATTERN_PIECES), { minLength: 1, maxLength: 4 })
  .map((p) => p.join(''))
  .filter((p) => referenceForms(p).every((form) => form.length > 0));
const patternsArb = fc.array(patternArb, { minLength: 1, maxLength: 6 });
/** Patterns plus a text mixing random pieces with (case-varied) copies of them. */
const caseArb = fc.constantFrom(
  (s: string) => s,
  (s: string) => s.toUpperCase(),
  (s: string) => s.toLowerCase(),
);
const patternsAndTextArb = patternsArb.chain((patterns) =>
  fc.tuple(
    fc.constant(patterns),
    fc
      .array(
        fc.oneof(
          fc.constantFrom(...TEXT_PIECES),
          fc.tuple(fc.constantFrom(...patterns), caseArb).map(([p, f]) => f(p)),
        ),
        { maxLength: 30 },
      )
      .map((p) => p.join('')),
  ),
);

function compile(patterns: string[]) {
  return compileMatcher(patterns.map((text, value) => ({ text, value })));
}

describe('find agrees with a naive reference', () => {
  test('random patterns over random text', () => {
    fc.assert(
      fc.property(patternsAndTextArb, ([patterns, text]) => {
        expect(compile(patterns).find(text)).toEqual(referenceFind(patterns, text));
      }),
      { numRuns: 3000 },
    );
  });

  test('the text containing every pattern verbatim', () => {
    fc.assert(
      fc.property(patternsArb, fc.array(textArb, { maxLength: 4 }), (patterns, fillers) => {
        const text = patterns.map((p, i) => `${fillers[i] ?? ''} ${p} `).join('');
        expect(compile(patterns).find(text)).toEqual(referenceFind(patterns, text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('window-by-window scanning', () => {
  test('equals one scan of the whole text', () => {
    fc.assert(
      fc.property(
        patternsAndTextArb,
        fc.array(fc.nat(), { maxLength: 8 }),
        ([patterns, text], rawCuts) => {
          const matcher = compile(patterns);
          const cuts = rawCuts.map((c) => c % (text.length + 1)).sort((a, b) => a - b);
          const windowed: TextMatch<number>[] = [];
          let from = 0;
          for (const to of [...cuts, text.length]) {
            windowed.push(...matcher.find(text, from, to));
            // The documented contract: the next window starts after the last match.
            from = Math.max(from, to, windowed[windowed.length - 1]?.end ?? 0);
          }
          expect(windowed).toEqual(matcher.find(text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('every match of a window starts inside it; matches never overlap', () => {
    fc.assert(
      fc.property(patternsArb, textArb, fc.nat(), fc.nat(), (patterns, text, a, b) => {
        const from = a % (text.length + 1);
        const to = b % (text.length + 1);
        const found = compile(patterns).find(text, from, to);
        let lastEnd = 0;
        for (const m of found) {
          expect(m.start).toBeGreaterThanOrEqual(Math.max(from, lastEnd));
          expect(m.start).toBeLessThan(to);
          expect(m.end).toBeGreaterThan(m.start);
          lastEnd = m.end;
        }
      }),
      { numRuns: 1000 },
    );
  });
});
