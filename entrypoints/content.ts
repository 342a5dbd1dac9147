import { defineContentScript } from 'wxt/utils/define-content-script';
import { startLens } from '../page-session/start-lens';

export default defineContentScript({
  matches: ['<all_urls>'],
  // Every frame, including about:blank, srcdoc and blob frames, which inherit their parent.
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  // The card's CSS is handed to its shadow root; nothing is injected into the page.
  cssInjectionMode: 'manual',
  main(ctx) {
    void startLens(ctx);
  },
});
