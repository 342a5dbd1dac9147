import { yieldToPage } from '../engine/yield-to-page';

// Characters tested at once: a few milliseconds even for text full of characters the anchor
// test folds first (soft hyphens, ß).
const CHUNK = 256 * 1024;
const SLICE_MS = 8;
// A chunk ends at a space or line break this close to its limit: an anchor is a letter run,
// never across one, so nothing is cut in two and no character is tested twice.
const CUT_SEARCH = 4096;
// Text with no such break near the limit: the next chunk starts this far back instead.
const OVERLAP = 256;

/**
 * `test` on a text of any length without a long task of ours: a short text is tested at once
 * (a boolean), a long one (a 10 MB text node) a chunk at a time, yielding to the page whenever
 * a slice has used its budget (a promise). True as soon as one chunk passes.
 */
export function lookInSlices(
  text: string,
  test: (text: string) => boolean,
): boolean | Promise<boolean> {
  if (text.length <= CHUNK) return test(text);
  return (async () => {
    let deadline = performance.now() + SLICE_MS;
    for (let from = 0; from < text.length; ) {
      const { end, next } = chunkBounds(text, from);
      if (test(text.slice(from, end))) return true;
      from = next;
      if (from < text.length && performance.now() > deadline) {
        await yieldToPage();
        deadline = performance.now() + SLICE_MS;
      }
    }
    return false;
  })();
}

/** Where the chunk (at most `size` characters) starting at `from` ends, and where the next starts. */
export function chunkBounds(
  text: string,
  from: number,
  size = CHUNK,
): { end: number; next: number } {
  const limit = from + size;
  if (limit >= text.length) return { end: text.length, next: text.length };
  const tail = text.slice(limit - CUT_SEARCH, limit);
  const cut = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'));
  if (cut >= 0) {
    const at = limit - CUT_SEARCH + cut;
    return { end: at, next: at + 1 };
  }
  return { end: limit, next: limit - OVERLAP };
}
