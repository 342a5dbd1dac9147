import type { MessageKey } from './message-keys';
import { shownLanguage, t } from './t';

/** The plural categories a message family has a key for; other categories use `other`. */
export const PLURAL_CATEGORIES = ['one', 'few', 'many', 'other'] as const;

/** A message family with one key per plural category, e.g. `searchCardCount` for `searchCardCount_one`… */
export type PluralFamily = {
  [K in MessageKey]: K extends `${infer Family}_other` ? Family : never;
}[MessageKey];

/** The key of `family` for `count` under `language`'s plural rules (Russian: one, few, many). */
export function pluralKey(family: PluralFamily, count: number, language: string): MessageKey {
  const category = new Intl.PluralRules(language).select(count);
  const known = (PLURAL_CATEGORIES as readonly string[]).includes(category);
  return `${family}_${known ? category : 'other'}` as MessageKey;
}

/** "3 cards", "3 карточки", "5 карточек": the family's form for `count`, with `$1` the count. */
export function tPlural(family: PluralFamily, count: number): string {
  const language = shownLanguage();
  return t(pluralKey(family, count, language), count.toLocaleString(language));
}
