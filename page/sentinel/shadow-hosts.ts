export type ShadowOpener = (element: Element) => ShadowRoot | null;

/** The built-in elements that can hold a shadow root (the DOM's valid shadow host names). */
export const SHADOW_HOST_TAGS = [
  'div',
  'span',
  'p',
  'section',
  'article',
  'aside',
  'blockquote',
  'body',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
] as const;

/**
 * Common elements that can never hold a shadow root, commonest first: no hyphen, so never a
 * custom element, and not a shadow host name. Custom elements are the other hosts, and no
 * selector names them, so they are found as what these leave. One missing here costs a look,
 * never a miss; a long list tested against every element costs more than the looks it saves,
 * which is why the hosts come first in the selector and the commonest names lead here.
 */
export const NEVER_SHADOW_HOSTS = [
  'a',
  'li',
  'img',
  'path',
  'meta',
  'script',
  'i',
  'b',
  'svg',
  'g',
  'use',
  'symbol',
  'link',
  'ul',
  'button',
  'input',
  'source',
  'picture',
  'strong',
  'em',
  'label',
  'td',
  'tr',
  'br',
  'option',
  'time',
  'figure',
  'figcaption',
  'small',
  'iframe',
  'style',
  'noscript',
  'template',
  'stop',
  'title',
  'head',
  'html',
  'circle',
  'rect',
  'polygon',
  'form',
  'select',
  'textarea',
  'video',
  'hr',
  'sup',
  'code',
  'pre',
  'table',
  'tbody',
  'th',
  'ol',
  'dl',
  'dd',
  'dt',
] as const;

const CANDIDATES = `${SHADOW_HOST_TAGS.join(',')},:not(${NEVER_SHADOW_HOSTS.join(',')})`;

/**
 * The shadow roots of `root` and the elements under it (not those inside the roots found):
 * open ones on any element, closed ones on custom elements (the only elements a page's
 * closed root is looked for on, as the engine does). One query of the elements that may be
 * hosts, read in a loop: reading an element makes an object for it in this fresh world, which
 * costs more than matching it to a selector, so the half of a page that cannot host is not read.
 */
export function shadowRootsUnder(root: Node, open: ShadowOpener): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const look = (element: Element) => {
    const shadow = element.shadowRoot ?? (element.localName.includes('-') ? open(element) : null);
    if (shadow) found.push(shadow);
  };
  if (root instanceof Element) look(root);
  // A leaf (most nodes a page adds) needs no query.
  if ('querySelectorAll' in root && (root as ParentNode).firstElementChild) {
    const elements = (root as ParentNode).querySelectorAll(CANDIDATES);
    for (let i = 0; i < elements.length; i++) look(elements[i] as Element);
  }
  return found;
}
