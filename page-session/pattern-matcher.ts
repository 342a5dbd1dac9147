import { type InflectedLanguage, inflectedForms } from '../content/inflections';
import { type KindSetting, KNOWLEDGE_KINDS } from '../content/kinds';
import { type HighlightPattern, highlightPatterns, pack } from '../content/pack';
import type { KnowledgePack } from '../content/schema';
import type { MatchValue } from '../page-highlighting/match-value';
import type { Settings } from '../settings/settings';
import { compileMatcher, type Matcher, type Pattern } from '../term-matching';
import { foldText } from '../term-matching/fold-text';

type Wanted = Pick<Settings, KindSetting> & Partial<Pick<Settings, 'excludedIds'>>;

/** One matcher for the kinds the reader wants highlighted. */
export function matcherFor(settings: Wanted): Matcher<MatchValue> {
  return compileMatcher(matcherPatterns(settings));
}

/**
 * The patterns behind `matcherFor`: the pack's highlight patterns, then the inflected forms
 * of each highlighted term, each with what its match stands for. Context terms and myth
 * phrases are marked `context`; family terms stay in even when terms are not highlighted, as
 * `anchorOnly`, so the myths keep their context. A term or myth the reader excluded is
 * dropped the same way: a family term stays as `anchorOnly`, anything else goes.
 */
export function matcherPatterns(
  settings: Wanted,
  source: KnowledgePack = pack,
): Pattern<MatchValue>[] {
  const contextTerms = new Set(source.terms.filter((t) => t.context === true).map((t) => t.id));
  const familyForms = source.terms
    .filter((term) => term.highlight && term.context !== true)
    .flatMap((term) => [term.label, ...term.variants].map(foldText));
  const excluded = new Set(settings.excludedIds ?? []);
  const wants = (kind: HighlightPattern['kind']) => settings[KNOWLEDGE_KINDS[kind].setting];
  const matchValue = (
    kind: HighlightPattern['kind'],
    id: string,
    text: string,
  ): MatchValue | null => {
    if (kind === 'misconception') {
      if (!wants('misconception') || excluded.has(id)) return null;
      // Every myth in the pack is about ketamine: its phrase needs a family term in the frame,
      // unless the phrase names one itself.
      const folded = foldText(text);
      return familyForms.some((form) => folded.includes(form))
        ? { kind, id }
        : { kind, id, context: true };
    }
    const isContext = contextTerms.has(id);
    if (wants('term') && !excluded.has(id)) {
      return isContext ? { kind, id, context: true } : { kind, id };
    }
    return !isContext && wants('misconception') ? { kind, id, anchorOnly: true } : null;
  };

  const out: Pattern<MatchValue>[] = [];
  for (const pattern of highlightPatterns(source)) {
    const value = matchValue(pattern.kind, pattern.id, pattern.text);
    if (value) out.push({ text: pattern.text, value });
  }
  for (const term of source.terms) {
    if (!term.highlight || !term.inflected) continue;
    const value = matchValue('term', term.id, term.label);
    if (!value) continue;
    for (const [language, lemmas] of Object.entries(term.inflected)) {
      for (const lemma of lemmas ?? []) {
        for (const form of inflectedForms(lemma, language as InflectedLanguage)) {
          out.push({ text: form, value });
        }
      }
    }
  }
  return out;
}
