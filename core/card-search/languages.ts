// The languages the card search reads: the article's English and the languages its cards are
// translated into. Each has its own stop words and stemmer (stop-words.ts, stem.ts).

export const SEARCH_LANGUAGES = ['en', 'de', 'fr', 'es', 'ru'] as const;
export type SearchLanguage = (typeof SEARCH_LANGUAGES)[number];

/** The search language of a BCP 47 tag ("de-AT" is German), or null for one we do not read. */
export function searchLanguageOf(tag: string): SearchLanguage | null {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (SEARCH_LANGUAGES as readonly string[]).includes(base) ? (base as SearchLanguage) : null;
}
