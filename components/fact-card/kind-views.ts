import type { EntryType, Kind } from '../../content/kinds';
import { cardById, misconceptionById } from '../../content/pack';
import type { MessageKey } from '../../i18n/message-keys';
import type { CardEntry } from './entries';

// The UI's half of the kinds table (content/kinds.ts): what the popup and the cards need of
// each kind, keyed by it, so a missing row fails `npx tsc`. Kept out of the core table
// because it names UI strings and card data, which the always-on content script must not load.

interface KindView {
  /** The settings switch's label (public/_locales). */
  settingLabel: MessageKey;
}

export const KIND_VIEWS: Readonly<Record<Kind, KindView>> = {
  term: { settingLabel: 'settingsHighlightTerms' },
  misconception: { settingLabel: 'settingsFlagMisconceptions' },
};

/** The card view of a pack entry by its entry type and id; null for an unknown id. */
export function entryOf(type: EntryType, id: string): CardEntry | null {
  if (type === 'card') {
    const card = cardById(id);
    return card ? { type, card } : null;
  }
  const myth = misconceptionById(id);
  return myth ? { type, myth } : null;
}
