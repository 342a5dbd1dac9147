import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightPatterns, pack } from '../../content/pack';
import { compileMatcher, createPrecheck } from '../../term-matching';

const patterns = highlightPatterns(pack).map((pattern) => pattern.text);
const matcher = compileMatcher(patterns.map((text) => ({ text, value: text })));
const precheck = createPrecheck(patterns);

/** A pattern as a page might write it: any case, soft hyphens, decomposed accents, odd spaces. */
const pageForm = fc
  .record({
    pattern: fc.constantFrom(...patterns),
    upper: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
    softHyphenAt: fc.nat(40),
    nfd: fc.boolean(),
    nbsp: fc.boolean(),
  })
  .map(({ pattern, upper, softHyphenAt, nfd, nbsp }) => {
    let text = [...pattern]
      .map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch.toLowerCase()))
      .join('');
    if (nfd) text = text.normalize('NFD');
    if (nbsp) text = text.replace(/ /g, '\u00a0');
    const at = Math.min(softHyphenAt, text.length);
    return `${text.slice(0, at)}\u00ad${text.slice(at)}`;
  });
const noise = fc.constantFrom(
  ' ',
  'the ',
  'clinic ',
  'ﬁ',
  'ß',
  'ς',
  '—',
  '’s',
  'é',
  'ケ',
  'é',
  '\u200b',
);

describe('the page pre-check', () => {
  it('exists for the pack (every highlighted pattern has an anchor)', () => {
    expect(precheck).not.toBeNull();
  });

  it('says no to text without terms, and yes to terms in disguise', () => {
    const check = precheck as (text: string) => boolean;
    expect(check('A page about cats, clinics and the NHS.')).toBe(false);
    expect(check('KETA\u00ADMINE')).toBe(true);
    expect(check('ΚΕΤΑΜΊΝΗ')).toBe(true);
    expect(check('ke\u0301tamine'.toUpperCase())).toBe(true);
    expect(check('Spravato®')).toBe(true);
  });

  it('never says no where the matcher finds a match', () => {
    const check = precheck as (text: string) => boolean;
    fc.assert(
      fc.property(fc.array(fc.oneof(pageForm, noise), { maxLength: 6 }), (pieces) => {
        const text = pieces.join('');
        if (matcher.find(text).length > 0) expect(check(text)).toBe(true);
      }),
      { numRuns: 3000, seed: 20260115 },
    );
  });

  it('returns null when a pattern has no run of three stable letters', () => {
    expect(createPrecheck(['ketamine', 'IV'])).toBeNull();
  });
});
