import { browser } from 'wxt/browser';

type ShadowOpener = (element: Element) => ShadowRoot | null;

/**
 * The shadow root of an element, open or closed. Chrome gives extensions closed roots through
 * `chrome.dom.openOrClosedShadowRoot`, Firefox through `element.openOrClosedShadowRoot`.
 */
export function shadowRootOpener(): ShadowOpener {
  const chromeDom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: ShadowOpener } } })
    .chrome?.dom;
  const byChrome = chromeDom?.openOrClosedShadowRoot;
  if (byChrome) return (element) => byChrome.call(chromeDom, element) ?? null;
  const byFirefox = (browser as unknown as { dom?: { openOrClosedShadowRoot?: ShadowOpener } }).dom
    ?.openOrClosedShadowRoot;
  if (byFirefox) return (element) => byFirefox(element) ?? null;
  return (element) => {
    const withClosed = element as Element & { openOrClosedShadowRoot?: ShadowRoot | null };
    return withClosed.openOrClosedShadowRoot ?? element.shadowRoot;
  };
}
