import Fuse, { type IFuseOptions } from 'fuse.js';
import type { EntryType } from '../../content/kinds';
import type { KnowledgePack } from '../../content/schema';
import { analyseQuery, isFiller, type QueryWord, startsAStopword } from './normalise-query';
import { type SafetyTopic, safetyTopicOf } from './not-covered';
import { buildSearchEntries, type SearchEntry } from './search-entries';
import { originalPrefixLength, type TextWord, WORD, wordsIn } from './search-words';
import { MIN_PREFIX, Vocabulary, type WordMatch } from './word-match';

// The search in three steps. (1) Each topic word of the query is looked up among the words
// of the cards: a word the article never uses is reported, never papered over by common
// words. (2) The cards that contain the most query words are kept. (3) fuse.js ranks them
// (field weights, word rarity, field length) and the words that matched are marked, whole.

export interface SearchMatch {
  /** Which entry field matched: title, summary, detail, keywords, terms or phrases. */
  key: string;
  /** Inclusive [start, end] character ranges in `value`, for highlighting: whole words or typed starts. */
  indices: readonly (readonly [number, number])[];
  value: string;
}

export interface SearchResult {
  id: string;
  kind: EntryType;
  /** 0 is a perfect match, 1 a weak one; results are sorted ascending. */
  score: number;
  matches: SearchMatch[];
}

/**
 * The article has nothing on what was asked; no card is shown, only a statement, which the
 * popup words in the reader's language (components/popup/search-statements.ts).
 */
export interface NotCovered {
  /** What the statement names: a safety topic's name, or the reader's words in quotes. */
  subject: string;
  /** A safety question (pregnancy, alcohol and other drugs, dose, addiction, ...). */
  safety: boolean;
  /** The safety topic's id, for a safety question. */
  topic: string | null;
  /** The reader's words as typed, from the first topic word to the last, otherwise. */
  words: string | null;
}

export interface SearchOutcome {
  results: SearchResult[];
  /**
   * Topic words as typed that no card contains. With `notCovered` when the other words are
   * common ones; else the results are for the other words and the unmatched ones are named.
   */
  unmatched: string[];
  notCovered: NotCovered | null;
  /** The query was longer than the search reads; only its start was searched. */
  truncated: boolean;
}

export interface CardSearch {
  search(query: string, limit?: number): SearchOutcome;
}

export const DEFAULT_LIMIT = 10;

type FieldName = Exclude<keyof SearchEntry, 'id' | 'kind' | 'section'>;

const KEYS: readonly { name: FieldName; weight: number }[] = [
  { name: 'title', weight: 3 },
  { name: 'keywords', weight: 2.5 },
  { name: 'terms', weight: 2 },
  { name: 'phrases', weight: 2 },
  { name: 'summary', weight: 2 },
  { name: 'detail', weight: 1 },
];

// fuse.js only ranks here: every query word it gets is a whole word already found in the
// cards, so it searches exactly (threshold 0) and its token search weighs rare words higher.
// Term names count for finding a card, not for ranking it: a card that lists many terms would
// otherwise outrank the one whose title answers the query. Section headings are not searched:
// a heading's words ("How fast does ketamine work for anxiety?") would match every card under it.
const RANKED: readonly FieldName[] = ['title', 'keywords', 'phrases', 'summary', 'detail'];
const OPTIONS: IFuseOptions<SearchEntry> = {
  keys: KEYS.filter((key) => RANKED.includes(key.name)),
  useTokenSearch: true,
  tokenize: WORD,
  threshold: 0,
  ignoreLocation: true,
  ignoreDiacritics: true,
  includeScore: true,
  minMatchCharLength: 1,
  useExtendedSearch: false,
};

/**
 * A query word found in at least this share of the cards says little about a topic
 * ("ketamine", "therapy", "effects"): alone it never stands in for a word that matched nothing.
 */
const COMMON_SHARE = 0.25;

/** Words fuse ranks with at most; a short typed start can stand for many words. */
const MAX_RANKING_WORDS = 32;

interface IndexedField {
  name: FieldName;
  value: string;
  words: TextWord[];
}

interface IndexedEntry {
  entry: SearchEntry;
  fields: IndexedField[];
}

function indexEntry(entry: SearchEntry): IndexedEntry {
  const fields = KEYS.flatMap(({ name }) => {
    const value = entry[name];
    const values = typeof value === 'string' ? [value] : value;
    return values.map((text) => ({ name, value: text, words: wordsIn(text) }));
  });
  return { entry, fields };
}

const EMPTY = (truncated: boolean): SearchOutcome => ({
  results: [],
  unmatched: [],
  notCovered: null,
  truncated,
});

