import { type InflectedLanguage, inflectedForms } from '../content/inflections';
import { highlightPatterns, pack } from '../content/pack';
import type { KnowledgePack } from '../content/schema';
import type { Matcher, Pattern } from '../core/term-matching';
import { foldText } from '../core/term-matching/fold-text';
import type { MatchValue } from '../page/engine/match-value';
import {
  matcherFrom,
  type PatternEntry,
  patternsFor,
  type WantedKinds,
} from '../page/engine-stage/match-patterns';

// Reads the whole knowledge pack: used at build time (pattern-module.ts) and by tests, never
// by the content script, which gets `patternEntries(pack)` as built data.

/** One matcher for the kinds the reader wants highlighted. */
export function matcherFor(settings: WantedKinds): Matcher<MatchValue> {
  return matcherFrom(settings, patternEntries(pack));
}

/** The patterns behind `matcherFor` (see `patternsFor`). */
export function matcherPatterns(
  settings: WantedKinds,
  source: KnowledgePack = pack,
): Pattern<MatchValue>[] {
  return patternsFor(settings, patternEntries(source));
}

/**
 * Every form the matcher may look for: the pack's highlight patterns, then the inflected
 * forms of each highlighted term. Context terms and myth phrases are marked `context`;
 * a myth phrase that names a family term itself is not.
 */
export function patternEntries(source: KnowledgePack = pack): PatternEntry[] {
  const contextTerms = new Set(source.terms.filter((t) => t.context === true).map((t) => t.id));
  const familyForms = source.terms
    .filter((term) => term.highlight && term.context !== true)
    .flatMap((term) => [term.label, ...term.variants].map(foldText));
  const entry = (kind: PatternEntry['kind'], id: string, text: string): PatternEntry => {
    const context =
      kind === 'misconception'
        ? // Every myth in the pack is about ketamine: its phrase needs a family term in the
          // frame, unless the phrase names one itself.
          !familyForms.some((form) => foldText(text).includes(form))
        : contextTerms.has(id);
    return context ? { text, kind, id, context: true } : { text, kind, id };
  };
  const out = highlightPatterns(source).map((p) => entry(p.kind, p.id, p.text));
  for (const term of source.terms) {
    if (!term.highlight || !term.inflected) continue;
    for (const [language, lemmas] of Object.entries(term.inflected)) {
      for (const lemma of lemmas ?? []) {
        for (const form of inflectedForms(lemma, language as InflectedLanguage)) {
          out.push({ ...entry('term', term.id, term.label), text: form });
        }
      }
    }
  }
  return out;
}
