import * as v from 'valibot';
import { type InflectedLanguage, PARADIGMS } from './inflections';

// Schemas for the knowledge pack. Data files are typed with the *Input types; the
// rest of the extension reads the readonly *output* types (Card, Term, ...).
// Validation (content/validate-pack.ts) runs at build time and in tests only, never in the
// content script.

/** Where each part of the pack lives, so error messages can point at the file to fix. */
export interface PackFiles {
  article: string;
  terms: string;
  cards: string;
  misconceptions: string;
  disclaimer: string;
}

export const PACK_FILES: PackFiles = {
  article: 'content/article.ts',
  terms: 'content/terms.ts',
  cards: 'content/cards.ts',
  misconceptions: 'content/misconceptions.ts',
  disclaimer: 'content/disclaimer.ts',
};

export const SUMMARY_MAX = 220;

export const CARD_KINDS = [
  'definition',
  'fact',
  'finding',
  'regulation',
  'administration',
  'mechanism',
  'comparison',
  'limitation',
] as const;

/**
 * Where a misconception entry comes from. `article`: a misconception the article itself names
 * (shown as "Myth"). `question`: a question we pose to readers, answered from the article; it
 * is never called a myth and never flagged on pages.
 */
const MISCONCEPTION_ORIGINS = ['article', 'question'] as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MYTH_SLUG = /^myth-[a-z0-9]+(?:-[a-z0-9]+)*$/;

const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
/** A non-empty text, trimmed: the translations' schemas (translation-schema.ts) use it too. */
export const TextSchema = Text;
const Slug = v.pipe(v.string(), v.regex(SLUG, 'must be a kebab-case slug'));
// Arrays are readonly on the output side so shared pack data cannot be mutated by consumers.
const list = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.readonly());
// The questions and everyday words a non-expert would type for an entry's fact (search).
const Questions = v.pipe(
  v.array(Text),
  v.minLength(1, 'must list at least one question'),
  v.readonly(),
);

const CardKindSchema = v.picklist(CARD_KINDS);
const MisconceptionOriginSchema = v.picklist(
  MISCONCEPTION_ORIGINS,
  (issue) =>
    `must be "article" (the article names this misconception) or "question" (a question we pose), not ${issue.received}`,
);

export const ArticleSchema = v.strictObject({
  title: Text,
  author: Text,
  date: v.pipe(v.string(), v.isoDate('must be an ISO date (YYYY-MM-DD)')),
  publisher: Text,
  series: Text,
  blog: Text,
  sections: v.pipe(v.array(Text), v.minLength(1, 'must list at least one section'), v.readonly()),
});

// Lemmas per language that inflects them; each must end as its paradigm expects.
const lemmasIn = (language: InflectedLanguage) =>
  v.optional(
    v.pipe(
      list(Text),
      v.check(
        (lemmas) => lemmas.every((lemma) => lemma.endsWith(PARADIGMS[language].lemmaEnding)),
        `each ${language} lemma must end in "${PARADIGMS[language].lemmaEnding}" (content/inflections.ts)`,
      ),
    ),
  );

const InflectedSchema = v.strictObject({
  de: lemmasIn('de'),
  el: lemmasIn('el'),
  es: lemmasIn('es'),
  fr: lemmasIn('fr'),
  pl: lemmasIn('pl'),
  ru: lemmasIn('ru'),
  uk: lemmasIn('uk'),
} satisfies Record<InflectedLanguage, unknown>);

export const TermSchema = v.pipe(
  v.strictObject({
    id: Slug,
    label: Text,
    // Spelling, hyphenation, spacing and other-language forms; matching is case-insensitive.
    variants: list(Text),
    // Brand names the article never uses (Spravato): highlighted and searched like variants,
    // but a card says the page's word is a brand the article does not mention (brandNameOf).
    brands: v.optional(list(Text)),
    // Short forms (KAP, TRD, GAD) collide with ordinary words, so they are searchable but never highlighted.
    abbreviations: list(Text),
    highlight: v.boolean(),
    // A context term is generic outside ketamine pages (off-label, treatment-resistant
    // depression), so it is highlighted only in a frame that also shows a ketamine-family term:
    // a highlighted term without `context`.
    context: v.optional(v.boolean()),
    // Forms (the label or variants) in languages with case endings, also matched inflected.
    inflected: v.optional(InflectedSchema),
  }),
  v.forward(
    v.check(
      (term) => term.context !== true || term.highlight,
      'only a highlighted term can be a context term',
    ),
    ['context'],
  ),
);

export const CardSchema = v.strictObject({
  id: Slug,
  kind: CardKindSchema,
  title: Text,
  summary: v.pipe(Text, v.maxLength(SUMMARY_MAX, `must be at most ${SUMMARY_MAX} characters`)),
  detail: Text,
  section: Text,
  // The first term is the card's primary term.
  terms: v.pipe(v.array(Slug), v.minLength(1, 'must list at least one term'), v.readonly()),
  keywords: list(Text),
  questions: Questions,
});

export const MisconceptionSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(MYTH_SLUG, 'must be a kebab-case slug starting with "myth-"')),
  origin: MisconceptionOriginSchema,
  // The myth as people say it (origin "article"), or our question (origin "question").
  myth: Text,
  // What the article says in answer; the UI introduces it by origin (see entry-labels.ts).
  correction: Text,
  section: Text,
  // Exact phrasings of the myth that may be flagged on web pages; never ordinary words.
  // Only entries of origin "article" may have any (pack-checks.ts).
  phrases: list(Text),
  terms: list(Slug),
  cards: list(Slug),
  keywords: list(Text),
  questions: Questions,
});

export const DisclaimerSchema = Text;

const KnowledgePackSchema = v.strictObject({
  article: ArticleSchema,
  terms: list(TermSchema),
  cards: list(CardSchema),
  misconceptions: list(MisconceptionSchema),
  disclaimer: DisclaimerSchema,
});

export type MisconceptionOrigin = v.InferOutput<typeof MisconceptionOriginSchema>;
export type Article = v.InferOutput<typeof ArticleSchema>;
export type Term = v.InferOutput<typeof TermSchema>;
export type Card = v.InferOutput<typeof CardSchema>;
export type Misconception = v.InferOutput<typeof MisconceptionSchema>;
export type KnowledgePack = v.InferOutput<typeof KnowledgePackSchema>;

export type ArticleInput = v.InferInput<typeof ArticleSchema>;
export type TermInput = v.InferInput<typeof TermSchema>;
export type CardInput = v.InferInput<typeof CardSchema>;
export type MisconceptionInput = v.InferInput<typeof MisconceptionSchema>;
