import type { PackLanguage } from '../../content/languages';

/** Each language of the pack by its own name, as a reader looks for it in a list. */
export const LANGUAGE_NAMES: Readonly<Record<PackLanguage, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  ru: 'Русский',
};
