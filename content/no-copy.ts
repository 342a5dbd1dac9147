import { foldText } from '../core/term-matching/fold-text';

// Guards the "own words" rule: card and myth text may reuse facts and figures from the
// article, but never a run of N consecutive words. Used by tests, not shipped.

export const COPY_RUN_WORDS = 8;

/**
 * Words folded as the matcher folds them (`foldText`), compatibility forms first (NFKC: "ﬁ",
 * "²"), apostrophes removed, every other mark between letters a word break.
 */
export function normaliseWords(text: string): string[] {
  return foldText(text.normalize('NFKC'))
    .replace(/'/g, '') // doesn’t / doesn't → doesnt
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w !== '');
}

function runs(words: readonly string[], size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + size <= words.length; i++) out.push(words.slice(i, i + size).join(' '));
  return out;
}

/** Builds a checker over a source text; it returns every run of `size` words the candidate shares with it. */
export function createCopyChecker(
  source: string,
  size: number = COPY_RUN_WORDS,
): (candidate: string) => string[] {
  const sourceRuns = new Set(runs(normaliseWords(source), size));
  return (candidate) => [
    ...new Set(runs(normaliseWords(candidate), size).filter((r) => sourceRuns.has(r))),
  ];
}
