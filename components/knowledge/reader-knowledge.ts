import type { PackLanguage } from '../../content/languages';
import { pack as englishPack } from '../../content/pack';
import type { KnowledgePack } from '../../content/schema';

/** The knowledge as the reader reads it: the pack in the cards' language. */
export interface ReaderKnowledge {
  language: PackLanguage;
  /** The pack in `language`: the English pack itself, or one localised from a translation. */
  pack: KnowledgePack;
}

/** The original every translation is made from; a card's English text is one click away. */
export const ENGLISH: ReaderKnowledge = { language: 'en', pack: englishPack };

let current: ReaderKnowledge = ENGLISH;

/**
 * The knowledge the UI shows now. One per page (popup, welcome page, a frame's card stage),
 * chosen before rendering (`showKnowledge`); English until a translation has loaded.
 */
export function readerKnowledge(): ReaderKnowledge {
  return current;
}

/** Makes `knowledge` the one the UI shows; the caller re-renders. */
export function showKnowledge(knowledge: ReaderKnowledge): void {
  current = knowledge;
}
