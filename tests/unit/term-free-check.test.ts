import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matcherFor, matcherPatterns, patternEntries } from '../../build/pattern-matcher';
import { anchorData, patternModuleSource } from '../../build/pattern-module';
import { DEFAULT_SETTINGS } from '../../common/settings/settings';
import { matcherFrom } from '../../page/engine-stage/match-patterns';
import { familyTermCheck } from '../../page/sentinel/family-term-check';

// The term-free fast path skips the page engine when `mayHold` says no: it must never say no
// to a text in which the matcher finds a ketamine-family term.
const mayHold = familyTermCheck(anchorData());
const matcher = matcherFor(DEFAULT_SETTINGS);
const familyForms = matcherPatterns(DEFAULT_SETTINGS)
  .filter((p) => p.value.kind === 'term' && p.value.context !== true)
  .map((p) => p.text);
const findsFamily = (text: string) => matcher.find(text).some((m) => m.value.context !== true);

// What pages do to words: case, soft hyphens and zero-width characters, ligatures, ß,
// decomposed accents, markup-free joins with neighbouring text.
const disguise = (form: string, seed: number) => {
  let out = '';
  [...form.normalize(seed % 3 === 0 ? 'NFD' : 'NFC')].forEach((ch, i) => {
    const r = (seed >> (i % 16)) & 7;
    out += r === 0 ? ch.toUpperCase() : ch;
    if (r === 1) out += '\u00ad';
    if (r === 2) out += '\u200b';
  });
  return out.replace(/fi/g, seed % 5 === 0 ? '\ufb01' : 'fi');
};

describe('the family-term pre-check', () => {
  it('holds every family form, as written and disguised', () => {
    for (const form of familyForms) {
      expect(mayHold(form), form).toBe(true);
      for (let seed = 0; seed < 40; seed++) {
        const text = `Before ${disguise(form, seed * 7919)} after.`;
        if (findsFamily(text)) expect(mayHold(text), JSON.stringify(text)).toBe(true);
      }
    }
  });

  it('never says no where the matcher finds a family term (random texts)', () => {
    const piece = fc.oneof(
      fc.constantFrom(...familyForms, 'ſ', 'ß', 'ﬁ', '\u00ad', ' ', '-', 'İ', 'off-label'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.integer(), (pieces, seed) => {
        const text = pieces.map((p, i) => (i % 2 ? disguise(p, seed) : p)).join('');
        if (findsFamily(text)) expect(mayHold(text)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('says no to a page about something else, even one with context terms and myths', () => {
    expect(mayHold('Ozempic is prescribed off-label for weight loss, critics say.')).toBe(false);
    expect(mayHold('Xylazine, the horse tranquilizer "tranq", is cut into street drugs.')).toBe(
      false,
    );
  });
});

describe('the built pattern module', () => {
  it('gives the same matcher as the pack, for every kind of settings', async () => {
    const url = `data:text/javascript,${encodeURIComponent(patternModuleSource())}`;
    const built = (await import(/* @vite-ignore */ url)) as {
      entries: ReturnType<typeof patternEntries>;
    };
    expect(built.entries).toEqual(patternEntries());
    const text =
      'Ketamine, esketamine and a horse tranquiliser, prescribed off-label; des Ketamins.';
    for (const settings of [
      DEFAULT_SETTINGS,
      { ...DEFAULT_SETTINGS, highlightTerms: false },
      { ...DEFAULT_SETTINGS, highlightMisconceptions: false },
      { ...DEFAULT_SETTINGS, excludedIds: ['ketamine'] },
    ]) {
      expect(matcherFrom(settings, built.entries).find(text)).toEqual(
        matcherFor(settings).find(text),
      );
    }
  });
});
