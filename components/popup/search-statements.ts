import { orList, quoted } from '../../common/i18n/format';
import type { MessageKey } from '../../common/i18n/message-keys';
import { t } from '../../common/i18n/t';
import type { NotCovered } from '../../core/card-search/search-cards';

type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

/** Each safety topic's statement (core/card-search/not-covered.ts names the topics by id). */
export const SAFETY_STATEMENTS: Readonly<Record<string, MessageKey>> = {
  pregnancy: 'notCoveredPregnancy',
  'alcohol-and-other-drugs': 'notCoveredAlcoholAndOtherDrugs',
  dose: 'notCoveredDose',
  addiction: 'notCoveredAddiction',
  driving: 'notCoveredDriving',
  'self-harm': 'notCoveredSelfHarm',
  'side-effects': 'notCoveredSideEffects',
  safety: 'notCoveredSafety',
};

/** A sentence some topics add before where such questions belong. */
const FOLLOW_UPS: Readonly<Record<string, MessageKey>> = {
  'self-harm': 'notCoveredSelfHarmCrisis',
};

/**
 * "The article does not cover …", then where such questions belong, stated as a fact. A
 * safety topic has a sentence of its own per language; other subjects quote the reader.
 */
export function notCoveredText(
  notCovered: NotCovered,
  message: Translate = t,
  quote: (word: string) => string = quoted,
): string {
  const key = notCovered.topic === null ? undefined : SAFETY_STATEMENTS[notCovered.topic];
  const first = key
    ? message(key)
    : message('notCoveredWords', quote(notCovered.words ?? notCovered.subject));
  const followUp = notCovered.topic === null ? undefined : FOLLOW_UPS[notCovered.topic];
  const middle = followUp ? ` ${message(followUp)}` : '';
  return `${first}${middle} ${message('notCoveredAskInstead')}`;
}

/** "No card mentions “a” or “b”." in the shown language. */
export function noCardMentionsText(words: readonly string[]): string {
  return t('searchNoCardMentions', orList(words.map(quoted)));
}

/**
 * "No card matched “a”." for words the search does not know: it says nothing about what the
 * article covers.
 */
export function noMatchText(
  words: readonly string[],
  message: Translate = t,
  quote: (word: string) => string = quoted,
  list: (items: string[]) => string = orList,
): string {
  return message('searchNoMatch', list(words.map(quote)));
}
