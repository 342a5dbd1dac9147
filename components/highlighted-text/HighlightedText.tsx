/** Ranges of a string to emphasise, inclusive start and end, as the card search reports them. */
export type MatchIndices = readonly (readonly [number, number])[];

/**
 * Shows text with matched parts in <mark>. Text is rendered as text nodes, never as HTML,
 * so nothing in the knowledge pack or a query can inject markup.
 */
export function HighlightedText({ text, indices = [] }: { text: string; indices?: MatchIndices }) {
  const parts: preact.ComponentChild[] = [];
  let at = 0;
  for (const [start, end] of [...indices].sort((a, b) => a[0] - b[0])) {
    if (start < at || end < start) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end + 1)}</mark>);
    at = end + 1;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
