import { SEARCH_LANGUAGES, type SearchLanguage } from './languages';
import { stemsOf, type WordSpan } from './search-words';

/** A form the search looks a query word up by: the word itself, or a plainer word for it. */
export interface WordForm {
  key: string;
  /** Stems in every search language (the query's language is not known). */
  stems: Readonly<Record<SearchLanguage, readonly string[]>>;
}

/** One word of the query as typed, with the forms the search compares. */
export interface QueryWord extends WordForm {
  /** The word as typed (for messages); for a lay phrase ("the blues"), the phrase. */
  text: string;
  /** Its English stem (the article's language). */
  stem: string;
  /** Article words a lay word or phrase stands for ("blues": depression), looked up too. */
  plain: readonly WordForm[];
  /** UTF-16 offsets in the cleaned query, end exclusive. */
  start: number;
  end: number;
}

/** The forms of one word: its stems in every search language. */
export function formOf(word: { lower: string; key: string }): WordForm {
  const stems = {} as Record<SearchLanguage, readonly string[]>;
  for (const language of SEARCH_LANGUAGES) stems[language] = stemsOf(word, language);
  return { key: word.key, stems };
}

/** A word of the cleaned query. */
export function queryWordOf(span: WordSpan, cleaned: string): QueryWord {
  const form = formOf(span);
  return {
    ...form,
    text: cleaned.slice(span.start, span.end),
    stem: form.stems.en[0] ?? span.key,
    plain: [],
    start: span.start,
    end: span.end,
  };
}
