// Query clean-up before fuzzy search. Fuse matches each query word as a fuzzy substring,
// so filler words ("how", "is", "it") would match almost every entry and drown the signal.

/** Filler words of plain-language questions; they carry no topic of their own. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'can',
  'could',
  'did',
  'do',
  'does',
  'for',
  'from',
  'get',
  'has',
  'have',
  'how',
  'i',
  'if',
  'in',
  'is',
  'it',
  'its',
  'me',
  'my',
  'of',
  'on',
  'or',
  'should',
  'so',
  'that',
  'the',
  'this',
  'to',
  'was',
  'what',
  'when',
  'where',
  'which',
  'who',
  'why',
  'will',
  'with',
  'would',
  'you',
  'your',
]);

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

/**
 * Words of a query, split like the index splits its text: letters/digits with inner
 * hyphens or apostrophes kept ("off-label", "4-6", "doctor's") and a trailing % kept ("70%").
 */
export const WORD = /[\p{L}\p{M}\p{N}_]+(?:['-][\p{L}\p{M}\p{N}_]+)*%?/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * The query as fuse should see it: cleaned, filler words removed. If a query is nothing
 * but filler ("how is it"), it is kept as is rather than emptied.
 */
export function normaliseQuery(query: string): string {
  const words = tokenize(cleanQuery(query).toLowerCase());
  const meaningful = words.filter((w) => !STOPWORDS.has(w.replace(/'s$/, '')));
  return (meaningful.length > 0 ? meaningful : words).join(' ');
}
