import type { ContentScriptContext } from 'wxt/utils/content-script-context';

type Listener<K extends keyof DocumentEventMap> = [
  type: K,
  handler: (event: DocumentEventMap[K]) => void,
  options: AddEventListenerOptions,
];

/** A typed listener entry for `listenToDocument`. */
export function on<K extends keyof DocumentEventMap>(
  type: K,
  handler: (event: DocumentEventMap[K]) => void,
  options: AddEventListenerOptions = {},
): Listener<K> {
  return [type, handler, options];
}

/**
 * Listens on the document until the extension context goes away, and keeps listening after
 * `document.open()`, which erases every listener of the document (ad scripts rewrite frames
 * that way). That call replaces the document's children, so each change of them adds the
 * listeners again: adding a listener that is still there does nothing, by the DOM's rules.
 */
export function listenToDocument(
  ctx: ContentScriptContext,
  // biome-ignore lint/suspicious/noExplicitAny: each entry is typed by `on()`
  listeners: Listener<any>[],
): void {
  const addAll = () => {
    if (ctx.signal.aborted) return;
    for (const [type, handler, options] of listeners) {
      document.addEventListener(type, handler, { ...options, signal: ctx.signal });
    }
  };
  addAll();
  const observer = new MutationObserver(addAll);
  observer.observe(document, { childList: true });
  ctx.onInvalidated(() => observer.disconnect());
}

/**
 * `listenToDocument` for the window: `document.open()` erases the window's listeners too
 * (the document stays the window's active one), so they are added again the same way.
 */
export function listenToWindow(
  ctx: ContentScriptContext,
  listeners: {
    [K in keyof WindowEventMap]?: (event: WindowEventMap[K]) => void;
  },
): void {
  const addAll = () => {
    if (ctx.signal.aborted) return;
    for (const [type, handler] of Object.entries(listeners)) {
      window.addEventListener(type, handler as EventListener, { signal: ctx.signal });
    }
  };
  addAll();
  const observer = new MutationObserver(addAll);
  observer.observe(document, { childList: true });
  ctx.onInvalidated(() => observer.disconnect());
}
