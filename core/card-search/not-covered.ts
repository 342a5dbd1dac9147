import type { QueryWord } from './normalise-query';
import { wordsIn } from './search-words';

// When the article does not answer a question, and the safety topics
// for which it says only that, whatever a card happens to mention in passing. The article
// names none of these topics as a subject of its own (the low doses for pain are the one
// passage that comes close; see `covered` below).

export interface SafetyTopic {
  id: string;
  /**
   * Names the topic (English, for tests and logs); the reader sees its statement in their
   * language, from the `notCovered…` messages in public/_locales.
   */
  name: string;
  /** Words or phrases that make a query a question about this topic (any form: stemmed). */
  triggers: readonly string[];
  /** Phrases the article does cover that contain a trigger; a query about those is not a safety question. */
  covered?: readonly string[];
}

export const SAFETY_TOPICS: readonly SafetyTopic[] = [
  {
    id: 'pregnancy',
    name: 'ketamine in pregnancy or breastfeeding',
    triggers: ['pregnancy', 'pregnant', 'breastfeeding', 'breast feeding', 'trying to conceive'],
  },
  {
    id: 'alcohol-and-other-drugs',
    name: 'taking ketamine with alcohol, other drugs or medicines',
    triggers: [
      'alcohol',
      'drink',
      'drunk',
      'mixing',
      'interaction',
      'contraindication',
      'other drugs',
      'other medicines',
      'other medication',
      'cannabis',
      'cocaine',
      'MDMA',
      'opioids',
      'benzodiazepines',
    ],
  },
  {
    id: 'dose',
    name: 'doses or how much ketamine to take',
    triggers: [
      'dose',
      'dosage',
      'overdose',
      'microdosing',
      'how much ketamine',
      'how much to take',
      'how much should',
      'milligrams',
      'mg',
    ],
    // The article says lower doses are used for pain and cites a single-dose review.
    covered: ['low dose', 'lower dose', 'single dose'],
  },
  {
    id: 'addiction',
    name: 'addiction or dependence',
    triggers: ['addiction', 'addictive', 'dependence', 'habit forming', 'withdrawal', 'hooked'],
  },
  {
    id: 'side-effects',
    name: 'side effects',
    triggers: ['side effects', 'adverse effects', 'after effects'],
  },
  {
    id: 'safety',
    name: 'how safe ketamine is',
    triggers: [
      'safe',
      'safety',
      'unsafe',
      'risk',
      'risky',
      'danger',
      'dangerous',
      'harm',
      'harmful',
    ],
  },
];

type Phrase = readonly string[];
const stemsOf = (text: string): Phrase => wordsIn(text).map((w) => w.stem);

const TOPIC_PHRASES = SAFETY_TOPICS.map((topic) => ({
  topic,
  triggers: topic.triggers.map(stemsOf),
  covered: (topic.covered ?? []).map(stemsOf),
}));

/** Positions in `words` where `phrase` starts. */
function occurrences(words: Phrase, phrase: Phrase): number[] {
  const at: number[] = [];
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((stem, k) => words[i + k] === stem)) at.push(i);
  }
  return at;
}

/**
 * The safety topic a query asks about, if any. Every word counts, filler included ("how
 * much"); a trigger inside a covered phrase ("low dose") does not count.
 */
export function safetyTopicOf(words: readonly QueryWord[]): SafetyTopic | null {
  const stems = words.map((w) => w.stem);
  for (const { topic, triggers, covered } of TOPIC_PHRASES) {
    const inCovered = new Set<number>();
    for (const phrase of covered) {
      for (const start of occurrences(stems, phrase)) {
        for (let k = 0; k < phrase.length; k++) inCovered.add(start + k);
      }
    }
    const asked = triggers.some((phrase) =>
      occurrences(stems, phrase).some((start) => phrase.some((_, k) => !inCovered.has(start + k))),
    );
    if (asked) return topic;
  }
  return null;
}
