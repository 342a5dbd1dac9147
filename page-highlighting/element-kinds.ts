/**
 * How the scanner treats each element, decided by tag name alone: reading computed styles
 * would force style recalculation on every element of the page, which is what makes other
 * highlighters slow. A span styled `display:block` is therefore still treated as inline.
 */

// Phrasing elements: their text flows into the surrounding sentence.
// biome-ignore format: a table reads better packed
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'ACRONYM', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM',
  'FONT', 'I', 'INS', 'KBD', 'LABEL', 'MARK', 'NOBR', 'Q', 'RUBY', 'RB', 'RT', 'RTC', 'S', 'SAMP',
  'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR', 'OUTPUT',
]);

// Never scanned: code, form fields, invisible or foreign content, and our own UI.
// biome-ignore format: a table reads better packed
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'SVG', 'MATH', 'HEAD', 'TITLE',
  'KETAMINE-LENS-CARD',
]);

export function isInlineElement(element: Element): boolean {
  return INLINE_TAGS.has(element.tagName.toUpperCase());
}

/** Elements whose whole subtree is left alone. */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** `<br>` ends a line of text just as a block does. */
export function isLineBreak(element: Element): boolean {
  return element.tagName.toUpperCase() === 'BR';
}
