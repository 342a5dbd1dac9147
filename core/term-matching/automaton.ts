import { isSpacedWordChar } from './word-chars';

/** Output flag: the character before the match must not be a spaced-script word character. */
export const NEED_START_BOUNDARY = 1;
/** Output flag: the character after the match must not be a spaced-script word character. */
export const NEED_END_BOUNDARY = 2;

/**
 * Aho–Corasick automaton over folded code points, in flat typed arrays so the
 * scanner touches no Maps or objects per character (except astral classes).
 * Code points map to dense "classes"; class 0 means "in no pattern", which
 * sends every state straight back to the root.
 */
export interface Automaton {
  /** Class of each BMP code point (0 = in no pattern). */
  readonly bmpClass: Uint16Array;
  readonly astralClass: ReadonlyMap<number, number>;
  /** The root's complete transition row, indexed by class: the root never fails. */
  readonly rootNext: Int32Array;
  /** Other states' children: edges rowStart[s] .. rowStart[s + 1], sorted by class. */
  readonly rowStart: Int32Array;
  readonly edgeClass: Int32Array;
  readonly edgeTarget: Int32Array;
  readonly fail: Int32Array;
  /** Length in folded code points of the prefix a state stands for. */
  readonly depth: Int32Array;
  /** Pattern index of the word ending exactly at this state, or -1. */
  readonly outValue: Int32Array;
  /** NEED_*_BOUNDARY bits of that word. */
  readonly outFlags: Uint8Array;
  /** Nearest state on the failure chain (excluding itself) with a word, or -1. */
  readonly outLink: Int32Array;
  /** The state itself if it has a word, else `outLink`: where to start listing words. */
  readonly firstOut: Int32Array;
  /** Longest word, in folded code points. */
  readonly maxDepth: number;
}

const MAX_CLASSES = 0xffff;

/** Collects folded words into a trie, then freezes it into an `Automaton`. */
export class AutomatonBuilder {
  private readonly children: Map<number, number>[] = [new Map()];
  private readonly depth: number[] = [0];
  private readonly outValue: number[] = [-1];
  private readonly outFlags: number[] = [0];
  private readonly bmpClass = new Uint16Array(0x10000);
  private readonly astralClass = new Map<number, number>();
  private classCount = 1;

  /** Adds a folded word; returns false if that exact word is already in (the first one wins). */
  add(word: readonly number[], valueIndex: number): boolean {
    let state = 0;
    for (const cp of word) {
      const cls = this.classOf(cp);
      const node = this.children[state] as Map<number, number>;
      let next = node.get(cls);
      if (next === undefined) {
        next = this.children.length;
        node.set(cls, next);
        this.children.push(new Map());
        this.depth.push((this.depth[state] as number) + 1);
        this.outValue.push(-1);
        this.outFlags.push(0);
      }
      state = next;
    }
    if (this.outValue[state] !== -1) return false;
    this.outValue[state] = valueIndex;
    this.outFlags[state] =
      (isSpacedWordChar(word[0] as number) ? NEED_START_BOUNDARY : 0) |
      (isSpacedWordChar(word[word.length - 1] as number) ? NEED_END_BOUNDARY : 0);
    return true;
  }

  build(): Automaton {
    const count = this.children.length;
    const fail = new Int32Array(count);
    const outLink = new Int32Array(count).fill(-1);
    const outValue = Int32Array.from(this.outValue);
    // Breadth-first, so a state's failure target is always finished before it.
    const queue: number[] = [];
    for (const child of (this.children[0] as Map<number, number>).values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      for (const [cls, child] of this.children[state] as Map<number, number>) {
        let f = fail[state] as number;
        let target = this.children[f]?.get(cls);
        while (target === undefined && f !== 0) {
          f = fail[f] as number;
          target = this.children[f]?.get(cls);
        }
        const childFail = target ?? 0;
        fail[child] = childFail;
        outLink[child] =
          (outValue[childFail] as number) >= 0 ? childFail : (outLink[childFail] as number);
        queue.push(child);
      }
    }
    const firstOut = outLink.map((link, s) => ((outValue[s] as number) >= 0 ? s : link));
    return {
      ...this.flattenEdges(),
      fail,
      outLink,
      firstOut,
      outValue,
      ...this.frozenTables(),
    };
  }

  private frozenTables() {
    return {
      bmpClass: this.bmpClass,
      astralClass: this.astralClass,
      depth: Int32Array.from(this.depth),
      outFlags: Uint8Array.from(this.outFlags),
      maxDepth: this.depth.reduce((a, b) => Math.max(a, b), 0),
    };
  }

  private flattenEdges() {
    const count = this.children.length;
    const rootNext = new Int32Array(this.classCount);
    for (const [cls, child] of this.children[0] as Map<number, number>) rootNext[cls] = child;
    const rowStart = new Int32Array(count + 1);
    for (let s = 0; s < count; s++) {
      rowStart[s + 1] =
        (rowStart[s] as number) + (s === 0 ? 0 : (this.children[s] as Map<number, number>).size);
    }
    const edgeClass = new Int32Array(rowStart[count] as number);
    const edgeTarget = new Int32Array(edgeClass.length);
    for (let s = 1; s < count; s++) {
      const edges = [...(this.children[s] as Map<number, number>)].sort((a, b) => a[0] - b[0]);
      let e = rowStart[s] as number;
      for (const [cls, child] of edges) {
        edgeClass[e] = cls;
        edgeTarget[e] = child;
        e++;
      }
    }
    return { rootNext, rowStart, edgeClass, edgeTarget };
  }

  private classOf(cp: number): number {
    const known = cp < 0x10000 ? this.bmpClass[cp] || undefined : this.astralClass.get(cp);
    if (known !== undefined) return known;
    if (this.classCount >= MAX_CLASSES)
      throw new Error('compileMatcher: patterns use too many distinct characters');
    const cls = this.classCount++;
    if (cp < 0x10000) this.bmpClass[cp] = cls;
    else this.astralClass.set(cp, cls);
    return cls;
  }
}
