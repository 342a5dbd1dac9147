import { searchKey, wordsIn } from './search-words';
import { isCloseTypo } from './word-match';

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
 * Term names close to a word that found nothing, for "Did you mean". Only close ones: the
 * same first letter and at most one typo more than the search itself forgives, so a word
 * the article never uses ("addictive") is offered nothing rather than something unrelated.
 */
export function createTermSuggester(
  terms: readonly SuggestableTerm[],
): (query: string, unmatched: readonly string[], limit?: number) => Suggestion[] {
  const forms = terms.flatMap((term) =>
    term.forms.flatMap((form) =>
      wordsIn(form).map((word) => ({ key: word.key, label: term.label })),
    ),
  );
  return (query, unmatched, limit = 3) => {
    const out: Suggestion[] = [];
    for (const typed of unmatched) {
      const key = searchKey(typed);
      if (key.length < 4) continue;
      for (const form of forms) {
        if (out.length >= limit) return out;
        if (out.some((s) => s.label === form.label) || !isCloseTypo(key, form.key, 1)) continue;
        out.push({ label: form.label, query: replaceWord(query, typed, form.label) });
      }
    }
    return out;
  };
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
