import type { SearchLanguage } from './languages';

/**
 * One searchable document: a card or a misconception in one language, flattened into text
 * fields. The caller builds them from its knowledge (content/search-documents.ts); the same
 * id in several languages is one result.
 */
export interface SearchDocument<Kind extends string = string> {
  id: string;
  /** What the result is (a card or a misconception); passed through to the result. */
  kind: Kind;
  language: SearchLanguage;
  /** Card title, or the myth as people say it. */
  title: string;
  /** Card summary, or the correction. */
  summary: string;
  /** Card detail; empty for misconceptions. */
  detail: string;
  /** Plain-word phrasings people search with, and questions the entry answers. */
  keywords: readonly string[];
  /** One string per related term: label, variants and abbreviations, so a term counts once. */
  terms: readonly string[];
  /** Misconception phrases; empty for cards. */
  phrases: readonly string[];
}

/** The text fields of a document, searched and marked. */
export type SearchField = Exclude<keyof SearchDocument, 'id' | 'kind' | 'language'>;
