// Case and number endings of the languages whose names for a term the pack lists, so that
// "des Ketamins", "кетамином" or "κεταμίνης" are found from one lemma each (`inflected` in
// terms.ts) instead of typing every form. Applied when the matcher is compiled; the forms
// share the lemma's prefix in the automaton, so they add a few states each.
//
// Only the endings of the noun itself: adjectives and compounds (кетаминовый, Ketaminsucht)
// are other words, and the word-boundary rule keeps them out. Every form is a whole word, so
// an ending can never make a match inside a longer word.

/** How a lemma inflects: strip `lemmaEnding` from it, then add each of `endings`. */
export interface Paradigm {
  readonly lemmaEnding: string;
  readonly endings: readonly string[];
}

// biome-ignore format: one language per line reads better
export const PARADIGMS = {
  // German: genitive -s (des Ketamins).
  de: { lemmaEnding: '', endings: ['s'] },
  // Greek feminine in -η: genitive -ης, plural -ες (κεταμίνης, κεταμίνες).
  el: { lemmaEnding: 'η', endings: ['ης', 'ες'] },
  // Spanish and Portuguese: plural -s.
  es: { lemmaEnding: '', endings: ['s'] },
  // French: plural -s.
  fr: { lemmaEnding: '', endings: ['s'] },
  // Polish feminine in -a: gen. -y, dat./loc. -ie, acc. -ę, instr. -ą, voc. -o; plural dat., instr., loc.
  pl: { lemmaEnding: 'a', endings: ['y', 'ie', 'ę', 'ą', 'o', 'om', 'ami', 'ach'] },
  // Russian masculine, hard stem: the six cases, singular and plural.
  ru: { lemmaEnding: '', endings: ['а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах'] },
  // Ukrainian masculine, hard stem (a substance takes gen. -у; -а also seen).
  uk: { lemmaEnding: '', endings: ['у', 'а', 'ові', 'ом', 'і', 'и', 'ів', 'ам', 'ами', 'ах'] },
} as const satisfies Record<string, Paradigm>;

export type InflectedLanguage = keyof typeof PARADIGMS;

/**
 * The inflected forms of `lemma` in `language`, without the lemma itself. Throws when the
 * lemma does not end as its paradigm expects (a data error: the build validates it first).
 */
export function inflectedForms(lemma: string, language: InflectedLanguage): string[] {
  const { lemmaEnding, endings } = PARADIGMS[language];
  if (!lemma.endsWith(lemmaEnding)) {
    throw new Error(`inflected lemma "${lemma}" (${language}) must end in "${lemmaEnding}"`);
  }
  const stem = lemma.slice(0, lemma.length - lemmaEnding.length);
  return endings.map((ending) => stem + ending).filter((form) => form !== lemma);
}
