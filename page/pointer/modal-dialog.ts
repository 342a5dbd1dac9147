/**
 * The page's modal <dialog>s: while one is open, everything outside it is inert — no pointer,
 * no focus. The card must live inside the dialog to work there, and terms outside it are out
 * of reach until it closes.
 */

/** The open modal <dialog> that contains a range, looking out through shadow roots. */
export function modalDialogAround(range: AbstractRange): Element | null {
  let node: Node | null = range.startContainer;
  while (node) {
    if (node instanceof HTMLDialogElement && node.matches(':modal')) return node;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/** Whether a modal dialog is open and the range is outside every one: it is inert then. */
export function blockedByModal(range: AbstractRange, modalOpen: boolean): boolean {
  return modalOpen && modalDialogAround(range) === null;
}

/** Whether the page shows a modal <dialog>; ask once when testing many ranges. */
export function isModalOpen(): boolean {
  return document.querySelector('dialog:modal') !== null;
}
