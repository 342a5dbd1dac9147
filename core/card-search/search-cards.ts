import type { SearchLanguage } from './languages';
import { analyseQuery, type QueryWord, startsAStopword } from './normalise-query';
import { type SafetyTopic, safetyTopicOf, uncoveredTopicOf } from './not-covered';
import { DocumentRanker, type RankedKey } from './rank-documents';
import type { SearchDocument, SearchField } from './search-documents';
import { stripAccents } from './search-key';
import { originalPrefixLength, type TextWord, wordsIn } from './search-words';
import { STOP_WORDS } from './stop-words';
import { MIN_PREFIX, Vocabulary, type WordMatch } from './word-match';

// The search in three steps. (1) Each topic word of the query is looked up among the words
// of the documents, in each document language with that language's stems: a word no card
// uses is reported, never papered over by common words. (2) The documents that contain the
// most query words are kept. (3) They are ranked (field weights, word rarity, field
// length), the words that matched are marked, whole, and each id is kept once, in the
// language where it matched best.

export interface SearchMatch {
  /** Which document field matched: title, summary, detail, keywords, terms or phrases. */
  key: string;
  /** Inclusive [start, end] character ranges in `value`, for highlighting: whole words or typed starts. */
  indices: readonly (readonly [number, number])[];
  value: string;
}

export interface SearchResult<Kind extends string = string> {
  id: string;
  kind: Kind;
  /** The language of the document the matches are in (the best of the id's documents). */
  language: SearchLanguage;
  /** 0 is a perfect match, 1 a weak one; results are sorted ascending. */
  score: number;
  matches: SearchMatch[];
}

/**
 * The article has nothing on what was asked, and the search understood the question; no
 * card is shown, only a statement, which the popup words in the reader's language
 * (components/popup/search-statements.ts).
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

/**
 * No card carries words the search does not know (another language's words, a rare word), so
 * it cannot say whether the article covers them. `results` are then the closest cards.
 */
export interface NoMatch {
  /** The words as typed. */
  words: string[];
}

export interface SearchOutcome<Kind extends string = string> {
  /** The cards found; with `noMatch`, the closest cards (a word one typo further away). */
  results: SearchResult<Kind>[];
  /**
   * Topic words as typed that no card contains. With `notCovered` or `noMatch` when the other
   * words are common ones; else the results are for the other words and these are named.
   */
  unmatched: string[];
  notCovered: NotCovered | null;
  noMatch: NoMatch | null;
  /** The query was longer than the search reads; only its start was searched. */
  truncated: boolean;
}

export interface CardSearch<Kind extends string = string> {
  search(query: string, limit?: number): SearchOutcome<Kind>;
  /** The languages of the documents searched. */
  readonly languages: readonly SearchLanguage[];
}

export const DEFAULT_LIMIT = 10;

const KEYS: readonly { name: SearchField; weight: number }[] = [
  { name: 'title', weight: 3 },
  { name: 'keywords', weight: 2.5 },
  { name: 'terms', weight: 2 },
  { name: 'phrases', weight: 2 },
  { name: 'summary', weight: 2 },
  { name: 'detail', weight: 1 },
];

// The ranking only orders documents already found (every query word it gets is a whole word
// or typed start found in them), weighing rare words higher (rank-documents.ts). Term names
// count for finding a card, not for ranking it: a card that lists many terms would otherwise
// outrank the one whose title answers the query.
const RANKED_KEYS: readonly RankedKey<SearchDocument>[] = KEYS.filter(
  (key) => key.name !== 'terms',
).map(({ name, weight }) => ({
  weight,
  values: (doc: SearchDocument) => {
    const value = doc[name];
    return typeof value === 'string' ? [value] : value;
  },
}));

const foldForRanking = (text: string) => stripAccents(text.toLowerCase());

/**
 * A query word found in at least this share of the entries says little about a topic
 * ("ketamine", "therapy", "effects"): alone it never stands in for a word that matched nothing.
 */
const COMMON_SHARE = 0.25;

/** Words the ranking uses at most, per language; a short typed start can stand for many words. */
const MAX_RANKING_WORDS = 32;

