import { highlightPatterns, pack } from '../content/pack';
import type { MatchValue } from '../page-highlighting/match-value';
import type { Settings } from '../settings/settings';
import { compileMatcher, type Matcher } from '../term-matching';

/** One matcher for the kinds the reader wants highlighted. */
export function matcherFor(settings: Settings): Matcher<MatchValue> {
  const wanted = { term: settings.highlightTerms, misconception: settings.highlightMisconceptions };
  return compileMatcher(
    highlightPatterns(pack)
      .filter((pattern) => wanted[pattern.kind])
      .map((pattern) => ({ text: pattern.text, value: { kind: pattern.kind, id: pattern.id } })),
  );
}
