import type { ShadowOpener } from './term-free-watch';

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
 */
export function shadowOpener(api: SentinelApi): ShadowOpener {
  const dom = api.dom;
  const open = dom?.openOrClosedShadowRoot;
  if (open) return (element) => open.call(dom, element) ?? null;
  return (element) => {
    const withClosed = element as Element & { openOrClosedShadowRoot?: ShadowRoot | null };
    return withClosed.openOrClosedShadowRoot ?? element.shadowRoot;
  };
}
