export type ShadowOpener = (element: Element) => ShadowRoot | null;

/**
 * The shadow roots of `root` and the elements under it (not those inside the roots found):
 * open ones on any element, closed ones on custom elements (the only elements a page's
 * closed root is looked for on, as the engine does). One query of the elements, read in a
 * loop, costs a fresh frame less than a walk from element to element.
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
    const elements = (root as ParentNode).querySelectorAll('*');
    for (let i = 0; i < elements.length; i++) look(elements[i] as Element);
  }
  return found;
}
