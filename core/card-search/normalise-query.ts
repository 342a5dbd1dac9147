import type { SearchLanguage } from './languages';
import { expandLayWords } from './lay-words';
import { type QueryWord, queryWordOf } from './query-words';
import { wordSpans } from './search-words';
import { isStopWord, STOP_WORDS } from './stop-words';

export type { QueryWord } from './query-words';

// Query clean-up: what the reader typed, cut into words and stripped of filler, with limits
// so that a pasted page of text costs no more than a long question.

/** Characters of a query that are searched; the popup's field allows no more. */
export const MAX_QUERY_LENGTH = 200;
/** Topic words of a query that are searched; more than this is not a question any more. */
export const MAX_QUERY_WORDS = 12;

export interface QueryAnalysis {
  /** The query after `cleanQuery` and the length cap. */
  cleaned: string;
  /** Every word, filler included, in order (safety topics are phrases such as "how much"). */
  all: QueryWord[];
  /** Words that name a topic, in order, at most MAX_QUERY_WORDS. */
  topic: QueryWord[];
  /**
   * The last topic word while it may still be being typed (the query does not end in a space
   * or punctuation): it may match as the start of a word, and too short a start is no miss.
   */
  typing: QueryWord | null;
  /** True when the query was longer than the limits and only its start is searched. */
  truncated: boolean;
}

/** Trims, folds typographic quotes and dashes to ASCII, collapses whitespace. */
export function cleanQuery(query: string): string {
  return query
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb\u201e]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** At most `max` UTF-16 units of `text`, never splitting a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = /[\ud800-\udbff]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, cut);
}

/**
 * Filler in any of `languages`. A short word typed in capitals inside a query that is not all
 * capitals ("legal in the US") is an abbreviation, never filler.
 */
function isFillerWord(
  word: { key: string; text: string; stem: string },
  languages: readonly SearchLanguage[],
  shouting: boolean,
): boolean {
  if (!shouting && word.text.length >= 2 && /^\p{Lu}+$/u.test(word.text)) return false;
  // By English stem too: "needed" is "need".
  return isStopWord(word.key, languages) || STOP_WORDS.en.has(word.stem);
}

/**
 * The query cut into words, filler marked (in English and `languages`), limits applied. Pure
 * and cheap for any input.
 */
export function analyseQuery(
  query: string,
  languages: readonly SearchLanguage[] = ['en'],
): QueryAnalysis {
  // Clip before cleaning too, so a 10 MB paste is never even normalised in full.
  const clipped = clip(query, MAX_QUERY_LENGTH * 4);
  const full = cleanQuery(clipped);
  const cleaned = clip(full, MAX_QUERY_LENGTH);
  let truncated = clipped.length < query.length || cleaned.length < full.length;
  const fillerIn: SearchLanguage[] = ['en', ...languages.filter((l) => l !== 'en')];
  const shouting = !/\p{Ll}/u.test(cleaned);
  const words = wordSpans(cleaned).map((span) => queryWordOf(span, cleaned));
  const { all, laid } = expandLayWords(words, cleaned);
  // A word asked twice counts once.
  const seen = new Set<string>();
  let topic = all.filter((w) => {
    if (!laid.has(w) && isFillerWord(w, fillerIn, shouting)) return false;
    if (seen.has(w.key)) return false;
    seen.add(w.key);
    return true;
  });
  if (topic.length > MAX_QUERY_WORDS) {
    topic = topic.slice(0, MAX_QUERY_WORDS);
    truncated = true;
  }
  const last = all.at(-1);
  // A space or a full stop after the last word says it is finished.
  const endsInWord =
    last !== undefined && last.end === cleaned.length && !truncated && !/[\s.?!,;:]$/u.test(query);
  const typing = endsInWord && topic.at(-1) === last && !laid.has(last) ? last : null;
  return { cleaned, all, topic, typing, truncated };
}

/** Whether a word being typed could still become a filler word ("wha" of "what"). */
export function startsAStopword(
  key: string,
  languages: readonly SearchLanguage[] = ['en'],
): boolean {
  for (const language of languages) {
    for (const word of STOP_WORDS[language]) if (word.startsWith(key)) return true;
  }
  return false;
}
