import type { Automaton } from './automaton';
import { AutomatonBuilder } from './automaton';
import { CandidateBuffer } from './candidates';
import { patternForms } from './fold-pattern';
import type { Ring } from './scan';
import { createRing, scan } from './scan';
import type { Matcher, Pattern, ScanStats, TextMatch } from './types';

/**
 * Compiles all patterns into ONE Aho–Corasick automaton, so scanning cost per
 * character does not grow with the number of patterns. Patterns with the same
 * folded text keep the first one's value. Throws on a pattern that folds to nothing.
 */
export function compileMatcher<T>(patterns: readonly Pattern<T>[]): Matcher<T> {
  const builder = new AutomatonBuilder();
  const values: T[] = [];
  patterns.forEach((pattern, index) => {
    const forms = patternForms(pattern.text);
    if (forms.some((form) => form.length === 0)) {
      throw new Error(
        `compileMatcher: pattern #${index} ${JSON.stringify(pattern.text)} is empty or only whitespace/invisible characters`,
      );
    }
    let added = false;
    for (const form of forms) {
      if (builder.add(form, values.length)) added = true;
    }
    if (added) values.push(pattern.value);
  });
  return new AhoCorasickMatcher(builder.build(), values);
}

/** Automaton steps `matcher.find` takes to scan all of `text` (see `ScanStats.steps`). */
export function countScanSteps<T>(matcher: Matcher<T>, text: string): number {
  const stats: ScanStats = { steps: 0, chars: 0 };
  matcher.find(text, 0, text.length, stats);
  return stats.steps;
}

class AhoCorasickMatcher<T> implements Matcher<T> {
  readonly maxPatternLength: number;
  readonly patternCount: number;
  // Scratch space reused by every `find`: scanning is synchronous, so calls never interleave.
  private readonly buffer = new CandidateBuffer();
  private readonly ring: Ring;

  constructor(
    private readonly automaton: Automaton,
    private readonly values: readonly T[],
  ) {
    this.maxPatternLength = automaton.maxDepth;
    this.patternCount = values.length;
    this.ring = createRing(automaton.maxDepth);
  }

  find(text: string, from = 0, to = text.length, stats?: ScanStats): TextMatch<T>[] {
    let start = Math.max(0, Math.trunc(from) || 0);
    const end = Math.min(text.length, Math.trunc(to));
    if (
      start > 0 &&
      start < text.length &&
      isLowSurrogate(text, start) &&
      isHighSurrogate(text, start - 1)
    )
      start++;
    if (start >= end || this.patternCount === 0) return [];
    scan(this.automaton, text, start, end, this.buffer, this.ring, stats);
    const found = this.buffer.selected;
    const matches: TextMatch<T>[] = [];
    for (let k = 0; k < found.length; k += 3) {
      matches.push({
        start: found[k] as number,
        end: found[k + 1] as number,
        value: this.values[found[k + 2] as number] as T,
      });
    }
    return matches;
  }
}

function isHighSurrogate(text: string, index: number): boolean {
  return (text.charCodeAt(index) & 0xfc00) === 0xd800;
}

function isLowSurrogate(text: string, index: number): boolean {
  return (text.charCodeAt(index) & 0xfc00) === 0xdc00;
}
