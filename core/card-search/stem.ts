import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stem as porter2 } from 'porter2';
import type { SearchLanguage } from './languages';

// Snowball stemmers, one per language: English is Porter2 (the `porter2` package), the others
// Snowball's own algorithms as @orama/stemmers ships them (plain JS, no WASM). Index words and
// query words go through the same stemmer of their language, so "doses" meets "dose" and
// "Depressionen" meets "Depression".

/**
 * Word families Porter2 leaves apart or joins wrongly, by its stem: only merges and splits a
 * reader of the cards would expect ("dosage" is about doses; "several" is not "severe").
 */
const ENGLISH_FAMILIES: Readonly<Record<string, string>> = {
  dosag: 'dose',
  treatment: 'treat',
};
const ENGLISH_KEPT: ReadonlySet<string> = new Set(['several', 'news']);

const STEMMERS: Record<SearchLanguage, (word: string) => string> = {
  en: (word) => {
    if (ENGLISH_KEPT.has(word)) return word;
    const stem = porter2(word);
    return ENGLISH_FAMILIES[stem] ?? stem;
  },
  de: german,
  fr: french,
  es: spanish,
  // Snowball's Russian expects "е" for "ё", as most Russian text is written.
  ru: (word) => russian(word.replaceAll('ё', 'е')),
};

/**
 * The stem of one lower-case word (accents kept: the French and Spanish stemmers read them)
 * in `language`. Words with digits are left alone.
 */
export function stemIn(language: SearchLanguage, word: string): string {
  if (/\d/.test(word)) return word;
  const cache = CACHES[language];
  let stem = cache.get(word);
  if (stem === undefined) {
    // A bounded memo: the same words recur at every keystroke and across the cards.
    if (cache.size >= MAX_CACHED) cache.clear();
    stem = STEMMERS[language](word);
    cache.set(word, stem);
  }
  return stem;
}

const MAX_CACHED = 20_000;
const CACHES: Record<SearchLanguage, Map<string, string>> = {
  en: new Map(),
  de: new Map(),
  fr: new Map(),
  es: new Map(),
  ru: new Map(),
};

/** The English stem of a lower-case word (the article's language). */
export function stem(word: string): string {
  return stemIn('en', word);
}
