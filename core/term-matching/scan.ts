import type { Automaton } from './automaton';
import { NEED_END_BOUNDARY, NEED_START_BOUNDARY } from './automaton';
import type { CandidateBuffer } from './candidates';
import {
  BMP_FOLD,
  expansionOf,
  FOLD_IGNORE,
  FOLD_SPACE,
  FOLD_UNKNOWN,
  foldCode,
  SPACE,
} from './fold';
import { foldedCodePointBefore } from './look-behind';
import type { ScanStats } from './types';
import { isSpacedWordChar } from './word-chars';

// Module-level copies of imported constants, read in the hot loop.
const UNKNOWN = FOLD_UNKNOWN;
const IGNORE = FOLD_IGNORE;
const WHITESPACE = FOLD_SPACE;
const SPACE_CP = SPACE;
const START_BOUNDARY = NEED_START_BOUNDARY;
const END_BOUNDARY = NEED_END_BOUNDARY;

/**
 * Recent folded code points and their original offsets, enough to look back
 * from a match's end to the character before its start. Reused across scans.
 */
export interface Ring {
  readonly cp: Int32Array;
  readonly origin: Int32Array;
  readonly mask: number;
}

export function createRing(maxDepth: number): Ring {
  let size = 2;
  while (size < maxDepth + 2) size *= 2;
  return { cp: new Int32Array(size), origin: new Int32Array(size), mask: size - 1 };
}

/**
 * Scans text[from, …) one code point at a time, folding on the fly (no copy of
 * the text), and feeds boundary-checked candidates starting before `to` into
 * `buffer`, then selects them. Stops as soon as no candidate starting before
 * `to` can still be found.
 */
export function scan(
  a: Automaton,
  text: string,
  from: number,
  to: number,
  buffer: CandidateBuffer,
  ring: Ring,
  stats?: ScanStats,
): void {
  const {
    bmpClass,
    astralClass,
    rootNext,
    rowStart,
    edgeClass,
    edgeTarget,
    fail,
    depth,
    outValue,
    outFlags,
    outLink,
    firstOut,
  } = a;
  const ringCp = ring.cp;
  const ringOrigin = ring.origin;
  const mask = ring.mask;
  // Imports as locals: bundlers and vite-node may turn imported bindings into
  // property reads, which would cost on every character.
  const bmpFold = BMP_FOLD;
  const fold = foldCode;
  const isWordChar = isSpacedWordChar;
  const n = text.length;
  buffer.reset(to);

  // Folded position -1 is the real neighbour before `from`, for boundaries and whitespace runs.
  const before = foldedCodePointBefore(text, from);
  ringCp[mask] = before;
  let lastSpace = before === SPACE_CP;
  let p = -1; // folded position of the current code point
  let lastBeforeTo = -1; // folded position of the last code point starting before `to`
  let state = 0;
  let steps = 0;
  let pending = false; // candidates ended at p - 1 and await their end-boundary check
  let i = from;
  let srcStart = from;
  let srcEnd = from;
  let expansion: Int32Array | null = null;
  let expansionAt = 0;

  for (;;) {
    let cp: number;
    if (expansion !== null) {
      cp = expansion[expansionAt++] as number;
      if (expansionAt === expansion.length) expansion = null;
    } else {
      if (i >= n) break;
      srcStart = i;
      const unit = text.charCodeAt(i++);
      let code: number;
      if ((unit & 0xfc00) === 0xd800 && i < n && (text.charCodeAt(i) & 0xfc00) === 0xdc00) {
        code = fold(((unit - 0xd800) << 10) + (text.charCodeAt(i++) - 0xdc00) + 0x10000);
      } else {
        code = bmpFold[unit] as number;
        if (code === UNKNOWN) code = fold(unit);
      }
      srcEnd = i;
      if (code >= 0) {
        cp = code;
      } else if (code === IGNORE) {
        continue;
      } else if (code === WHITESPACE) {
        if (lastSpace) continue;
        cp = SPACE_CP;
      } else {
        expansion = expansionOf(code);
        cp = expansion[0] as number;
        expansionAt = 1;
        if (expansion.length === 1) expansion = null;
      }
    }
    lastSpace = cp === SPACE_CP;
    p++;

    // The current state spells the longest text suffix that can still grow into a
    // match, so from here on no candidate can start before p - depth[state].
    if (pending) {
      // This code point is the "character after" for candidates that ended just before it.
      buffer.settle(isWordChar(cp));
      buffer.flushIfFull(p - (depth[state] as number));
      pending = false;
    }
    // Past `to`, read on only while a match starting before `to` is still possible.
    if (srcStart < to) lastBeforeTo = p;
    else if (p - (depth[state] as number) > lastBeforeTo) break;

    ringCp[p & mask] = cp;
    ringOrigin[p & mask] = srcStart;

    const cls = cp < 0x10000 ? (bmpClass[cp] as number) : (astralClass.get(cp) ?? 0);
    if (cls === 0) {
      state = 0;
      steps++;
    } else {
      for (;;) {
        steps++;
        if (state === 0) {
          state = rootNext[cls] as number;
          break;
        }
        const next = child(rowStart, edgeClass, edgeTarget, state, cls);
        if (next >= 0) {
          state = next;
          break;
        }
        state = fail[state] as number;
      }
    }

    // Every word ending here, longest first.
    let out = firstOut[state] as number;
    while (out >= 0) {
      const foldStart = p - (depth[out] as number) + 1;
      const flags = outFlags[out] as number;
      if ((flags & START_BOUNDARY) === 0 || !isWordChar(ringCp[(foldStart - 1) & mask] as number)) {
        const start = ringOrigin[foldStart & mask] as number;
        buffer.add(
          foldStart,
          p,
          start,
          srcEnd,
          outValue[out] as number,
          (flags & END_BOUNDARY) !== 0,
        );
        pending = true;
      }
      out = outLink[out] as number;
    }
  }

  // Past the end of the text (or of the look-ahead): pending candidates were
  // settled above, except after the text's last character, where nothing follows.
  if (pending) buffer.settle(false);
  buffer.flush(Number.POSITIVE_INFINITY);
  if (stats !== undefined) {
    stats.steps += steps;
    stats.chars += i - from;
  }
}

/** Target of `state`'s edge labelled `cls`, or -1. Rows are sorted; most hold one or two edges. */
function child(
  rowStart: Int32Array,
  edgeClass: Int32Array,
  edgeTarget: Int32Array,
  state: number,
  cls: number,
): number {
  let lo = rowStart[state] as number;
  let hi = rowStart[state + 1] as number;
  if (hi - lo <= 8) {
    for (; lo < hi; lo++) {
      const c = edgeClass[lo] as number;
      if (c === cls) return edgeTarget[lo] as number;
      if (c > cls) return -1;
    }
    return -1;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = edgeClass[mid] as number;
    if (c === cls) return edgeTarget[mid] as number;
    if (c < cls) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}
