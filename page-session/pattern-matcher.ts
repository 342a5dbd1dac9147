import { highlightPatterns, pack } from '../content/pack';
import type { MatchValue } from '../page-highlighting/match-value';
import type { Settings } from '../settings/settings';
import { compileMatcher, createPrecheck, type Matcher } from '../term-matching';

/** One matcher for the kinds the reader wants highlighted, and its quick text pre-check. */
export function matcherFor(settings: Settings): {
  matcher: Matcher<MatchValue>;
  precheck: ((text: string) => boolean) | null;
} {
  const wanted = { term: settings.highlightTerms, misconception: settings.highlightMisconceptions };
  const patterns = highlightPatterns(pack).filter((pattern) => wanted[pattern.kind]);
  return {
    matcher: compileMatcher(
      patterns.map((pattern) => ({
        text: pattern.text,
        value: { kind: pattern.kind, id: pattern.id },
      })),
    ),
    precheck: createPrecheck(patterns.map((pattern) => pattern.text)),
  };
}
