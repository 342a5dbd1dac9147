import { defineContentScript } from 'wxt/utils/define-content-script';
import { CardDoor } from '../page/session/card-door';
import { ExtensionContext } from '../page/session/extension-context';
import { startLens } from '../page/session/start-lens';

export default defineContentScript({
  matches: ['<all_urls>'],
  // Every frame, including about:blank, srcdoc and blob frames, which inherit their parent.
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  // The card's CSS is handed to its shadow root; nothing is injected into the page.
  cssInjectionMode: 'manual',
  // WXT's context posts a message naming the extension id to the page; not ours.
  noScriptStartedPostMessage: true,
  main(wxtContext) {
    // WXT's context can be ended by any page (a forged DOM event): ours only by the browser.
    // WXT's is retired at once, so nothing of it is left listening to the page.
    wxtContext.abort();
    // The card and its UI load on first use (page/session/card-door.ts).
    void startLens(new ExtensionContext('content'), (ctx) => new CardDoor(ctx));
  },
});
