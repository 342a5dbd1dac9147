import { article } from './article';
import { cards } from './cards';
import { disclaimer } from './disclaimer';
import { TRANSLATION_LANGUAGES, type TranslationLanguage } from './languages';
import { misconceptions } from './misconceptions';
import { type KnowledgePack, PACK_FILES, type PackFiles } from './schema';
import { terms } from './terms';
import { validateTranslations } from './translation-schema';
import { TRANSLATIONS } from './translations';
import { PackError, type PackInput, validatePack } from './validate-pack';

/**
 * The English pack, then every translation against it: throws one PackError listing every
 * problem (file, item, field, and the language for a translation). Translations are checked
 * only once the English pack is valid, since they are compared with it.
 */
export function validateKnowledge(
  input: PackInput,
  translations: Readonly<Partial<Record<TranslationLanguage, unknown>>>,
  languages: readonly TranslationLanguage[] = TRANSLATION_LANGUAGES,
  files: PackFiles = PACK_FILES,
): KnowledgePack {
  const english = validatePack(input, files);
  const { problems } = validateTranslations(english, translations, languages, files);
  if (problems.length > 0) throw new PackError(problems);
  return english;
}

/**
 * The build hook's check (`build:before` in wxt.config.ts), also run by the unit tests:
 * validates the data files (shape and cross-references) and the translations, so valibot
 * never ships. Throws a PackError listing every problem with file, item id and field.
 */
export function assertValidPack(): KnowledgePack {
  return validateKnowledge({ article, terms, cards, misconceptions, disclaimer }, TRANSLATIONS);
}
