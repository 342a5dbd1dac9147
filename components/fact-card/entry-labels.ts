import type { MessageKey } from '../../common/i18n/message-keys';
import { t } from '../../common/i18n/t';
import type { MisconceptionOrigin } from '../../content/schema';

/** The words that tell a reader what a misconception entry is, in the reader's language. */
export interface OriginLabels {
  /** Before the entry's text in its heading and in lists ("Myth: "). */
  title: string;
  /** Says where the entry comes from: named by the article, or posed by us. */
  origin: string;
  /** Before the answer drawn from the article ("Correction: "). */
  answer: string;
}

/** The messages (public/_locales) for each origin; the only place these labels are named. */
const ORIGIN_LABEL_KEYS: Readonly<
  Record<MisconceptionOrigin, Readonly<Record<keyof OriginLabels, MessageKey>>>
> = {
  article: { title: 'cardLabelMyth', origin: 'cardOriginArticle', answer: 'cardLabelCorrection' },
  question: {
    title: 'cardLabelQuestion',
    origin: 'cardOriginQuestion',
    answer: 'cardLabelArticleSays',
  },
};

/** The labels for `origin` in the shown language; a label before text ends with a space. */
export function originLabels(
  origin: MisconceptionOrigin,
  message: (key: MessageKey) => string = t,
): OriginLabels {
  const keys = ORIGIN_LABEL_KEYS[origin];
  return {
    title: `${message(keys.title)} `,
    origin: message(keys.origin),
    answer: `${message(keys.answer)} `,
  };
}