interface IndexedField {
  name: SearchField;
  value: string;
  words: TextWord[];
}

interface IndexedDocument<Kind extends string> {
  document: SearchDocument<Kind>;
  /** Its place in the list of documents. */
  at: number;
  fields: IndexedField[];
}

function indexDocument<Kind extends string>(
  document: SearchDocument<Kind>,
  at: number,
): IndexedDocument<Kind> {
  const fields = KEYS.flatMap(({ name }) => {
    const value = document[name];
    const values = typeof value === 'string' ? [value] : value;
    return values.map((text) => ({ name, value: text, words: wordsIn(text, document.language) }));
  });
  return { document, at, fields };
}

/** A query word and the index words it stands for, per language. */
interface LookedUp {
  word: QueryWord;
  found: ReadonlyMap<SearchLanguage, Map<string, WordMatch>>;
}

const EMPTY = <Kind extends string>(truncated: boolean): SearchOutcome<Kind> => ({
  results: [],
  unmatched: [],
  notCovered: null,
  noMatch: null,
  truncated,
});

/**
 * Builds one index over the documents, in every language they come in (English and the
 * reader's, typically). Throws on an empty list: a search over nothing is a wiring mistake.
 */
export function createCardSearch<Kind extends string>(
  documents: readonly SearchDocument<Kind>[],
): CardSearch<Kind> {
  if (documents.length === 0) throw new Error('createCardSearch: no documents to search');
  const languages = [...new Set(documents.map((d) => d.language))];
  const indexed = documents.map(indexDocument);
  const idCount = new Set(documents.map((d) => d.id)).size;
  const vocabularies = new Map(
    languages.map((language) => {
      const stop = STOP_WORDS[language];
      const words = indexed
        .filter((e) => e.document.language === language)
        .flatMap((e) => e.fields.flatMap((f) => f.words))
        .filter((w) => !stop.has(w.key) && !STOP_WORDS.en.has(w.key));
      return [language, new Vocabulary(words, language !== 'en')] as const;
    }),
  );
  // One ranker per language: word rarity is counted within a language.
  const rankers = new Map(
    languages.map((language) => {
      const at = indexed.filter((e) => e.document.language === language).map((e) => e.at);
      const ranker = new DocumentRanker(
        at.map((i) => documents[i] as SearchDocument),
        RANKED_KEYS,
        foldForRanking,
      );
      return [language, { ranker, at }] as const;
    }),
  );

  const lookUp = (word: QueryWord, typing: boolean, slack = 0): LookedUp => {
    const found = new Map<SearchLanguage, Map<string, WordMatch>>();
    for (const [language, vocabulary] of vocabularies) {
      const here = new Map<string, WordMatch>();
      vocabulary.lookUp({ key: word.key, stems: word.stems[language] }, typing, here, slack);
      for (const plain of word.plain) {
        vocabulary.lookUp({ key: plain.key, stems: plain.stems[language] }, false, here);
      }
      if (here.size > 0) found.set(language, here);
    }
    return { word, found };
  };

  const rank = (
    looked: readonly LookedUp[],
    hits: readonly Hit<Kind>[],
    limit: number,
  ): SearchResult<Kind>[] => {
    const scores = new Map<number, number>();
    for (const [language, { ranker, at }] of rankers) {
      const mine = hits.filter((hit) => hit.e.document.language === language);
      if (mine.length === 0) continue;
      const words = new Set(
        looked.flatMap((l) => {
          const found = l.found.get(language);
          return found ? rankingTerms(l.word, found, vocabularies.get(language) as Vocabulary) : [];
        }),
      );
      const local = new Map(at.map((global, i) => [global, i]));
      const ranked = ranker.score(
        [...words].slice(0, MAX_RANKING_WORDS).map(foldForRanking),
        mine.map((hit) => local.get(hit.e.at) as number),
      );
      for (const [i, score] of ranked) scores.set(at[i] as number, score);
    }
    // One result per id: the document with the most query words, then the best score.
    const best = new Map<string, { hit: Hit<Kind>; score: number }>();
    for (const hit of hits) {
      const score = scores.get(hit.e.at) ?? 1;
      const known = best.get(hit.e.document.id);
      if (
        !known ||
        hit.covered.size > known.hit.covered.size ||
        (hit.covered.size === known.hit.covered.size && score < known.score)
      ) {
        best.set(hit.e.document.id, { hit, score });
      }
    }
    const marks = marksByKey(looked);
    return [...best.values()]
      .sort((a, b) => a.score - b.score)
      .slice(0, limit)
      .map(
        ({ hit, score }): SearchResult<Kind> => ({
          id: hit.e.document.id,
          kind: hit.e.document.kind,
          language: hit.e.document.language,
          score,
          matches: markEntry(hit.e, marks.get(hit.e.document.language)),
        }),
      );
  };

  // Which documents hold each word, per language, so only those are marked.
  const holders = new Map<SearchLanguage, Map<string, number[]>>();
  for (const e of indexed) {
    let byKey = holders.get(e.document.language);
    if (!byKey) {
      byKey = new Map();
      holders.set(e.document.language, byKey);
    }
    for (const field of e.fields) {
      for (const word of field.words) {
        const list = byKey.get(word.key);
        if (!list) byKey.set(word.key, [e.at]);
        else if (list.at(-1) !== e.at) list.push(e.at);
      }
    }
  }
  // The documents holding each query word, without reading their fields; only the results
  // shown are marked (markEntry).
  const hitsFor = (looked: readonly LookedUp[]): Hit<Kind>[] => {
    const covered = new Map<number, Set<QueryWord>>();
    for (const { word, found } of looked) {
      for (const [language, keys] of found) {
        const byKey = holders.get(language);
        for (const key of keys.keys()) {
          for (const at of byKey?.get(key) ?? []) {
            const words = covered.get(at);
            if (words) words.add(word);
            else covered.set(at, new Set([word]));
          }
        }
      }
    }
    return [...covered]
      .sort((a, b) => a[0] - b[0])
      .map(([at, words]) => ({ e: indexed[at] as IndexedDocument<Kind>, covered: words }));
  };

  return {
    languages,
    search(query, limit = DEFAULT_LIMIT) {
      const analysis = analyseQuery(query, languages);
      const { topic, truncated } = analysis;
      if (limit <= 0) return EMPTY(truncated);

      const safety = safetyTopicOf(analysis.all);
      if (safety) return { ...EMPTY(truncated), notCovered: safetyStatement(safety) };

      if (topic.length === 0) return EMPTY(truncated);
      const looked: LookedUp[] = [];
      const unmatched: QueryWord[] = [];
      for (const word of topic) {
        const typing = word === analysis.typing;
        const found = lookUp(word, typing);
        if (found.found.size > 0) looked.push(found);
        else if (!(typing && stillTyping(word, languages))) unmatched.push(word);
      }
      if (looked.length === 0 && unmatched.length === 0) return EMPTY(truncated);
      const unmatchedTexts = unmatched.map((w) => w.text);

      const hits = hitsFor(looked);
      // An uncovered topic's word counts even where it is a typo away from a card's word
      // ("coûte" and "courte"); only a card word of the same stem answers it.
      const knownExactly = (word: QueryWord) =>
        [...vocabularies].some(([language, vocabulary]) => vocabulary.knows(word.stems[language]));
      const uncovered = uncoveredTopicOf(
        analysis.all,
        new Set(topic.filter((w) => !knownExactly(w)).map((w) => analysis.all.indexOf(w))),
      );
      // A word that matched nothing is never papered over by words found nearly everywhere
      // ("PTSD ketamine"). Words that pick out a few cards still show those, with the
      // unmatched words named, unless the unmatched words are the question ("in the US").
      const specific = looked.some(
        ({ word }) =>
          new Set(hits.filter((hit) => hit.covered.has(word)).map((hit) => hit.e.document.id))
            .size <
          COMMON_SHARE * idCount,
      );
      if (uncovered && (uncovered.exclusive || !specific)) {
        return {
          ...EMPTY(truncated),
          unmatched: unmatchedTexts,
          notCovered: wordsStatement(analysis.cleaned, [
            ...looked.map((l) => l.word),
            ...unmatched,
          ]),
        };
      }
      if (unmatched.length > 0 && !specific) {
        // Not understood: say so, and offer what is close: the cards for the words that were
        // found, or else the cards one typo further than the search goes.
        const near =
          looked.length > 0
            ? looked
            : unmatched.map((word) => lookUp(word, false, 1)).filter((l) => l.found.size > 0);
        return {
          ...EMPTY(truncated),
          results: near.length > 0 ? rank(near, mostCovered(hitsFor(near)), limit) : [],
          unmatched: unmatchedTexts,
          noMatch: { words: unmatchedTexts },
        };
      }
      return {
        ...EMPTY(truncated),
        results: rank(looked, mostCovered(hits), limit),
        unmatched: unmatchedTexts,
      };
    },
  };
}

