import type { HighlightStyle } from '../settings/settings';
import { HIGHLIGHT_NAMES } from './match-value';

const TERM = `::highlight(${HIGHLIGHT_NAMES.term})`;
const MYTH = `::highlight(${HIGHLIGHT_NAMES.misconception})`;

// A highlighted word inside a link: the page's own link colour and underline stay, under a
// translucent tint that keeps the link's contrast on light and dark pages alike. The link
// itself, or any element inside it, can be the highlight's originating element.
const TERM_IN_LINK = `:any-link${TERM}, :any-link *${TERM}`;
const MYTH_IN_LINK = `:any-link${MYTH}, :any-link *${MYTH}`;

/**
 * `::highlight()` takes only colours, text-decoration and text-shadow. Each style sets text
 * and background together, so a term stays legible on dark pages as on light ones; in links
 * only a translucent tint or a decoration is added. Term underlines are dashed or dotted, so
 * a term never looks like a link (links are solid). Forced colours mode gets system colours.
 */
function cssFor(style: HighlightStyle): string {
  const rules: Record<HighlightStyle, string> = {
    marker: `
${TERM} { background-color: #fde68a; color: #1c1917; }
${MYTH} { background-color: #fecaca; color: #450a0a; text-decoration: underline wavy #b91c1c; }
${TERM_IN_LINK} { background-color: rgb(250 204 21 / 0.3); color: currentcolor; }
${MYTH_IN_LINK} { background-color: rgb(248 113 113 / 0.3); color: currentcolor; }`,
    underline: `
${TERM} { text-decoration: underline dashed 2px #d97706; }
${MYTH} { text-decoration: underline wavy #dc2626; }`,
    dotted: `
${TERM} { text-decoration: underline dotted 2px #0369a1; }
${MYTH} { text-decoration: underline dotted 2px #dc2626; }`,
  };
  return `${rules[style]}
@media (forced-colors: active) {
  ${TERM} { background-color: Mark; color: MarkText; }
  ${MYTH} { background-color: Highlight; color: HighlightText; text-decoration: underline wavy; }
  ${TERM_IN_LINK}, ${MYTH_IN_LINK} { color: LinkText; text-decoration: underline; }
}`;
}

/**
 * One constructed stylesheet adopted by the document and by each shadow root we scan:
 * document-level rules do not reach into shadow trees, and adopting adds no element.
 */
export class HighlightStyles {
  private readonly sheet = new CSSStyleSheet();
  private readonly roots = new Set<Document | ShadowRoot>();

  constructor(style: HighlightStyle) {
    this.sheet.replaceSync(cssFor(style));
  }

  setStyle(style: HighlightStyle): void {
    this.sheet.replaceSync(cssFor(style));
  }

  /** Adopts the sheet into a root, again if the page replaced its adopted sheets. */
  adoptInto(root: Document | ShadowRoot): void {
    this.roots.add(root);
    if (!root.adoptedStyleSheets.includes(this.sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    }
  }

  /** Leaves each root's sheets as the page had them. */
  removeAll(): void {
    for (const root of this.roots) {
      if (root.adoptedStyleSheets.includes(this.sheet)) {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== this.sheet);
      }
    }
    this.roots.clear();
  }
}
