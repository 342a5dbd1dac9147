import type { EntryType } from '../../content/kinds';
import type { KnowledgePack, Term } from '../../content/schema';
import { termNames } from '../../content/term-names';

/** One searchable document: a card or a misconception, flattened into text fields. */
export interface SearchEntry {
  id: string;
  kind: EntryType;
  /** Card title, or the myth as people say it. */
  title: string;
  /** Card summary, or the correction. */
  summary: string;
  /** Card detail; empty for misconceptions. */
  detail: string;
  keywords: readonly string[];
  /** One string per related term: label, variants, brands and abbreviations, so a term counts once. */
  terms: readonly string[];
  /** Misconception phrases; empty for cards. */
  phrases: readonly string[];
  section: string;
}

function termText(term: Term): string {
  return [...termNames(term), ...term.abbreviations].join(' ');
}

export function buildSearchEntries(pack: KnowledgePack): SearchEntry[] {
  const termsById = new Map(pack.terms.map((t) => [t.id, t]));
  const termTexts = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const term = termsById.get(id);
      return term ? [termText(term)] : [];
    });

  const cards = pack.cards.map(
    (card): SearchEntry => ({
      id: card.id,
      kind: 'card',
      title: card.title,
      summary: card.summary,
      detail: card.detail,
      keywords: card.keywords,
      terms: termTexts(card.terms),
      phrases: [],
      section: card.section,
    }),
  );
  const myths = pack.misconceptions.map(
    (myth): SearchEntry => ({
      id: myth.id,
      kind: 'misconception',
      title: myth.myth,
      summary: myth.correction,
      detail: '',
      keywords: myth.keywords,
      terms: termTexts(myth.terms),
      phrases: myth.phrases,
      section: myth.section,
    }),
  );
  return [...cards, ...myths];
}
