import type { SearchLanguage } from '../core/card-search/languages';
import type { SearchDocument } from '../core/card-search/search-documents';
import type { SuggestableTerm } from '../core/card-search/suggest-terms';
import type { EntryType } from './kinds';
import type { Card, KnowledgePack, Misconception, Term } from './schema';
import { termNames } from './term-names';

// The knowledge pack as the card search reads it (core/card-search knows nothing of packs):
// one document per card and misconception, in the pack's language.

function termText(term: Term): string {
  return [...termNames(term), ...term.abbreviations].join(' ');
}

/** Questions an entry answers, searched like its keywords (packs without them have none). */
function questionsOf(entry: object): readonly string[] {
  const questions = (entry as { questions?: unknown }).questions;
  return Array.isArray(questions) ? (questions as string[]) : [];
}

/** Every card and misconception of `pack` as a search document in `language`. */
export function searchDocumentsOf(
  pack: KnowledgePack,
  language: SearchLanguage,
): SearchDocument<EntryType>[] {
  const termsById = new Map(pack.terms.map((t) => [t.id, t]));
  const termTexts = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const term = termsById.get(id);
      return term ? [termText(term)] : [];
    });

  /** A document of `entry` with the texts its type names title, summary and detail. */
  const documentOf = (
    entry: Card | Misconception,
    kind: EntryType,
    texts: Pick<SearchDocument<EntryType>, 'title' | 'summary' | 'detail' | 'phrases'>,
  ): SearchDocument<EntryType> => ({
    id: entry.id,
    kind,
    language,
    ...texts,
    keywords: [...entry.keywords, ...questionsOf(entry)],
    terms: termTexts(entry.terms),
  });

  const cards = pack.cards.map((card) =>
    documentOf(card, 'card', {
      title: card.title,
      summary: card.summary,
      detail: card.detail,
      phrases: [],
    }),
  );
  const myths = pack.misconceptions.map((myth) =>
    documentOf(myth, 'misconception', {
      title: myth.myth,
      summary: myth.correction,
      detail: '',
      phrases: myth.phrases,
    }),
  );
  return [...cards, ...myths];
}

/** The English pack and, when given, the reader's localised pack, as one set of documents. */
export function packSearchDocuments(
  english: KnowledgePack,
  localised?: { language: SearchLanguage; pack: KnowledgePack },
): SearchDocument<EntryType>[] {
  const documents = searchDocumentsOf(english, 'en');
  if (!localised || localised.language === 'en') return documents;
  return [...documents, ...searchDocumentsOf(localised.pack, localised.language)];
}

/** The pack's terms as the "Did you mean" suggester reads them. */
export function suggestableTerms(pack: KnowledgePack): SuggestableTerm[] {
  return pack.terms.map((term) => ({
    label: term.label,
    forms: [...termNames(term), ...term.abbreviations],
  }));
}
