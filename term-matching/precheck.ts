import { patternForms } from './fold-pattern';

// Shortest anchor worth searching for; 氯胺酮 (three Han characters) is the shortest term.
const MIN_ANCHOR = 3;
const IGNORABLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
// The folds fold.ts applies after lower-casing, for the letters they produce.
const SPECIAL_FOLDS: Record<string, string> = {
  ς: 'σ',
  ß: 'ss',
  ſ: 's',
  ﬀ: 'ff',
  ﬁ: 'fi',
  ﬂ: 'fl',
  ﬃ: 'ffi',
  ﬄ: 'ffl',
  ﬅ: 'st',
  ﬆ: 'st',
};
const SPECIAL = new RegExp(`[${Object.keys(SPECIAL_FOLDS).join('')}]`, 'gu');

/**
 * A quick, conservative test of whether a text may contain a match: most pages mention no
 * term, and one native string search over their text is far cheaper than walking their DOM.
 * Each folded form of each pattern (as typed, NFC, NFD: what the matcher compiles)
 * contributes its longest run of letters; any text the matcher would match contains one of
 * those runs once ignorable characters are removed and it is lower-cased the matcher's way.
 * So `false` is certain, `true` only means "look closer". Returns null when some form has
 * no run of at least three letters: then every text must be looked at.
 */
export function createPrecheck(patterns: readonly string[]): ((text: string) => boolean) | null {
  const anchors: string[] = [];
  for (const pattern of patterns) {
    for (const form of patternForms(pattern)) {
      const anchor = longestLetterRun(form);
      if (anchor.length < MIN_ANCHOR) return null;
      anchors.push(anchor);
    }
  }
  // "esketamine" needs no search of its own when "ketamine" is searched for anyway.
  const needed = [...new Set(anchors)]
    .sort((a, b) => a.length - b.length)
    .filter((anchor, i, sorted) => !sorted.slice(0, i).some((shorter) => anchor.includes(shorter)));
  if (needed.length === 0) return () => false;
  const search = new RegExp(needed.map(escapeRegExp).join('|'), 'u');
  return (text) => search.test(prepare(text));
}

/** Page text as the anchors are written: no ignorables, lower-cased, special folds applied. */
function prepare(text: string): string {
  return text
    .replace(IGNORABLE, '')
    .toLowerCase()
    .replace(SPECIAL, (ch) => SPECIAL_FOLDS[ch] ?? ch);
}

/** The longest run of letters in a folded pattern, as a string. */
function longestLetterRun(folded: readonly number[]): string {
  let best = '';
  let run = '';
  for (const code of folded) {
    const ch = String.fromCodePoint(code);
    run = /^\p{L}$/u.test(ch) ? run + ch : '';
    if (run.length > best.length) best = run;
  }
  return best;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
