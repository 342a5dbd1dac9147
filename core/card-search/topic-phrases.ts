import type { SearchLanguage } from './languages';
import type { QueryWord } from './query-words';
import { stemsOf, wordSpans } from './search-words';
import { STOP_WORDS } from './stop-words';

// Topics a query asks about, recognised by trigger words or phrases in any of the search
// languages, each compared by its stems in its own language ("Schwangerschaft", "беременности").

/** A topic's triggers in each language; a phrase matches its words in order, any form. */
export type Triggers = Readonly<Partial<Record<SearchLanguage, readonly string[]>>>;

/** Each word of a phrase as the stems it may have. */
type Phrase = readonly ReadonlySet<string>[];

export interface CompiledTopic<T> {
  topic: T;
  phrases: readonly { language: SearchLanguage; words: Phrase }[];
  covered: readonly { language: SearchLanguage; words: Phrase }[];
}

function phrasesOf(triggers: Triggers): { language: SearchLanguage; words: Phrase }[] {
  return Object.entries(triggers).flatMap(([language, list]) =>
    (list ?? []).map((text) => ({
      language: language as SearchLanguage,
      words: wordSpans(text).map((w) => new Set(stemsOf(w, language as SearchLanguage))),
    })),
  );
}

export function compileTopics<T>(
  topics: readonly T[],
  triggersOf: (topic: T) => Triggers,
  coveredOf: (topic: T) => Triggers = () => ({}),
): CompiledTopic<T>[] {
  return topics.map((topic) => ({
    topic,
    phrases: phrasesOf(triggersOf(topic)),
    covered: phrasesOf(coveredOf(topic)),
  }));
}

/** Whether `phrase` occurs in `words` at `i`, comparing stems in `language`. */
function occursAt(
  words: readonly QueryWord[],
  i: number,
  language: SearchLanguage,
  phrase: Phrase,
): boolean {
  if (i + phrase.length > words.length) return false;
  return phrase.every((stems, k) => {
    const word = words[i + k];
    // Another language's trigger never fires on an English filler word ("still", "car").
    if (!word || (language !== 'en' && STOP_WORDS.en.has(word.key))) return false;
    return word.stems[language].some((stem) => stems.has(stem));
  });
}

/** Positions in `words` where `phrase` starts: only where its first word is. */
function occurrences(
  words: readonly QueryWord[],
  starts: ReadonlyMap<string, readonly number[]>,
  language: SearchLanguage,
  phrase: Phrase,
): number[] {
  const first = phrase[0];
  if (!first) return [];
  const at = new Set<number>();
  for (const stem of first) {
    for (const i of starts.get(`${language}:${stem}`) ?? []) {
      if (occursAt(words, i, language, phrase)) at.add(i);
    }
  }
  return [...at];
}

/** Where each stem of each word stands, by language ("de:schwang" → [3]). */
function wordStarts(words: readonly QueryWord[]): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  words.forEach((word, i) => {
    for (const [language, stems] of Object.entries(word.stems)) {
      for (const stem of stems) {
        const key = `${language}:${stem}`;
        const list = starts.get(key);
        if (!list) starts.set(key, [i]);
        else if (list.at(-1) !== i) list.push(i);
      }
    }
  });
  return starts;
}

/**
 * The first topic the words ask about and the positions of the words that say so, or null. A
 * trigger inside one of the topic's covered phrases ("low dose") does not count.
 */
export function findTopic<T>(
  words: readonly QueryWord[],
  topics: readonly CompiledTopic<T>[],
  accept: (at: ReadonlySet<number>) => boolean = () => true,
): { topic: T; at: ReadonlySet<number> } | null {
  const starts = wordStarts(words);
  for (const { topic, phrases, covered } of topics) {
    const inCovered = new Set<number>();
    for (const { language, words: phrase } of covered) {
      for (const start of occurrences(words, starts, language, phrase)) {
        for (let k = 0; k < phrase.length; k++) inCovered.add(start + k);
      }
    }
    const at = new Set<number>();
    for (const { language, words: phrase } of phrases) {
      for (const start of occurrences(words, starts, language, phrase)) {
        const positions = phrase.map((_, k) => start + k);
        if (positions.some((p) => !inCovered.has(p))) for (const p of positions) at.add(p);
      }
    }
    if (at.size > 0 && accept(at)) return { topic, at };
  }
  return null;
}
