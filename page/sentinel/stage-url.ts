/**
 * The address to import a stage from after `failures` failed imports. A browser remembers a
 * failed module import under its address and answers every later import of it with the same
 * failure, so a retry asks under another one (the query is ignored when the file is served).
 */
export function stageUrl(url: string, failures: number): string {
  return failures === 0 ? url : `${url}?retry=${failures}`;
}
