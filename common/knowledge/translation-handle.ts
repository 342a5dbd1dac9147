import { TRANSLATION_LANGUAGES, type TranslationLanguage } from '../../content/languages';
import type { PackTranslationInput } from '../../content/translation-schema';

// Each translation ships as a stage of its own (entrypoints/knowledge-<language>.ts), so a
// page's card stage or the popup loads the reader's language only, never all four. The stage
// leaves its translation here, on the global object of the world that imported it (a content
// script's isolated world, or an extension page), which page scripts cannot see.

export const TRANSLATION_STAGE = Symbol.for('ketamine-lens:translations');

type Offered = Partial<Record<TranslationLanguage, PackTranslationInput>>;
export type WithTranslations = { [TRANSLATION_STAGE]?: Offered };

/** A translation stage's file in the build (WXT puts unlisted scripts at the root). */
export function translationStageFile(language: TranslationLanguage): string {
  return `/knowledge-${language}.js`;
}

export const TRANSLATION_STAGE_FILES = TRANSLATION_LANGUAGES.map(translationStageFile);

/** Called by a translation stage when it runs. */
export function offerTranslation(translation: PackTranslationInput): void {
  const world = globalThis as WithTranslations;
  world[TRANSLATION_STAGE] = { ...world[TRANSLATION_STAGE], [translation.language]: translation };
}

/** A translation a stage has offered in this world, if any. */
export function offeredTranslation(language: TranslationLanguage): PackTranslationInput | null {
  return (globalThis as WithTranslations)[TRANSLATION_STAGE]?.[language] ?? null;
}
