import { SECTION, type SectionKey } from './article';
import type { PackLanguage, TranslationLanguage } from './languages';
import type { Card, KnowledgePack, Misconception, Term } from './schema';
import type { PackTranslation } from './translation-schema';

// The pack in a reader's language: the same shape, ids, kinds, term lists and order as the
// English pack, with every text taken from a translation (content/translations/). Pure, no
// valibot: the card and the popup run it. A text the translation lacks stays English (the
// build rejects such a translation, so this only guards data it has not checked).

interface Origin {
  language: TranslationLanguage;
  english: KnowledgePack;
}

// Which pack a localised pack was made from, kept beside it so its shape stays the pack's own.
const origins = new WeakMap<KnowledgePack, Origin>();

const SECTION_KEYS = new Map(
  Object.entries(SECTION).map(([key, heading]) => [heading as string, key as SectionKey]),
);

/** The pack with every text replaced by the translation's; `section` becomes the translated heading. */
export function localisePack(pack: KnowledgePack, translation: PackTranslation): KnowledgePack {
  const english = englishOriginalOf(pack);
  const heading = (section: string) => {
    const key = SECTION_KEYS.get(section);
    return (key && translation.sections[key]) || section;
  };

  const terms = english.terms.map((term): Term => {
    const label = translation.terms[term.id];
    return label ? { ...term, label } : term;
  });
  // The translation's texts over the English ones; a translation holds only text fields.
  const translated = <E extends Card | Misconception>(
    entry: E,
    text: Partial<E> | undefined,
  ): E => ({
    ...entry,
    ...text,
    section: heading(entry.section),
  });
  const cards = english.cards.map((card) => translated(card, translation.cards[card.id]));
  const misconceptions = english.misconceptions.map((myth) =>
    translated(myth, translation.misconceptions[myth.id]),
  );

  const localised: KnowledgePack = {
    article: { ...english.article, sections: english.article.sections.map(heading) },
    terms,
    cards,
    misconceptions,
    disclaimer: translation.disclaimer || english.disclaimer,
  };
  origins.set(localised, { language: translation.language, english });
  return localised;
}

/** The language a pack is written in: a localised pack's, else English. */
export function packLanguageOf(pack: KnowledgePack): PackLanguage {
  return origins.get(pack)?.language ?? 'en';
}

/** The English pack a localised pack was made from (an English pack is its own original). */
export function englishOriginalOf(pack: KnowledgePack): KnowledgePack {
  return origins.get(pack)?.english ?? pack;
}

/** The English original of a card of a (localised) pack, for "the English original". */
export function englishCardOf(pack: KnowledgePack, cardId: string): Card | undefined {
  return englishOriginalOf(pack).cards.find((card) => card.id === cardId);
}

/** The English original of a misconception or question of a (localised) pack. */
export function englishMisconceptionOf(
  pack: KnowledgePack,
  mythId: string,
): Misconception | undefined {
  return englishOriginalOf(pack).misconceptions.find((myth) => myth.id === mythId);
}
