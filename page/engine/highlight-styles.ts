import { type HighlightStyle, KINDS, type Kind, KNOWLEDGE_KINDS } from '../../content/kinds';
import { HIGHLIGHT_NAMES } from './match-value';

const NO_HIGHLIGHT =
  'background-color: transparent; color: currentcolor; text-decoration: none; text-shadow: none;';
const selector = (kind: Kind) => `::highlight(${HIGHLIGHT_NAMES[kind]})`;
// A highlighted word inside a link: the page's own link colour and underline stay, under a
// translucent tint that keeps the link's contrast on light and dark pages alike. The link
// itself, or any element inside it, can be the highlight's originating element.
const inLink = (kind: Kind) => `:any-link${selector(kind)}, :any-link *${selector(kind)}`;

/**
 * `::highlight()` takes only colours, text-decoration and text-shadow. Each style sets text
 * and background together, so a term stays legible on dark pages as on light ones; in links
 * only a translucent tint or a decoration is added. Term underlines are dashed or dotted, so
 * a term never looks like a link (links are solid). Forced colours mode gets system colours.
 * Each kind's declarations are its `look` in the kinds table (content/kinds.ts). On paper
 * nothing of ours shows: a printed page keeps the text as its author set it.
 */
function cssFor(style: HighlightStyle): string {
  const rules = KINDS.map((kind) => {
    const { look } = KNOWLEDGE_KINDS[kind];
    const tint = style === 'marker' ? `\n${inLink(kind)} { ${look.markerInLink} }` : '';
    return `${selector(kind)} { ${look.styles[style]} }${tint}`;
  });
  const forced = KINDS.map(
    (kind) => `  ${selector(kind)} { ${KNOWLEDGE_KINDS[kind].look.forcedColors} }`,
  );
  return `
${rules.join('\n')}
@media (forced-colors: active) {
${forced.join('\n')}
  ${KINDS.map(inLink).join(', ')} { color: LinkText; text-decoration: underline; }
}
@media print {
  ${KINDS.map(selector).join(', ')}, ${KINDS.map(inLink).join(', ')} { ${NO_HIGHLIGHT} }
}`;
}

/**
 * One constructed stylesheet adopted by the document and by each shadow root we scan:
 * document-level rules do not reach into shadow trees, and adopting adds no element.
 */
export class HighlightStyles {
  private readonly sheet = new CSSStyleSheet();
  private readonly roots = new Set<Document | ShadowRoot>();
  private readonly documents: Document[] = [];
  /** Shadow roots in the order met, for checking them a batch at a time. */
  private readonly shadowRoots: ShadowRoot[] = [];
  private nextShadowRoot = 0;
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
    if (!this.roots.has(root)) {
      this.roots.add(root);
      if (root.nodeType === Node.DOCUMENT_NODE) this.documents.push(root as Document);
      else this.shadowRoots.push(root as ShadowRoot);
    }
    // Appended to what the page has: its own sheets stay, in their order.
    if (!isAdopted(root, this.sheet)) push.call(listOf(root), unwrapped(this.sheet));
  }

  /**
   * Puts the sheet back where a page took it away: the page sees our sheet in its roots'
   * `adoptedStyleSheets`, so it can drop it (by replacing the list) or empty and rewrite it.
   * The document is checked each time, shadow roots `maxShadowRoots` at a time, in turn, so
   * a look stays cheap on any page. Returns whether anything had to be repaired.
   */
  reassert(maxShadowRoots = Number.POSITIVE_INFINITY): boolean {
    let repaired = false;
    if (rulesText(this.sheet) !== this.written) {
      this.write();
      repaired = true;
    }
    const batch = Math.min(maxShadowRoots, this.shadowRoots.length);
    for (let i = 0; i < batch; i++) {
      this.nextShadowRoot = (this.nextShadowRoot + 1) % this.shadowRoots.length;
      repaired = this.readopt(this.shadowRoots[this.nextShadowRoot] as ShadowRoot) || repaired;
    }
    for (const root of this.documents) repaired = this.readopt(root) || repaired;
    return repaired;
  }

  private readopt(root: Document | ShadowRoot): boolean {
    if (!root.isConnected || isAdopted(root, this.sheet)) return false;
    this.adoptInto(root);
    return true;
  }

  /** Leaves each root's sheets as the page had them. */
  removeAll(): void {
    for (const root of this.roots) {
      const at = indexOf.call(listOf(root), unwrapped(this.sheet));
      if (at >= 0) splice.call(listOf(root), at, 1);
    }
    this.roots.clear();
    this.documents.length = 0;
    this.shadowRoots.length = 0;
  }

  private write(): void {
    this.sheet.replaceSync(this.css);
    this.written = rulesText(this.sheet);
  }
}

// A root's `adoptedStyleSheets` is changed in place, with our own Array methods. A Firefox
// content script sees the list through an Xray wrapper (Firefox ESR 140.12), which has none of
// Array's methods, throws when assigned a new array and keeps items set on it to itself: the
// list is changed through its own object, which the Xray's `wrappedJSObject` gives (the getter
// that returned it was the browser's, not the page's), with the sheet's own object in it.
const { includes, indexOf, push, splice } = Array.prototype;

function unwrapped<T extends object>(xray: T): T {
  return (xray as { wrappedJSObject?: T }).wrappedJSObject ?? xray;
}

function listOf(root: Document | ShadowRoot): CSSStyleSheet[] {
  return unwrapped(root.adoptedStyleSheets);
}

function isAdopted(root: Document | ShadowRoot, sheet: CSSStyleSheet): boolean {
  return includes.call(listOf(root), unwrapped(sheet));
}

function rulesText(sheet: CSSStyleSheet): string {
  let text = '';
  for (const rule of sheet.cssRules) text += rule.cssText;
  return text;
}
