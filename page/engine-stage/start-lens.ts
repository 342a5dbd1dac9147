import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isActiveOn, type Settings, sameKindSwitches } from '../../common/settings/settings';
import { readSettings, watchStoredSettings } from '../../common/settings/stored-settings';
import type { CardHost } from '../card/port';
import { type PageHighlighter, startPageHighlighter } from '../engine/page-highlighter';
import { listenToWindow } from '../pointer/document-listeners';
import { watchPointer } from '../pointer/hover-controller';
import { TermStepper } from '../pointer/term-stepper';
import { frameOrigin } from '../sentinel/frame-origin';
import { answerRequests } from './answer-requests';
import { builtMatcherFor } from './built-patterns';
import { cardTellingPanel } from './pointed-card';
import { createFoundReporter } from './report-found';

/**
 * Runs Ketamine Lens in this document: highlights while the settings allow it, restarts
 * when they change, and stops for good when the extension context goes away. In web pages
 * the sentinel (page/sentinel/sentinel.ts) starts it only in a document that may hold a
 * ketamine-family term; the welcome page starts it itself.
 */
export async function startLens(
  ctx: ContentScriptContext,
  makeCard: (ctx: ContentScriptContext) => CardHost,
): Promise<void> {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) {
    // No Custom Highlight API: highlight nothing rather than touch the page's DOM.
    return;
  }
  const found = createFoundReporter(() => ctx.isValid);
  const report = found.report;
  let running: Settings | null = null;
  const discreet = () => running?.discreet === true;
  const card = cardTellingPanel(makeCard(ctx), { discreet, isValid: () => ctx.isValid });
  let highlighter: PageHighlighter | null = null;
  let stop: AbortController | null = null;

  // Pausing follows the frame's real origin: a paused site's srcdoc, about:blank and blob:
  // frames are paused with it.
  const origin = frameOrigin();
  const apply = (settings: Settings) => {
    const sameScan =
      running &&
      isActiveOn(running, origin) === isActiveOn(settings, origin) &&
      sameKindSwitches(running, settings) &&
      running.firstMentionOnly === settings.firstMentionOnly &&
      running.discreet === settings.discreet &&
      sameIds(running.excludedIds, settings.excludedIds);
    running = settings;
    if (sameScan) {
      highlighter?.setStyle(settings.style);
      return;
    }
    // A card's own action may have changed the settings: a keyboard reader gets focus back
    // where it was before the card (nothing moves if focus is not in the card).
    card.close({ restoreFocus: true });
    stop?.abort();
    stop = null;
    highlighter = null;
    if (!isActiveOn(settings, origin)) {
      report({});
      return;
    }
    stop = new AbortController();
    highlighter = startPageHighlighter({
      matcher: builtMatcherFor(settings),
      style: settings.style,
      firstMentionOnly: settings.firstMentionOnly,
      discreet: settings.discreet,
      signal: AbortSignal.any([stop.signal, ctx.signal]),
      isValid: () => ctx.isValid,
      // The card's code loads when the pointer first rests on a term (hover-controller.ts),
      // not after the scan: loading it then made long tasks on pages with many highlights.
      onScanned: report,
    });
  };

  const current = () => highlighter;
  watchPointer(ctx, current, card);
  // Stepping scrolls the page to a term: in discreet mode the page is not moved either.
  const steppable = () => (discreet() ? null : highlighter);
  answerRequests(ctx, new TermStepper(steppable, card), found.current);
  apply(await readSettings());
  // The unwatch is safe to call after the extension context is gone.
  ctx.onInvalidated(watchStoredSettings(apply));
  // A page leaving (or entering the back/forward cache) no longer shows its terms. Only the
  // browser's own events count: a page can dispatch a pagehide of its own at any time.
  // Kept after document.open(), which erases the window's listeners.
  listenToWindow(ctx, {
    pagehide: (event) => {
      if (event.isTrusted) report({});
    },
    pageshow: (event) => {
      if (event.isTrusted && event.persisted && highlighter) {
        report(highlighter.registry.countsById());
      }
    },
  });
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
