import type { HighlightStyle } from '../settings/settings';
import { HIGHLIGHT_NAMES } from './match-value';

const TERM = `::highlight(${HIGHLIGHT_NAMES.term})`;
const MYTH = `::highlight(${HIGHLIGHT_NAMES.misconception})`;

/**
 * `::highlight()` takes only colours, text-decoration and text-shadow. Each style sets text
 * and background together, so a term stays legible on dark pages as on light ones; forced
 * colours mode gets system colours.
 */
function cssFor(style: HighlightStyle): string {
  const rules: Record<HighlightStyle, string> = {
    marker: `
${TERM} { background-color: #fde68a; color: #1c1917; }
${MYTH} { background-color: #fecaca; color: #450a0a; text-decoration: underline wavy #b91c1c; }`,
    underline: `
${TERM} { text-decoration: underline solid #d97706; }
${MYTH} { text-decoration: underline wavy #dc2626; }`,
    dotted: `
${TERM} { text-decoration: underline dotted #0369a1; }
${MYTH} { text-decoration: underline dotted #dc2626; }`,
  };
  return `${rules[style]}
@media (forced-colors: active) {
  ${TERM} { background-color: Mark; color: MarkText; }
  ${MYTH} { background-color: Highlight; color: HighlightText; text-decoration: underline wavy; }
}`;
}

/**
 * One constructed stylesheet adopted by the document and by each shadow root we scan:
 * document-level rules do not reach into shadow trees, and adopting adds no element.
 */
export class HighlightStyles {
  private readonly sheet = new CSSStyleSheet();
  private readonly roots = new Set<Document | ShadowRoot>();
  private css = '';
  /** The sheet's rules as we wrote them, to notice a page rewriting them. */
  private written = '';

  constructor(style: HighlightStyle) {
    this.setStyle(style);
  }

  setStyle(style: HighlightStyle): void {
    this.css = cssFor(style);
    this.write();
  }

  /** Adopts the sheet into a root, again if the page replaced its adopted sheets. */
  adoptInto(root: Document | ShadowRoot): void {
    this.roots.add(root);
    if (!root.adoptedStyleSheets.includes(this.sheet)) {
      // Appended to what the page has: its own sheets stay, in their order.
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    }
  }

  /**
   * Puts the sheet back where a page took it away: the page sees our sheet in its roots'
   * `adoptedStyleSheets`, so it can drop it (by replacing the list) or empty and rewrite it.
   * Returns whether anything had to be repaired.
   */
  reassert(): boolean {
    let repaired = false;
    if (rulesText(this.sheet) !== this.written) {
      this.write();
      repaired = true;
    }
    for (const root of this.roots) {
      if (root.isConnected && !root.adoptedStyleSheets.includes(this.sheet)) {
        this.adoptInto(root);
        repaired = true;
      }
    }
    return repaired;
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

  private write(): void {
    this.sheet.replaceSync(this.css);
    this.written = rulesText(this.sheet);
  }
}

function rulesText(sheet: CSSStyleSheet): string {
  let text = '';
  for (const rule of sheet.cssRules) text += rule.cssText;
  return text;
}
