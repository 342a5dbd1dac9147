import type { MisconceptionOrigin } from '../../content/schema';

/** The words that tell a reader what a misconception entry is; the only place they are written. */
export interface OriginLabels {
  /** Before the entry's text in its heading and in lists. */
  title: string;
  /** Says where the entry comes from: named by the article, or posed by us. */
  origin: string;
  /** Before the answer drawn from the article. */
  answer: string;
}

export const ORIGIN_LABELS: Readonly<Record<MisconceptionOrigin, OriginLabels>> = {
  article: {
    title: 'Myth: ',
    origin: 'The article calls this a misconception.',
    answer: 'Correction: ',
  },
  question: {
    title: 'Question: ',
    origin: 'A question we pose; the article does not call it a myth.',
    answer: 'What the article says: ',
  },
};

/** "Myth: Ketamine is just a horse tranquiliser." or "Question: Does ketamine replace psychotherapy?" */
export function labelledEntryText(entry: { origin: MisconceptionOrigin; myth: string }): string {
  return `${ORIGIN_LABELS[entry.origin].title}${entry.myth}`;
}