/** Builds one index over every card and misconception of the pack. */
export function createCardSearch(pack: KnowledgePack): CardSearch {
  const entries = buildSearchEntries(pack);
  const indexed = entries.map(indexEntry);
  const vocabulary = new Vocabulary(
    indexed.flatMap((e) => e.fields.flatMap((f) => f.words)).filter((w) => !isFiller(w)),
  );
  const fuse = new Fuse(entries, OPTIONS);

  return {
    search(query, limit = DEFAULT_LIMIT) {
      const analysis = analyseQuery(query);
      const { topic, truncated } = analysis;
      if (limit <= 0) return EMPTY(truncated);

      const safety = safetyTopicOf(analysis.all);
      if (safety) return { ...EMPTY(truncated), notCovered: safetyStatement(safety) };

      if (topic.length === 0) return EMPTY(truncated);
      const looked: LookedUp[] = [];
      const unmatched: QueryWord[] = [];
      for (const word of topic) {
        const typing = word === analysis.typing;
        const found = vocabulary.lookUp(word, typing);
        if (found.size > 0) looked.push({ word, found });
        else if (!(typing && stillTyping(word))) unmatched.push(word);
      }
      if (looked.length === 0 && unmatched.length === 0) return EMPTY(truncated);

      const hits = indexed
        .map((e) => ({ e, ...markEntry(e, looked) }))
        .filter((hit) => hit.covered.size > 0);
      // A word that matched nothing is never papered over by words found nearly everywhere
      // ("PTSD ketamine"): then the article does not cover the question. Words that pick out
      // a few cards still show those, with the unmatched words named.
      const specific = looked.some(
        ({ word }) =>
          hits.filter((hit) => hit.covered.has(word)).length < COMMON_SHARE * indexed.length,
      );
      if (unmatched.length > 0 && !specific) {
        return {
          results: [],
          unmatched: unmatched.map((w) => w.text),
          notCovered: wordsStatement(analysis.cleaned, [
            ...looked.map((l) => l.word),
            ...unmatched,
          ]),
          truncated,
        };
      }
      const most = Math.max(0, ...hits.map((hit) => hit.covered.size));
      const kept = hits.filter((hit) => hit.covered.size === most);

      const rankingWords = [...new Set(looked.flatMap((l) => rankingTerms(l, vocabulary)))];
      const scores = new Map(
        fuse
          .search(rankingWords.slice(0, MAX_RANKING_WORDS).join(' '))
          .map((r) => [r.item.id, r.score ?? 1]),
      );
      const results = kept
        .map(
          (hit): SearchResult => ({
            id: hit.e.entry.id,
            kind: hit.e.entry.kind,
            score: scores.get(hit.e.entry.id) ?? 1,
            matches: hit.matches,
          }),
        )
        .sort((a, b) => a.score - b.score)
        .slice(0, limit);
      return { results, unmatched: unmatched.map((w) => w.text), notCovered: null, truncated };
    },
  };
}

/** A query word and the index words it stands for. */
interface LookedUp {
  word: QueryWord;
  found: Map<string, WordMatch>;
}

function safetyStatement(topic: SafetyTopic): NotCovered {
  return { subject: topic.name, safety: true, topic: topic.id, words: null };
}

/** The statement naming the reader's own words, from the first topic word to the last. */
function wordsStatement(cleaned: string, asked: readonly QueryWord[]): NotCovered {
  const from = Math.min(...asked.map((w) => w.start));
  const to = Math.max(...asked.map((w) => w.end));
  const words = cleaned.slice(from, to);
  return { subject: `“${words}”`, safety: false, topic: null, words };
}

/**
 * What fuse ranks a query word by: one term per form found, so that a word with many forms
 * ("work": works, worked, working) weighs as much as a word with one. A stem is the start of
 * its words, so fuse's exact substring search finds them all; a typed start stands for itself.
 */
function rankingTerms({ word, found }: LookedUp, vocabulary: Vocabulary): string[] {
  if ([...found.values()].some((m) => m.kind === 'prefix')) return [word.key];
  return [...new Set([...found.keys()].map((key) => vocabulary.stemOf(key) ?? key))];
}

/** A word still being typed that matches nothing yet is no miss: too short, or filler to be. */
function stillTyping(word: QueryWord): boolean {
  return word.key.length < MIN_PREFIX || startsAStopword(word.key);
}

/** How many query words an entry contains, and the marks for them in each field. */
function markEntry(
  indexedEntry: IndexedEntry,
  looked: readonly LookedUp[],
): { covered: Set<QueryWord>; matches: SearchMatch[] } {
  const coveredWords = new Set<QueryWord>();
  const matches: SearchMatch[] = [];
  for (const field of indexedEntry.fields) {
    const ranges: [number, number][] = [];
    for (const textWord of field.words) {
      let longest = 0;
      for (const { word, found } of looked) {
        const match = found.get(textWord.key);
        if (!match) continue;
        coveredWords.add(word);
        const length =
          match.kind === 'word'
            ? textWord.end - textWord.start
            : originalPrefixLength(field.value.slice(textWord.start, textWord.end), match.length);
        longest = Math.max(longest, length);
      }
      if (longest > 0) ranges.push([textWord.start, textWord.start + longest - 1]);
    }
    if (ranges.length > 0) {
      matches.push({
        key: field.name,
        indices: joinAcrossHyphens(ranges, field.value),
        value: field.value,
      });
    }
  }
  return { covered: coveredWords, matches };
}

/** Marks of both halves of "off-label" become one mark, as the reader sees one word. */
function joinAcrossHyphens(ranges: [number, number][], text: string): [number, number][] {
  const joined: [number, number][] = [];
  for (const range of ranges) {
    const last = joined.at(-1);
    const gap = last ? text.slice(last[1] + 1, range[0]) : '';
    if (last && /^['\u2019\u2010\u2011\u2013-]$/u.test(gap)) last[1] = range[1];
    else joined.push([range[0], range[1]]);
  }
  return joined;
}
