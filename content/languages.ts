// The languages the knowledge pack is written in: English, the original, and the languages of
// content/translations/<language>.ts. Pure data: the UI and the build read it.

export const PACK_LANGUAGES = ['en', 'de', 'fr', 'es', 'ru'] as const;
export type PackLanguage = (typeof PACK_LANGUAGES)[number];

/** Every language but English, which the pack itself is written in. */
export const TRANSLATION_LANGUAGES = ['de', 'fr', 'es', 'ru'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

/** Where a language's translation lives, as build errors name it. */
export function translationFile(language: TranslationLanguage): string {
  return `content/translations/${language}.ts`;
}
