import type { Settings } from '../../common/settings/settings';
import { KINDS, type Kind, type KindSetting, KNOWLEDGE_KINDS } from '../../content/kinds';
import { compileMatcher, type Matcher, type Pattern } from '../../core/term-matching';
import type { MatchValue } from '../engine/match-value';

/**
 * One surface form the page matcher may look for, with what it stands for whatever the
 * settings: worked out from the knowledge pack at build time (pattern-matcher.ts), so the
 * content script carries these few strings and no card text.
 */
export interface PatternEntry {
  text: string;
  kind: Kind;
  id: string;
  /** A context term, or a myth phrase that names no ketamine-family term (context-gate.ts). */
  context?: true;
}

export type WantedKinds = Pick<Settings, KindSetting> & Partial<Pick<Settings, 'excludedIds'>>;

/**
 * The patterns for the kinds the reader wants, in the entries' order (the first of two
 * forms that fold alike wins). The family's forms (`anchorsFamily`) stay in even when their
 * kind is not highlighted, as `anchorOnly`, so the kinds that need the family keep their
 * context; an entry the reader excluded is dropped the same way: a family form stays as
 * `anchorOnly`, anything else goes.
 */
export function patternsFor(
  settings: WantedKinds,
  entries: readonly PatternEntry[],
): Pattern<MatchValue>[] {
  const excluded = new Set(settings.excludedIds ?? []);
  const out: Pattern<MatchValue>[] = [];
  for (const { text, kind, id, context } of entries) {
    const value = valueFor(settings, excluded, kind, id, context === true);
    if (value) out.push({ text, value });
  }
  return out;
}

function valueFor(
  settings: WantedKinds,
  excluded: ReadonlySet<string>,
  kind: PatternEntry['kind'],
  id: string,
  context: boolean,
): MatchValue | null {
  const wants = (k: Kind) => settings[KNOWLEDGE_KINDS[k].setting];
  if (wants(kind) && !excluded.has(id)) {
    return context ? { kind, id, context: true } : { kind, id };
  }
  const anchorWanted = KINDS.some((k) => KNOWLEDGE_KINDS[k].needsFamily && wants(k));
  return KNOWLEDGE_KINDS[kind].anchorsFamily && !context && anchorWanted
    ? { kind, id, anchorOnly: true }
    : null;
}

/** One matcher for the kinds the reader wants highlighted. */
export function matcherFrom(
  settings: WantedKinds,
  entries: readonly PatternEntry[],
): Matcher<MatchValue> {
  return compileMatcher(patternsFor(settings, entries));
}
