import { foldText } from '../core/term-matching/fold-text';
import { article } from './article';
import { cards } from './cards';
import { disclaimer } from './disclaimer';
import type { Kind } from './kinds';
import { misconceptions } from './misconceptions';
import type { Card, KnowledgePack, Misconception, Term } from './schema';
import { terms } from './terms';

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

/**
 * Everything the page highlighter should look for: labels and variants of highlighted
 * terms, and every misconception phrase. Abbreviations are left out on purpose (they
 * collide with ordinary words). Case-insensitive duplicates keep the first occurrence.
 */
export function highlightPatterns(source: KnowledgePack = pack): HighlightPattern[] {
  const seen = new Set<string>();
  const out: HighlightPattern[] = [];
  const add = (text: string, kind: HighlightPattern['kind'], id: string) => {
    const key = foldText(text);
    if (key === '' || seen.has(key)) return;
    seen.add(key);
    out.push({ text, kind, id });
  };
  for (const term of source.terms) {
    if (!term.highlight) continue;
    add(term.label, 'term', term.id);
    for (const variant of term.variants) add(variant, 'term', term.id);
  }
  for (const myth of source.misconceptions) {
    for (const phrase of myth.phrases) add(phrase, 'misconception', myth.id);
  }
  return out;
}
