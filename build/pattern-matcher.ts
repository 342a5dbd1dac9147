import { type InflectedLanguage, inflectedForms } from '../content/inflections';
import { KINDS, type Kind, KNOWLEDGE_KINDS } from '../content/kinds';
import { highlightPatterns, pack } from '../content/pack';
import type { KnowledgePack, Term } from '../content/schema';
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
 * Each kind's entries with inflected forms (lemmas per language), by kind: the forms are made
 * at build time, so the content script carries no endings tables. Keyed by kind, so a kind
 * without a row fails `npx tsc`.
 */
const INFLECTED: {
  readonly [K in Kind]: (
    source: KnowledgePack,
  ) => { id: string; label: string; inflected: NonNullable<Term['inflected']> }[];
} = {
  term: (source) =>
    source.terms.flatMap((term) =>
      term.highlight && term.inflected
        ? [{ id: term.id, label: term.label, inflected: term.inflected }]
        : [],
    ),
  misconception: () => [],
};

/**
 * Every form the matcher may look for: the pack's highlight patterns, then the inflected
 * forms of each highlighted term. Context terms and myth phrases are marked `context`;
 * a myth phrase that names a family term itself is not.
 */
export function patternEntries(source: KnowledgePack = pack): PatternEntry[] {
  const contextTerms = new Set(source.terms.filter((t) => t.context === true).map((t) => t.id));
  const patterns = highlightPatterns(source);
  // The family's forms: those of the kinds that anchor it, but for context terms.
  const familyForms = patterns
    .filter((p) => KNOWLEDGE_KINDS[p.kind].anchorsFamily && !contextTerms.has(p.id))
    .map((p) => foldText(p.text));
  const entry = (kind: PatternEntry['kind'], id: string, text: string): PatternEntry => {
    const row = KNOWLEDGE_KINDS[kind];
    const context = row.needsFamily
      ? // Every myth in the pack is about ketamine: its phrase needs a family term in the
        // frame, unless the phrase names one itself.
        !familyForms.some((form) => foldText(text).includes(form))
      : row.anchorsFamily && contextTerms.has(id);
    return context ? { text, kind, id, context: true } : { text, kind, id };
  };
  const out = patterns.map((p) => entry(p.kind, p.id, p.text));
  for (const kind of KINDS) {
    for (const { id, label, inflected } of INFLECTED[kind](source)) {
      for (const [language, lemmas] of Object.entries(inflected)) {
        for (const lemma of lemmas ?? []) {
          for (const form of inflectedForms(lemma, language as InflectedLanguage)) {
            out.push({ ...entry(kind, id, label), text: form });
          }
        }
      }
    }
  }
  return out;
}
