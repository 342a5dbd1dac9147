/**
 * Where beside its word the card covers the least of the text around it. Below or above the
 * word (Floating UI's placement in card-host.tsx) covers the lines the reader reads next; in
 * a page's margin beside the word it may cover none. The side wins only when it covers
 * strictly fewer lines, so on a page whose text fills the window the card stays below (or
 * above) its word as before.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface SidePlacement {
  x: number;
  y: number;
}

/** The room kept clear of the viewport's edges, and between the word and the card. */
const EDGE = 8;
const GAP = 10;
/** At most this many blocks before and after the word's are read for their lines. */
const BLOCKS_BEFORE = 2;
const BLOCKS_AFTER = 4;
/** A page's huge block must not make placing the card slow: its lines are read this far. */
const MAX_TEXT_NODES = 600;
// Characters measured around the word in its own text node, and at most in any other (the
// part nearest the word): a 10 MB text node would otherwise be copied and laid out whole.
const NEAR_CHARS = 2_000;

/**
 * The side placement for a card of `size` beside the word's `line`, or null when covering
 * the text below or above the word is no worse. `lines` are the text's line boxes around the
 * word (textLinesAround).
 */
export function sidePlacement(
  line: Box,
  size: { width: number; height: number },
  view: { width: number; height: number },
  lines: readonly Box[],
): SidePlacement | null {
  const height = Math.min(size.height, view.height - 2 * EDGE);
  const y = clamp(line.top - 6, EDGE, view.height - EDGE - height);
  const textRight = Math.max(line.right, ...lines.map((l) => l.right));
  const textLeft = Math.min(line.left, ...lines.map((l) => l.left));
  const sides: { at: SidePlacement; room: number }[] = [];
  // Right of the word: past the text's right edge if the window has room, else as far right
  // as it fits, but never over the word.
  const right = Math.min(
    view.width - EDGE - size.width,
    Math.max(line.right + GAP, textRight + GAP),
  );
  if (right >= line.right + GAP) sides.push({ at: { x: right, y }, room: view.width - line.right });
  const left = Math.max(EDGE, Math.min(line.left - GAP - size.width, textLeft - GAP - size.width));
  if (left + size.width <= line.left - GAP) sides.push({ at: { x: left, y }, room: line.left });
  if (sides.length === 0) return null;

  const covered = (box: Box) => linesCovered(box, lines);
  const x = clamp(line.left, EDGE, view.width - EDGE - size.width);
  const belowTop = line.bottom + 6;
  const aboveBottom = line.top - 6;
  const vertical = Math.min(
    covered({ left: x, right: x + size.width, top: belowTop, bottom: belowTop + height }),
    covered({ left: x, right: x + size.width, top: aboveBottom - height, bottom: aboveBottom }),
  );
  let best: { at: SidePlacement; room: number; cost: number } | null = null;
  for (const side of sides) {
    const { x: sx, y: sy } = side.at;
    const cost = covered({ left: sx, right: sx + size.width, top: sy, bottom: sy + height });
    if (cost >= vertical) continue;
    // Fewer lines covered first; then the side with the more room.
    if (!best || cost < best.cost || (cost === best.cost && side.room > best.room)) {
      best = { ...side, cost };
    }
  }
  return best?.at ?? null;
}

/** How many lines of text (distinct line tops) a box overlaps. */
export function linesCovered(box: Box, lines: readonly Box[]): number {
  const tops = new Set<number>();
  for (const line of lines) {
    const overlaps =
      line.right > box.left + 0.5 &&
      line.left < box.right - 0.5 &&
      line.bottom > box.top + 0.5 &&
      line.top < box.bottom - 0.5;
    if (overlaps) tops.add(Math.round(line.top));
  }
  return tops.size;
}

/**
 * The line boxes of the text around a range: its block and a few blocks before and after
 * it, in viewport coordinates.
 */
export function textLinesAround(range: Range): Box[] {
  const block = blockOf(range.startContainer);
  if (!block) return [];
  const blocks: Element[] = [block];
  let before = block.previousElementSibling;
  for (let i = 0; i < BLOCKS_BEFORE && before; i++, before = before.previousElementSibling) {
    blocks.push(before);
  }
  let after = block.nextElementSibling;
  for (let i = 0; i < BLOCKS_AFTER && after; i++, after = after.nextElementSibling) {
    blocks.push(after);
  }
  const lines: Box[] = [];
  const text = document.createRange();
  let nodes = 0;
  for (const element of blocks) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && nodes < MAX_TEXT_NODES; node = walker.nextNode()) {
      nodes++;
      const [from, to] = nearPart(node as Text, range);
      if (!/\S/.test((node as Text).data.slice(from, to))) continue;
      text.setStart(node, from);
      text.setEnd(node, to);
      for (const rect of text.getClientRects()) {
        if (rect.width > 0 && rect.height > 0) lines.push(rect);
      }
    }
  }
  return lines;
}

/** The part of a text node to measure: around the word in its own node, else nearest it. */
function nearPart(node: Text, range: Range): [number, number] {
  const length = node.data.length;
  if (node === range.startContainer) {
    return [
      Math.max(0, range.startOffset - NEAR_CHARS),
      Math.min(length, range.startOffset + NEAR_CHARS),
    ];
  }
  if (length <= NEAR_CHARS) return [0, length];
  const beforeWord =
    node.compareDocumentPosition(range.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING;
  return beforeWord ? [length - NEAR_CHARS, length] : [0, NEAR_CHARS];
}

/** The nearest ancestor laid out as a block (a paragraph, a list item, a cell…). */
function blockOf(node: Node): Element | null {
  let element: Element | null = node instanceof Element ? node : node.parentElement;
  while (element && element !== document.body) {
    const display = getComputedStyle(element).display;
    if (!display.startsWith('inline') && display !== 'contents') return element;
    element = element.parentElement;
  }
  return element;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
