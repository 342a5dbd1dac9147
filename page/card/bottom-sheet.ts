/**
 * On a narrow or touch screen a card beside its word would cover most of the screen, often
 * the word itself. There the card is a sheet docked to the bottom of the viewport (the usual
 * pattern for phone popovers), and the page scrolls, once, to keep the word in view above it.
 */

/** Narrow viewports and touch-first devices get the sheet. */
const SHEET_QUERY = '(max-width: 599px), (pointer: coarse)';
const MARGIN = 8;
/** Room kept between the word and the sheet's top edge. */
const WORD_GAP = 12;

export function wantsSheet(view: Window = window): boolean {
  return view.matchMedia(SHEET_QUERY).matches;
}

/**
 * Where the sheet's host goes: centred, its bottom edge MARGIN above the viewport's; docked to
 * the top instead when the word is still under it there (the page could not scroll far
 * enough, at its very end).
 */
export function sheetPosition(
  host: HTMLElement,
  word: DOMRect,
  view: Window = window,
): { x: number; y: number } {
  const box = host.getBoundingClientRect();
  const x = Math.max(MARGIN, (view.innerWidth - box.width) / 2);
  const bottomY = view.innerHeight - MARGIN - box.height;
  // Touching is not covering (revealAboveSheet leaves WORD_GAP; rounding eats a pixel).
  const coveredAtBottom = word.bottom > bottomY;
  const coveredAtTop = word.top < MARGIN + box.height;
  return { x, y: coveredAtBottom && !coveredAtTop ? MARGIN : bottomY };
}

/** Scrolls the page so the word sits above a sheet of this height; returns whether it moved. */
export function revealAboveSheet(
  word: DOMRect,
  sheetHeight: number,
  view: Window = window,
): boolean {
  const sheetTop = view.innerHeight - MARGIN - sheetHeight;
  const overlap = word.bottom + WORD_GAP - sheetTop;
  // Never push the word off the top.
  const by = Math.min(overlap, word.top - MARGIN);
  if (by <= 0) return false;
  const before = view.scrollY;
  view.scrollBy({ top: by, behavior: 'instant' });
  return view.scrollY !== before;
}
