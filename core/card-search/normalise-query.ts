import { wordsIn } from './search-words';

// Query clean-up: what the reader typed, cut into words and stripped of filler, with limits
// so that a pasted page of text costs no more than a long question.

/** Characters of a query that are searched; the popup's field allows no more. */
export const MAX_QUERY_LENGTH = 200;
/** Topic words of a query that are searched; more than this is not a question any more. */
export const MAX_QUERY_WORDS = 12;

/**
 * Filler words of plain-language questions, and verbs too general to name a topic ("help",
 * "cause", "happen"); they are neither searched nor indexed (a card's "does" must not answer
 * a query's "dose", and "does ketamine help with X" is about X).
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about actually after also am an and any anything are as at be been before being but by ' +
    'can cause causes could did do does doing during even ever for from get gets getting give ' +
    'gives got had happen happens has have having he help helps her here him his how i if in ' +
    'into is it its just know let like make makes me more most much my need of on or other ' +
    'our please really she should so some someone something still tell than that the their ' +
    'them then there these they thing things this those to too us very want was way we were ' +
    'what when where whether which while who why will with would yet you your'
  ).split(' '),
);

/** One word of the query as typed, with the forms the search compares. */
export interface QueryWord {
  /** The word as typed (for messages). */
  text: string;
  key: string;
  stem: string;
  /** UTF-16 offsets in the cleaned query, end exclusive. */
  start: number;
  end: number;
}

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
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
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

/** Filler by its folded form or its stem ("needed" is "need"). */
export function isFiller(word: { key: string; stem: string }): boolean {
  return STOPWORDS.has(word.key) || STOPWORDS.has(word.stem);
}

/** The query cut into words, filler marked, limits applied. Pure and cheap for any input. */
export function analyseQuery(query: string): QueryAnalysis {
  // Clip before cleaning too, so a 10 MB paste is never even normalised in full.
  const clipped = clip(query, MAX_QUERY_LENGTH * 4);
  const full = cleanQuery(clipped);
  const cleaned = clip(full, MAX_QUERY_LENGTH);
  let truncated = clipped.length < query.length || cleaned.length < full.length;
  const all = wordsIn(cleaned).map(
    (w): QueryWord => ({ ...w, text: cleaned.slice(w.start, w.end) }),
  );
  let topic = all.filter((w) => !isFiller(w));
  if (topic.length > MAX_QUERY_WORDS) {
    topic = topic.slice(0, MAX_QUERY_WORDS);
    truncated = true;
  }
  const last = all.at(-1);
  // A space or a full stop after the last word says it is finished.
  const endsInWord =
    last !== undefined && last.end === cleaned.length && !truncated && !/[\s.?!,;:]$/u.test(query);
  const typing = endsInWord && topic.at(-1) === last ? last : null;
  return { cleaned, all, topic, typing, truncated };
}

/** Whether a word being typed could still become a filler word ("wha" of "what"). */
export function startsAStopword(key: string): boolean {
  for (const word of STOPWORDS) if (word.startsWith(key)) return true;
  return false;
}
