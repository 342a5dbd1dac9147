/**
 * When the card is short of room its cards scroll; this trims the scrolling part so that its
 * visible end falls between two lines of text, never through one. Cheap: a card holds a few
 * dozen lines.
 */
export function endScrollAtLine(body: HTMLElement): void {
  body.style.removeProperty('max-height');
  const room = body.clientHeight;
  if (body.scrollHeight <= room + 1) return;
  const top = body.getBoundingClientRect().top + body.clientTop - body.scrollTop;
  let end = 0;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    range.selectNodeContents(node);
    for (const line of range.getClientRects()) {
      const bottom = line.bottom - top;
      if (bottom <= room + 0.5 && bottom > end) end = bottom;
    }
  }
  // A line taller than the whole room: leave it to scroll.
  if (end > 0) body.style.setProperty('max-height', `${Math.ceil(end)}px`);
}
