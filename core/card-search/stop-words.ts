import { stopwords as english } from '@orama/stopwords/english';
import { stopwords as french } from '@orama/stopwords/french';
import { stopwords as german } from '@orama/stopwords/german';
import { stopwords as russian } from '@orama/stopwords/russian';
import { stopwords as spanish } from '@orama/stopwords/spanish';
import type { SearchLanguage } from './languages';
import { searchKey } from './search-key';

// Words that name no topic, per language: the stop-word lists of @orama/stopwords, less the
// words that carry meaning in questions about a drug ("not", "off" of off-label, "horas"),
// plus a few verbs too general to name a topic ("does ketamine help with X" is about X).

/** Meaning-bearing words the packaged lists count as stop words. */
const KEPT: Record<SearchLanguage, string> = {
  en: 'no not off out',
  de: 'nicht kein keine keinen ohne gegen lange weg',
  fr: 'pas sans contre',
  es:
    'no sin contra horas hora dias dia tiempo largo mal mejor peor general usa uso usar usan ' +
    'trabajo verdad valor final grandes gran mayor menos nueva nuevo primera primero',
  ru: 'не нет без жизнь человек один два три хорошо лучше',
};

/** Filler of plain-language questions the packaged lists lack. */
const ADDED: Record<SearchLanguage, string> = {
  en:
    'a also actually anything cause causes could even ever get gets getting give gives got ' +
    'happen happens help helps just know let like make makes much need ok okay please really ' +
    'someone something still tell thing things want way whether yet',
  de: 'bitte gibt es hilft helfen wirklich etwa',
  fr: 'est-ce aide aider vraiment peut peux',
  es: 'ayuda ayudar realmente',
  ru: 'ли помогает помочь правда',
};

/** Contractions typed without the apostrophe that are words of their own ("we'll", "well"). */
const REAL_WORDS = new Set([
  'well',
  'were',
  'hell',
  'shell',
  'wed',
  'ill',
  'id',
  'shed',
  'cant',
  'wont',
]);

const listOf = (words: readonly string[], kept: string, added: string): Set<string> => {
  const keep = new Set(kept.split(' ').map(searchKey));
  // Readers often leave out the apostrophe: "dont", "whats".
  const bare = words
    .filter((w) => w.includes("'"))
    .map((w) => w.replaceAll("'", ''))
    .filter((w) => !REAL_WORDS.has(w));
  const all = [...words, ...bare, ...added.split(' ')].map(searchKey).filter((w) => !keep.has(w));
  return new Set(all);
};

export const STOP_WORDS: Readonly<Record<SearchLanguage, ReadonlySet<string>>> = {
  en: listOf(english, KEPT.en, ADDED.en),
  de: listOf(german, KEPT.de, ADDED.de),
  fr: listOf(french, KEPT.fr, ADDED.fr),
  es: listOf(spanish, KEPT.es, ADDED.es),
  ru: listOf(russian, KEPT.ru, ADDED.ru),
};

/** Whether a folded word is a stop word in any of `languages`. */
export function isStopWord(key: string, languages: readonly SearchLanguage[]): boolean {
  return languages.some((language) => STOP_WORDS[language].has(key));
}
