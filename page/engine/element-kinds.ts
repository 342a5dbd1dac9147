/**
 * How the scanner treats each element, decided by tag name alone: reading computed styles
 * would force style recalculation on every element of the page, which is what makes other
 * highlighters slow. A span styled `display:block` is therefore still treated as inline.
 * `localName` is compared (lower case, no string is allocated per element).
 */

import { CARD_ELEMENT } from './contract-names';

// Phrasing elements: their text flows into the surrounding sentence.
// biome-ignore format: a table reads better packed
const INLINE_TAGS = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em',
  'font', 'i', 'ins', 'kbd', 'label', 'mark', 'nobr', 'q', 'ruby', 'rb', 'rt', 'rtc', 's', 'samp',
  'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'output',
]);

// Never scanned: code, form fields, invisible or foreign content, and our own UI.
// biome-ignore format: a table reads better packed
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'svg', 'math', 'head', 'title',
  CARD_ELEMENT,
]);

export function isInlineElement(element: Element): boolean {
  return INLINE_TAGS.has(element.localName);
}

/** Elements whose whole subtree is left alone. */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** `<br>` ends a line of text just as a block does. */
export function isLineBreak(element: Element): boolean {
  return element.localName === 'br';
}