interface Hit<Kind extends string> {
  e: IndexedDocument<Kind>;
  /** The query words the document holds. */
  covered: ReadonlySet<QueryWord>;
}

/** The hits that contain the most query words. */
function mostCovered<Kind extends string>(hits: readonly Hit<Kind>[]): Hit<Kind>[] {
  const most = Math.max(0, ...hits.map((hit) => hit.covered.size));
  return hits.filter((hit) => hit.covered.size === most);
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
 * What the ranking weighs a query word by: one term per form found, so that a word with many
 * forms ("work": works, worked, working) weighs as much as a word with one. A stem's shared
 * start with its words finds them all by substring; a typed start stands for itself.
 */
function rankingTerms(
  word: QueryWord,
  found: ReadonlyMap<string, WordMatch>,
  vocabulary: Vocabulary,
): string[] {
  if ([...found.values()].some((m) => m.kind === 'prefix')) return [word.key];
  return [...new Set([...found.keys()].map((key) => sharedStart(key, vocabulary.stemOf(key))))];
}

/**
 * The part of a word its stem shares with it ("therap" of "therapy", stem "therapi"), so the ranking
 * finds the word by it; the word itself when they share too little.
 */
function sharedStart(key: string, stem: string | undefined): string {
  if (stem === undefined) return key;
  let n = 0;
  while (n < key.length && n < stem.length && key[n] === stem[n]) n++;
  return n >= MIN_PREFIX ? key.slice(0, n) : key;
}

/**
 * A word still being typed that matches nothing yet is no miss: too short, or filler to be.
 * An abbreviation in capitals ("US") is a word already.
 */
function stillTyping(word: QueryWord, languages: readonly SearchLanguage[]): boolean {
  if (/^\p{Lu}{2,}$/u.test(word.text)) return false;
  return word.key.length < MIN_PREFIX || startsAStopword(word.key, ['en', ...languages]);
}

/** For each language, each index word found and the query words it stands for, with how. */
type KeyMarks = Map<string, { word: QueryWord; match: WordMatch }[]>;
type Marks = Map<SearchLanguage, KeyMarks>;

function marksByKey(looked: readonly LookedUp[]): Marks {
  const marks: Marks = new Map();
  for (const { word, found } of looked) {
    for (const [language, keys] of found) {
      let byKey = marks.get(language);
      if (!byKey) {
        byKey = new Map();
        marks.set(language, byKey);
      }
      for (const [key, match] of keys) {
        const list = byKey.get(key);
        if (list) list.push({ word, match });
        else byKey.set(key, [{ word, match }]);
      }
    }
  }
  return marks;
}

/** The marks for the query words in each field of a document. */
function markEntry(indexed: IndexedDocument<string>, marks: KeyMarks | undefined): SearchMatch[] {
  const matches: SearchMatch[] = [];
  if (!marks) return matches;
  for (const field of indexed.fields) {
    const ranges: [number, number][] = [];
    for (const textWord of field.words) {
      const found = marks.get(textWord.key);
      if (!found) continue;
      let longest = 0;
      for (const { match } of found) {
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
  return matches;
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
