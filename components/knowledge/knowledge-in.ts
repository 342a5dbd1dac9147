import { uiLanguage } from '../../common/i18n/t';
import { loadTranslation } from '../../common/knowledge/load-translation';
import { cardLanguageOf, type Settings } from '../../common/settings/settings';
import type { PackLanguage } from '../../content/languages';
import { localisePack } from '../../content/localise';
import { ENGLISH, type ReaderKnowledge } from './reader-knowledge';

const loaded = new Map<PackLanguage, ReaderKnowledge>([['en', ENGLISH]]);

/**
 * The knowledge in `language`, its translation stage loaded on first use; English while a
 * translation cannot be loaded (the extension is reloading), to be tried again next time.
 */
export async function knowledgeIn(language: PackLanguage): Promise<ReaderKnowledge> {
  const known = loaded.get(language);
  if (known || language === 'en') return known ?? ENGLISH;
  const translation = await loadTranslation(language);
  if (!translation) return ENGLISH;
  const knowledge = { language, pack: localisePack(ENGLISH.pack, translation) };
  loaded.set(language, knowledge);
  return knowledge;
}

/** The knowledge in the cards' language the settings ask for ("auto": the browser's). */
export function knowledgeFor(settings: Pick<Settings, 'cardLanguage'>): Promise<ReaderKnowledge> {
  return knowledgeIn(cardLanguageOf(settings, uiLanguage()));
}
