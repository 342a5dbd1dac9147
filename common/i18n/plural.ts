import type { MessageKey } from './message-keys';
import { shownLanguage, t } from './t';

/** The plural categories a message family has a key for; other categories use `other`. */
export const PLURAL_CATEGORIES = ['one', 'few', 'many', 'other'] as const;

/** A message family with one key per plural category, e.g. `searchCardCount` for `searchCardCount_one`… */
export type PluralFamily = {
  [K in MessageKey]: K extends `${infer Family}_other` ? Family : never;
}[MessageKey];

// Building a locale's rules or number format loads its data, slow the first time: one of
// each per language, warmed ahead of use.
const rulesByLanguage = new Map<string, Intl.PluralRules>();
const numbersByLanguage = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, language: string, make: (language: string) => T): T {
  const known = cache.get(language);
  if (known) return known;
  const made = make(language);
  cache.set(language, made);
  return made;
}

const pluralRules = (language: string) =>
  cached(rulesByLanguage, language, (l) => new Intl.PluralRules(l));
const numberFormat = (language: string) =>
  cached(numbersByLanguage, language, (l) => new Intl.NumberFormat(l));

/** Builds the shown language's plural rules and number format now, not in the first card's task. */
export function warmPluralRules(): void {
  const language = shownLanguage();
  pluralRules(language);
  numberFormat(language);
}

/** The key of `family` for `count` under `language`'s plural rules (Russian: one, few, many). */
export function pluralKey(family: PluralFamily, count: number, language: string): MessageKey {
  const category = pluralRules(language).select(count);
  const known = (PLURAL_CATEGORIES as readonly string[]).includes(category);
  return `${family}_${known ? category : 'other'}` as MessageKey;
}

/** "3 cards", "3 карточки", "5 карточек": the family's form for `count`, with `$1` the count. */
export function tPlural(family: PluralFamily, count: number): string {
  const language = shownLanguage();
  return t(pluralKey(family, count, language), numberFormat(language).format(count));
}
