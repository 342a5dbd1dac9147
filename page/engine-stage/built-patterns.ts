import { entries } from 'virtual:ketamine-lens/patterns';
import type { Matcher } from '../../core/term-matching';
import type { MatchValue } from '../engine/match-value';
import { matcherFrom, type WantedKinds } from './match-patterns';

/** The page matcher for these settings, from the patterns built into the script. */
export function builtMatcherFor(settings: WantedKinds): Matcher<MatchValue> {
  return matcherFrom(settings, entries);
}
