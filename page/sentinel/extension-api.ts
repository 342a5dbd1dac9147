import type { ShadowOpener } from './shadow-hosts';

type RawListener = (
  message: unknown,
  sender: { id?: string },
  sendResponse: (reply: unknown) => void,
) => undefined;

/**
 * The few extension APIs the sentinel uses, as the browser gives them: no
 * webextension-polyfill (Firefox has `browser`; Chrome's `chrome` returns promises in MV3).
 */
export interface SentinelApi {
  runtime: {
    /** Undefined once the extension is reloaded, updated or removed. */
    id?: string;
    getURL(path: string): string;
    onMessage: {
      addListener(listener: RawListener): void;
      removeListener(listener: RawListener): void;
    };
  };
  dom?: { openOrClosedShadowRoot?: ShadowOpener };
}

export function extensionApi(): SentinelApi | undefined {
  const world = globalThis as { browser?: SentinelApi; chrome?: SentinelApi };
  return world.browser?.runtime?.id ? world.browser : world.chrome;
}

/**
 * The shadow root of an element, open or closed: Chrome gives extensions closed roots through
 * `chrome.dom.openOrClosedShadowRoot`, Firefox through `browser.dom` or the element itself
 * (the page engine's own opener, page/engine/shadow-roots.ts, goes through the polyfill).
 * The API is looked up at the first element that may hold a closed root.
 */
export function shadowOpener(extension: () => SentinelApi | undefined): ShadowOpener {
  let opener: ShadowOpener | undefined;
  return (element) => {
    if (!opener) {
      const dom = extension()?.dom;
      const open = dom?.openOrClosedShadowRoot;
      opener = open
        ? (e) => open.call(dom, e) ?? null
        : (e) =>
            (e as Element & { openOrClosedShadowRoot?: ShadowRoot | null })
              .openOrClosedShadowRoot ?? e.shadowRoot;
    }
    return opener(element);
  };
}
