import type { TranslationLanguage } from '../languages';
import type { PackTranslationInput } from '../translation-schema';
import { de } from './de';
import { es } from './es';
import { fr } from './fr';
import { ru } from './ru';

/**
 * Every translation of the pack, by language (one file each in this folder). The build checks
 * each against the English pack (validate-at-build.ts); localisePack turns one into a pack.
 */
export const TRANSLATIONS: Readonly<Record<TranslationLanguage, PackTranslationInput>> = {
  de,
  fr,
  es,
  ru,
};
