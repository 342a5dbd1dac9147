import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanQuery, normaliseQuery } from '../../card-search/normalise-query';
import { createCardSearch, DEFAULT_LIMIT } from '../../card-search/search-cards';
import { pack } from '../../content/pack';

// [query, id expected among the top 3 results]
const CASES: readonly (readonly [string, string])[] = [
  // typos
  ['ketamne anaesthetic', 'ketamine-dissociative-anaesthetic'],
  ['dissociative anesthetc', 'ketamine-dissociative-anaesthetic'],
  ['esketamin', 'esketamine-licensed-2019'],
  ['spravto', 'esketamine-licensed-2019'],
  ['ketamien infusion', 'infusion-intravenous'],
  ['glutamte', 'glutamate-definition'],
  ['serotonim', 'serotonin-vs-glutamate'],
  ['tranquilser', 'myth-just-horse-tranquiliser'],
  ['irritabilty', 'review-2022-single-dose'],
  ['fractures pian', 'low-dose-pain-relief'],
  ['disociatives', 'dissociatives-definition'],
  ['ketmine assisted psychotherapy', 'kap-definition'],
  // US / UK spellings
  ['anesthetic', 'ketamine-dissociative-anaesthetic'],
  ['anaesthetic', 'ketamine-dissociative-anaesthetic'],
  ['tranquilizer', 'myth-just-horse-tranquiliser'],
  ['horse tranquillizer', 'myth-just-horse-tranquiliser'],
  ['generalized anxiety', 'gad-50-percent'],
  ['generalised anxiety disorder', 'gad-50-percent'],
  // abbreviations
  ['KAP', 'kap-definition'],
  ['TRD', 'trd-definition'],
  ['GAD', 'gad-50-percent'],
  ['NHS', 'nhs-70-percent'],
  ['IV ketamine', 'infusion-intravenous'],
  // plain-word questions
  ['how long does it last', 'rapid-but-short-lived'],
  ['is it approved in the UK', 'not-approved-uk'],
  ['how fast does it work', 'anxiety-relief-in-hours'],
  ['is it just a horse tranquilizer', 'myth-just-horse-tranquiliser'],
  ['how is it given', 'infusion-intravenous'],
  ['how long are you monitored', 'esketamine-clinic-monitoring'],
  ['what is ketamine', 'ketamine-dissociative-anaesthetic'],
  ['what does off-label mean', 'off-label-meaning'],
  ['is ketamine a party drug', 'myth-only-a-party-drug'],
  ['can ketamine cure depression permanently', 'myth-permanent-cure'],
  ['does it replace therapy', 'myth-replaces-therapy'],
  ['can I take it at home', 'myth-take-at-home'],
  ['how does ketamine reduce anxiety', 'glutamate-boost'],
  ['what is treatment-resistant depression', 'trd-definition'],
  ['is the research on anxiety strong', 'anxiety-evidence-weaker'],
  ['does it help talk about trauma', 'dissociation-explore-feelings'],
  ['is it approved for anxiety', 'anxiety-off-label'],
  // numbers and years
  ['70%', 'nhs-70-percent'],
  ['2019', 'esketamine-licensed-2019'],
  ['2022', 'review-2022-single-dose'],
  ['50%', 'gad-50-percent'],
  ['two hours', 'esketamine-clinic-monitoring'],
  ['two hours', 'session-monitoring'],
  ['4-6 weeks', 'anxiety-relief-in-hours'],
  ['4–6 weeks', 'anxiety-relief-in-hours'],
  ['two weeks', 'review-2022-single-dose'],
  ['at least two medicines', 'trd-definition'],
  ['one day', 'nhs-70-percent'],
  ['a few days to a week', 'rapid-but-short-lived'],
  // topics
  ['glutamate serotonin', 'serotonin-vs-glutamate'],
  ['panic irritability social anxiety', 'review-2022-single-dose'],
  ['trance talking therapies', 'kap-trance-alternative-routes'],
  ['sedate animals', 'medical-uses'],
  ['psychiatric disorders research', 'psychiatric-research'],
  ['decades of research', 'kap-decades-of-research'],
  ['clinic or doctor’s office', 'esketamine-clinic-monitoring'],
  ['intravenous bloodstream', 'infusion-intravenous'],
  ['mood learning memory', 'glutamate-definition'],
  ['enhance psychotherapy', 'combination-enhances-psychotherapy'],
  ['treatment resistant anxiety', 'treatment-resistant-anxiety-avenue'],
  ['severe anxiety', 'kap-severe-anxiety'],
  ['feel detached from body', 'dissociatives-definition'],
  ['prescribed off label for anxiety', 'anxiety-off-label'],
  // other languages
  ['эскетамин', 'esketamine-licensed-2019'],
  ['Spravato', 'esketamine-licensed-2019'],
];

const search = createCardSearch(pack);

describe('card search: expected entry in the top 3', () => {
  it('has a big enough table', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)('"%s" finds %s', (query, id) => {
    const top = search.search(query, 3).map((r) => r.id);
    expect(top).toContain(id);
  });
});

describe('card search: results', () => {
  it('ranks best first and respects the limit', () => {
    const results = search.search('ketamine', 5);
    expect(results).toHaveLength(5);
    const scores = results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(search.search('ketamine').length).toBeLessThanOrEqual(DEFAULT_LIMIT);
  });

  it('reports kind and match ranges that point into the matched text', () => {
    const [best] = search.search('horse tranquilizer');
    expect(best?.kind).toBe('misconception');
    expect(best?.matches.length).toBeGreaterThan(0);
    for (const match of best?.matches ?? []) {
      expect(['title', 'summary', 'detail', 'keywords', 'terms', 'phrases', 'section']).toContain(
        match.key,
      );
      for (const [start, end] of match.indices) {
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeLessThan(match.value.length);
        expect(start).toBeLessThanOrEqual(end);
      }
    }
    expect(search.search('2019', 1)[0]?.kind).toBe('card');
  });

  it('returns nothing for empty or meaningless queries', () => {
    expect(search.search('')).toEqual([]);
    expect(search.search('   ')).toEqual([]);
    expect(search.search('?!')).toEqual([]);
    expect(search.search('ketamine', 0)).toEqual([]);
    expect(search.search('zzzzqqqq')).toEqual([]);
  });

  it('never throws and always honours the limit (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: 0, max: 20 }), (query, limit) => {
        const results = search.search(query, limit);
        expect(results.length).toBeLessThanOrEqual(limit);
        for (const r of results) expect(r.score).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('query normalisation', () => {
  it('trims, collapses whitespace and folds typographic quotes and dashes', () => {
    expect(cleanQuery('  doctor’s \t office  4–6 weeks ')).toBe("doctor's office 4-6 weeks");
  });

  it('drops filler words of plain questions but keeps the topic', () => {
    expect(normaliseQuery('How long does it last?')).toBe('long last');
    expect(normaliseQuery('Is it approved in the UK')).toBe('approved uk');
    expect(normaliseQuery('70% of patients')).toBe('70% patients');
  });

  it('keeps a query made only of filler words rather than emptying it', () => {
    expect(normaliseQuery('how is it')).toBe('how is it');
  });
});
