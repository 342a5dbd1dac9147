import { bypassFolds, entries, familyAnchor, foldBypass } from 'virtual:ketamine-lens/patterns';
import type { MatchValue } from '../page-highlighting/match-value';
import type { Matcher } from '../term-matching';
import { familyTermCheck, matcherFrom, type WantedKinds } from './match-patterns';

/** The page matcher for these settings, from the patterns built into the script. */
export function builtMatcherFor(settings: WantedKinds): Matcher<MatchValue> {
  return matcherFrom(settings, entries);
}

/** Whether a text may hold a ketamine-family term (see `familyTermCheck`). */
export const mayHoldFamilyTerm = familyTermCheck({ familyAnchor, foldBypass, bypassFolds });
