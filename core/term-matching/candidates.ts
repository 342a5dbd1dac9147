// Leftmost-longest, non-overlapping selection over candidate matches.
// The automaton reports candidates in order of their END, possibly nested or
// overlapping; the selection needs them in order of their START. Buffering all
// of them would grow without bound on pathological pages ('a', 'aa', 'aaa' over
// 'aaaa…'), so the scanner flushes every start that can no longer gain a candidate.

const INITIAL_CAPACITY = 64;

export class CandidateBuffer {
  /** Selected matches as flat (start, end, patternIndex) triples, original UTF-16 offsets. */
  readonly selected: number[] = [];
  /** Candidates from `pendingFrom` on still wait for their end-boundary check. */
  pendingFrom = 0;
  count = 0;
  /** `flushIfFull` only does work past this many candidates (doubles if flushing frees little). */
  private flushAt = INITIAL_CAPACITY;
  /** Folded end (inclusive) of the last selected match. */
  private lastEnd = -1;
  private to = 0;
  // Per candidate: folded start/end (inclusive), original start/end, pattern index, end-boundary flag.
  private foldStart: Int32Array = new Int32Array(INITIAL_CAPACITY);
  private foldEnd: Int32Array = new Int32Array(INITIAL_CAPACITY);
  private start: Int32Array = new Int32Array(INITIAL_CAPACITY);
  private end: Int32Array = new Int32Array(INITIAL_CAPACITY);
  private pattern: Int32Array = new Int32Array(INITIAL_CAPACITY);
  private needEnd: Uint8Array = new Uint8Array(INITIAL_CAPACITY);

  /** Starts a new scan; selected matches must start before `to`. */
  reset(to: number): void {
    this.selected.length = 0;
    this.pendingFrom = 0;
    this.count = 0;
    this.flushAt = INITIAL_CAPACITY;
    this.lastEnd = -1;
    this.to = to;
  }

  add(
    foldStart: number,
    foldEnd: number,
    start: number,
    end: number,
    pattern: number,
    needEnd: boolean,
  ): void {
    if (this.count === this.foldStart.length) this.grow();
    const i = this.count++;
    this.foldStart[i] = foldStart;
    this.foldEnd[i] = foldEnd;
    this.start[i] = start;
    this.end[i] = end;
    this.pattern[i] = pattern;
    this.needEnd[i] = needEnd ? 1 : 0;
  }

  /** Applies the end-boundary check to pending candidates, now that the next character is known. */
  settle(nextIsWordChar: boolean): void {
    if (nextIsWordChar) {
      let kept = this.pendingFrom;
      for (let i = this.pendingFrom; i < this.count; i++) {
        if (this.needEnd[i] === 0) this.move(i, kept++);
      }
      this.count = kept;
    }
    this.pendingFrom = this.count;
  }

  /** Cheap check for the hot loop: flushes only when many candidates are buffered. */
  flushIfFull(safeStart: number): void {
    if (this.count < this.flushAt) return;
    this.flush(safeStart);
    if (this.count * 2 > this.flushAt) this.flushAt *= 2;
  }

  /**
   * Selects among candidates starting before folded position `safeStart`; the
   * caller guarantees no such candidate is still to come and none is pending.
   */
  flush(safeStart: number): void {
    const ready: number[] = [];
    let sorted = true;
    for (let i = 0; i < this.count; i++) {
      if ((this.foldStart[i] as number) >= safeStart) continue;
      const previous = ready[ready.length - 1];
      if (previous !== undefined && this.compare(previous, i) > 0) sorted = false;
      ready.push(i);
    }
    if (ready.length === 0) return;
    // Usually already in order: candidates only arrive out of start order when nested.
    if (!sorted) ready.sort((a, b) => this.compare(a, b));
    for (const i of ready) {
      const start = this.start[i] as number;
      if ((this.foldStart[i] as number) <= this.lastEnd || start >= this.to) continue;
      this.lastEnd = this.foldEnd[i] as number;
      this.selected.push(start, this.end[i] as number, this.pattern[i] as number);
    }
    let kept = 0;
    for (let i = 0; i < this.count; i++) {
      if ((this.foldStart[i] as number) >= safeStart) this.move(i, kept++);
    }
    this.count = kept;
    this.pendingFrom = kept;
  }

  /** Leftmost first, longest first among equal starts. */
  private compare(a: number, b: number): number {
    return (
      (this.foldStart[a] as number) - (this.foldStart[b] as number) ||
      (this.foldEnd[b] as number) - (this.foldEnd[a] as number)
    );
  }

  private move(from: number, to: number): void {
    if (from === to) return;
    this.foldStart[to] = this.foldStart[from] as number;
    this.foldEnd[to] = this.foldEnd[from] as number;
    this.start[to] = this.start[from] as number;
    this.end[to] = this.end[from] as number;
    this.pattern[to] = this.pattern[from] as number;
    this.needEnd[to] = this.needEnd[from] as number;
  }

  private grow(): void {
    const size = this.foldStart.length * 2;
    this.foldStart = resized(this.foldStart, size);
    this.foldEnd = resized(this.foldEnd, size);
    this.start = resized(this.start, size);
    this.end = resized(this.end, size);
    this.pattern = resized(this.pattern, size);
    const needEnd = new Uint8Array(size);
    needEnd.set(this.needEnd);
    this.needEnd = needEnd;
  }
}

function resized(array: Int32Array, size: number): Int32Array {
  const copy = new Int32Array(size);
  copy.set(array);
  return copy;
}
