/**
 * The address to import a stage from after `failures` failed imports. A browser remembers a
 * failed module import under its address and answers every later import of it with the same
 * failure, so a retry asks under another one (the query is ignored when the file is served).
 */
export function stageUrl(url: string, failures: number): string {
  return failures === 0 ? url : `${url}?retry=${failures}`;
}

const FIRST_RETRY_MS = 100;
// Short enough that a stage aborted by a page's `window.stop()` loop loads within about a
// second of the loop's end; a failed import of an extension file costs next to nothing.
const LONGEST_RETRY_MS = 1000;

/**
 * How long to wait before importing a stage again after `failures` failed imports (at least
 * one): doubling from 100 ms up to one second. A page can abort our imports (`window.stop()`)
 * and then never change again, so a retry cannot wait for the document's next change alone.
 */
export function retryDelay(failures: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1), LONGEST_RETRY_MS);
}
