import { describe, expect, test } from 'vitest';
import type { ScanStats } from '../../core/term-matching/index';
import { compileMatcher } from '../../core/term-matching/index';
import { seededRandom } from '../../scripts/seeded-random';

// Work is measured in automaton steps, not wall-clock time: deterministic on any machine.

function randomWord(next: () => number): string {
  const length = 3 + Math.floor(next() * 8);
  let word = '';
  for (let i = 0; i < length; i++) word += 'etaoinshrdlucmfwypvbgk'[Math.floor(next() * 22)];
  return word;
}

/** `count` distinct random words and two-word phrases. */
function randomPatterns(count: number, seed: number): string[] {
  const next = seededRandom(seed);
  const patterns = new Set<string>();
  while (patterns.size < count) {
    const word = randomWord(next);
    patterns.add(next() < 0.3 ? `${word} ${randomWord(next)}` : word);
  }
  return [...patterns];
}

/** ~100 KB of random words, sprinkled with some of the patterns so matches do occur. */
function randomText(patterns: string[], seed: number): string {
  const next = seededRandom(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < 100_000) {
    const part =
      next() < 0.1 ? (patterns[Math.floor(next() * patterns.length)] as string) : randomWord(next);
    parts.push(part);
    size += part.length + 1;
  }
  return parts.join(next() < 0.5 ? ' ' : ', ');
}

function scan(patternCount: number, text: string) {
  const patterns = randomPatterns(patternCount, 1);
  const matcher = compileMatcher(patterns.map((p, i) => ({ text: p, value: i })));
  const stats: ScanStats = { steps: 0, chars: 0 };
  const matches = matcher.find(text, 0, text.length, stats);
  return { stepsPerChar: stats.steps / stats.chars, matches: matches.length, chars: stats.chars };
}

describe('scan cost does not grow with the number of patterns', () => {
  const text = randomText(randomPatterns(10_000, 1), 2);

  test('10 vs 10,000 patterns over the same 100 KB text', () => {
    const few = scan(10, text);
    const many = scan(10_000, text);
    expect(few.chars).toBe(text.length);
    expect(many.chars).toBe(text.length);
    expect(many.matches).toBeGreaterThan(500);
    expect(few.stepsPerChar).toBeLessThanOrEqual(2);
    expect(many.stepsPerChar).toBeLessThanOrEqual(2);
    expect(many.stepsPerChar / few.stepsPerChar).toBeLessThan(1.5);
  });
});
