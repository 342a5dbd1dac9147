import { formOf, type QueryWord, type WordForm } from './query-words';
import { wordSpans } from './search-words';
import { stemIn } from './stem';

// Everyday English for what the cards say in the article's words: a reader asks whether
// ketamine helps "the blues" or "knocks you out", the cards say depression and sedation. A
// lay word is looked up as itself and as the article's words; a lay phrase ("put under")
// becomes one query word. General vocabulary only: no fact, and nothing the article lacks.

// biome-ignore format: one lay wording per line, then the article's words for it
const LAY_WORDS: readonly (readonly [lay: string, plain: string])[] = [
  ['blues', 'depression'],
  ['low mood', 'depression'],
  ['feel low', 'depression'],
  ['feel down', 'depression'],
  ['sad', 'depression'],
  ['sadness', 'depression'],
  ['unhappy', 'depression'],
  ['knock out', 'sedation anaesthetic'],
  ['put under', 'sedation anaesthetic'],
  ['put to sleep', 'sedation anaesthetic'],
  ['sleep', 'sedation'],
  ['sleepy', 'sedation'],
  ['calm', 'sedation relax'],
  ['nerves', 'anxiety'],
  ['nervous', 'anxiety'],
  ['worry', 'anxiety'],
  ['anxious', 'anxiety'],
  ['stress', 'anxiety'],
  ['fear', 'anxiety'],
  ['kick in', 'hours speed'],
  ['soon', 'hours speed'],
  ['quick', 'hours speed'],
  ['fade', 'short-lived wears'],
  ['spaced out', 'detached dissociation'],
  ['zoned out', 'detached dissociation'],
  ['out of it', 'detached dissociation'],
  ['trip', 'dissociation'],
  ['numb', 'detached'],
  ['float', 'detached'],
  ['allowed', 'approved'],
  ['permitted', 'approved'],
  ['banned', 'approved legal'],
  ['illegal', 'legal'],
  ['injection', 'intravenous'],
  ['inject', 'intravenous'],
  ['needle', 'intravenous'],
  ['jab', 'intravenous'],
  ['rave', 'party'],
  ['clubbing', 'party'],
  ['festival', 'party'],
  ['special k', 'ketamine'],
  ['talk therapy', 'psychotherapy'],
  ['counselling', 'psychotherapy'],
  ['counseling', 'psychotherapy'],
  ['therapist', 'psychotherapy'],
  ['counsellor', 'psychotherapy'],
  ['ssri', 'antidepressants'],
  ['happy pills', 'antidepressants'],
  ['heal', 'cure'],
  ['proof', 'evidence'],
  ['proven', 'evidence'],
  ['science', 'research'],
  ['trials', 'studies'],
  ['stomach', 'abdominal'],
  ['belly', 'abdominal'],
  ['tummy', 'abdominal'],
  ['vet', 'animals'],
  ['horses', 'animals'],
  ['brain chemistry', 'brain chemicals'],
  ['watch over', 'monitors'],
  ['supervise', 'supervision'],
  ['bad rap', 'reputation'],
  ['bad rep', 'reputation'],
  ['frowned upon', 'stigma'],
  ['gp', 'doctors'],
  ['psychiatrist', 'doctors'],
];

/** Words that may stand between a lay phrase's words ("knocks you out", "puts them under"). */
const MAX_GAP = 2;

interface LayEntry {
  stems: readonly string[];
  plain: readonly WordForm[];
}

// Compiled when the search loads, not at the first keystroke, longest phrases first.
const LAY_ENTRIES: readonly LayEntry[] = LAY_WORDS.map(([lay, plain]) => ({
  stems: wordSpans(lay).map((w) => stemIn('en', w.lower)),
  plain: wordSpans(plain).map(formOf),
})).sort((a, b) => b.stems.length - a.stems.length);

/** Where `stems` occur in order in `words` from `from`, with at most MAX_GAP words between. */
function phraseAt(
  words: readonly QueryWord[],
  from: number,
  stems: readonly string[],
): number[] | null {
  if (words[from]?.stem !== stems[0]) return null;
  const at = [from];
  for (let k = 1; k < stems.length; k++) {
    const last = at[at.length - 1] as number;
    let next = -1;
    for (let i = last + 1; i <= last + 1 + MAX_GAP && i < words.length; i++) {
      if (words[i]?.stem === stems[k]) {
        next = i;
        break;
      }
    }
    if (next < 0) return null;
    at.push(next);
  }
  return at;
}

/**
 * The query's words with each lay word given the article's words for it, and each lay phrase
 * made one word (its text the phrase as typed, from its first word to its last). `laid` holds
 * those words: they are never filler ("out" of "spaced out").
 */
export function expandLayWords(
  words: readonly QueryWord[],
  cleaned: string,
): { all: QueryWord[]; laid: Set<QueryWord> } {
  const all: QueryWord[] = [];
  const laid = new Set<QueryWord>();
  const used = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    if (used.has(i)) continue;
    const word = words[i] as QueryWord;
    let merged: QueryWord | null = null;
    for (const entry of LAY_ENTRIES) {
      const at = phraseAt(words, i, entry.stems);
      if (!at || at.some((k) => used.has(k))) continue;
      const last = words[at[at.length - 1] as number] as QueryWord;
      if (at.length === 1) {
        merged = { ...word, plain: entry.plain };
      } else {
        for (const k of at) used.add(k);
        const text = cleaned.slice(word.start, last.end);
        merged = { ...word, text, key: text.toLowerCase(), plain: entry.plain, end: last.end };
      }
      break;
    }
    if (merged) {
      all.push(merged);
      laid.add(merged);
    } else {
      all.push(word);
    }
  }
  return { all, laid };
}
