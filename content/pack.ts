import { foldText } from '../core/term-matching/fold-text';
import { article } from './article';
import { cards } from './cards';
import { disclaimer } from './disclaimer';
import { KINDS, type Kind } from './kinds';
import { misconceptions } from './misconceptions';
import type { Card, KnowledgePack, Misconception, Term } from './schema';
import { termNames } from './term-names';
import { terms } from './terms';
import { TRANSLATIONS } from './translations';

// The knowledge pack as plain data. No valibot here on purpose: this module ships in the
// content script, so validation happens at build time (validate-at-build.ts, the build hook) and in tests.

export const pack: KnowledgePack = { article, terms, cards, misconceptions, disclaimer };

const termsById = new Map<string, Term>(pack.terms.map((t) => [t.id, t]));
const cardsById = new Map<string, Card>(pack.cards.map((c) => [c.id, c]));
const mythsById = new Map<string, Misconception>(pack.misconceptions.map((m) => [m.id, m]));

export function termById(id: string): Term | undefined {
  return termsById.get(id);
}

export function cardById(id: string): Card | undefined {
  return cardsById.get(id);
}

export function misconceptionById(id: string): Misconception | undefined {
  return mythsById.get(id);
}

/**
 * Cards that mention a term, best first: cards where it is the primary (first) term, and among
 * those definitions first (a hover card opens by saying what the term is), then the cards that
 * mention it in passing. Each group keeps pack order.
 */
export function cardsForTerm(termId: string, source: KnowledgePack = pack): Card[] {
  const rank = (card: Card) => (card.terms[0] !== termId ? 2 : card.kind === 'definition' ? 0 : 1);
  // Array.prototype.sort is stable, so equal ranks stay in pack order.
  return source.cards.filter((c) => c.terms.includes(termId)).sort((a, b) => rank(a) - rank(b));
}

export interface HighlightPattern {
  text: string;
  kind: Kind;
  /** Term id or misconception id. */
  id: string;
}

/** What highlightPatterns reads of a translation (PackTranslation): its myths' wordings. */
export interface PhraseTranslation {
  misconceptions: Readonly<Record<string, { phrases: readonly string[] }>>;
}

/**
 * Each kind's highlighted forms, by entry: what of its data the page highlighter looks for.
 * Keyed by kind, so a kind without a row fails `npx tsc`.
 */
const HIGHLIGHT_FORMS: {
  readonly [K in Kind]: (
    source: KnowledgePack,
    translations: readonly PhraseTranslation[],
  ) => { id: string; forms: readonly string[] }[];
} = {
  // Labels, variants and brands of highlighted terms; abbreviations are left out on purpose
  // (they collide with ordinary words).
  term: (source) =>
    source.terms
      .filter((term) => term.highlight)
      .map((term) => ({ id: term.id, forms: termNames(term) })),
  // Every phrase of every misconception, in English and in every translation (a page in any
  // language is read).
  misconception: (source, translations) =>
    source.misconceptions.map((m) => ({
      id: m.id,
      forms: [
        ...m.phrases,
        ...translations.flatMap((translation) => translation.misconceptions[m.id]?.phrases ?? []),
      ],
    })),
};

/**
 * Everything the page highlighter should look for: each kind's forms, in the kinds table's
 * order. Case-insensitive duplicates keep the first occurrence.
 */
export function highlightPatterns(
  source: KnowledgePack = pack,
  translations: readonly PhraseTranslation[] = Object.values(TRANSLATIONS),
): HighlightPattern[] {
  const seen = new Set<string>();
  const out: HighlightPattern[] = [];
  for (const kind of KINDS) {
    for (const { id, forms } of HIGHLIGHT_FORMS[kind](source, translations)) {
      for (const text of forms) {
        const key = foldText(text);
        if (key === '' || seen.has(key)) continue;
        seen.add(key);
        out.push({ text, kind, id });
      }
    }
  }
  return out;
}

/**
 * The brand name a page's word stands for, when `matchedText` (as found on the page) is one
 * of the term's brands, which the article never uses (Spravato); else null. The card says so.
 */
export function brandNameOf(
  termId: string,
  matchedText: string,
  source: KnowledgePack = pack,
): string | null {
  const term = source.terms.find((t) => t.id === termId);
  const key = foldText(matchedText);
  return term?.brands?.find((brand) => foldText(brand) === key) ?? null;
}
