export interface Pattern<T> {
  text: string;
  value: T;
}

/** A match in the ORIGINAL text: UTF-16 offsets, `end` exclusive. */
export interface TextMatch<T> {
  start: number;
  end: number;
  value: T;
}

/**
 * Deterministic work counters, added to by `find` when passed in (for tests and
 * benchmarks; wall-clock time is too noisy to assert on).
 */
export interface ScanStats {
  /**
   * Automaton transitions: one per goto (including the root's complete row and
   * the "character in no pattern → root" shortcut) plus one per failure link
   * followed. Aho–Corasick keeps this at most 2 per folded character, however
   * many patterns there are.
   */
  steps: number;
  /** UTF-16 code units read, including look-ahead past `to`. */
  chars: number;
}

export interface Matcher<T> {
  /**
   * All non-overlapping matches STARTING in text[from, to): leftmost first,
   * longest at each start. A match starting before `to` is reported in full,
   * reading past `to` for at most `maxPatternLength` folded characters (plus
   * any ignorable characters and whitespace runs between them). Word
   * boundaries are checked against the real neighbours, even outside
   * [from, to).
   *
   * Scanning a long text window by window: start each window at
   * `max(previous to, end of the previous window's last match)`. The union of
   * the windows' results then equals one `find` over the whole text, with no
   * overlap between windows needed.
   *
   * An offset inside a surrogate pair counts as the start of that pair's code point.
   */
  find(text: string, from?: number, to?: number, stats?: ScanStats): TextMatch<T>[];
  /**
   * Longest compiled pattern, in folded code points. Each is at most 2 UTF-16
   * units of the original text, but ignorable characters (soft hyphens, ...) and
   * whitespace runs inside a match come on top, so no fixed overlap in original
   * units is safe: window with the contract on `find` instead.
   */
  readonly maxPatternLength: number;
  /** Number of distinct patterns compiled (duplicates after folding are not counted). */
  readonly patternCount: number;
}
