// Navigation, asides and footers: the parts of a page around its own text.
const PAGE_CHROME =
  'nav, aside, footer, [role="navigation"], [role="complementary"], [role="contentinfo"]';

/**
 * Whether a text node lies in the page's navigation, an aside or a footer (a related-links
 * box, a "trending" list), where a mention says nothing about what the page itself is about.
 */
export function isInPageChrome(node: Node): boolean {
  return node.parentElement?.closest(PAGE_CHROME) != null;
}
