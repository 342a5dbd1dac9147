import Fuse from 'fuse.js';
import { searchKey, wordsIn } from './search-words';

/** A term worth trying instead of a word that matched nothing, and the query it makes. */
export interface Suggestion {
  label: string;
  query: string;
}

/** A term as the suggester needs it: the name to show and every form it goes by. */
export interface SuggestableTerm {
  label: string;
  forms: readonly string[];
}

/**
 * Term names close to a word that found nothing, for "Did you mean", found by fuse.js's fuzzy
 * match over every word of every term's forms. Only close ones: the same first letter and a
 * strict threshold, so a word the article never uses ("addictive") is offered nothing rather
 * than something unrelated.
 */
export function createTermSuggester(
  terms: readonly SuggestableTerm[],
): (query: string, unmatched: readonly string[], limit?: number) => Suggestion[] {
  const forms = terms.flatMap((term) =>
    term.forms.flatMap((form) =>
      wordsIn(form).map((word) => ({ key: word.key, label: term.label })),
    ),
  );
  const fuse = new Fuse(forms, {
    keys: ['key'],
    threshold: SUGGEST_THRESHOLD,
    ignoreLocation: true,
    isCaseSensitive: true,
    includeScore: true,
  });
  return (query, unmatched, limit = 3) => {
    const out: Suggestion[] = [];
    for (const typed of unmatched) {
      const key = searchKey(typed);
      // Too short to tell a typo from another word; longer than any term's word (and than
      // fuse.js's bitap pattern of 32 letters), it is no typo of one.
      if (key.length < 4 || key.length > MAX_WORD) continue;
      for (const { item: form } of fuse.search(key)) {
        if (out.length >= limit) return out;
        if (out.some((s) => s.label === form.label) || !isCloseWord(key, form.key)) continue;
        out.push({ label: form.label, query: replaceWord(query, typed, form.label) });
      }
    }
    return out;
  };
}

const MAX_WORD = 32;

/** How far fuse.js's score may go for a suggestion (0 is exact). */
const SUGGEST_THRESHOLD = 0.3;

/** A suggestion starts as the typed word does, and is about as long (a typo, not a stem). */
function isCloseWord(typed: string, form: string): boolean {
  return typed[0] === form[0] && Math.abs(typed.length - form.length) <= 2;
}

/** `query` with its first whole-word `word` replaced by `by`. */
function replaceWord(query: string, word: string, by: string): string {
  for (const w of wordsIn(query)) {
    if (query.slice(w.start, w.end) === word) {
      return `${query.slice(0, w.start)}${by}${query.slice(w.end)}`;
    }
  }
  return by;
}
