import { retryDelay, stageUrl } from '../../common/stage-url';
import { ENGINE_STAGE, ENGINE_STAGE_FILE, type WithEngineStage } from '../engine-stage/port';
import { mayHoldFamilyTerm } from './built-anchors';
import { extensionApi, type SentinelApi, shadowOpener } from './extension-api';
import { frameRequest, termFreeReply } from './frame-request';
import { watchForFamilyTerm } from './term-free-watch';

/**
 * The content script of every frame: the anchor test and its observer (term-free-watch.ts),
 * and in the top frame the answers a term-free page owes the popup and the keyboard command.
 * When the document (or a shadow root in it) may hold a ketamine-family term it imports the
 * engine stage (entrypoints/engine-stage.ts), which takes over the frame: its requests, the
 * settings, the page engine, the card. Until then no settings are read and nothing is sent.
 */
export function runSentinel(): void {
  // A browser without the Custom Highlight API gets no highlights: the engine stage checks
  // (start-lens.ts). Not here: reaching `CSS` has a cost every term-free frame would pay.
  // The extension API is reached only when needed: its first use sets up the browser's
  // bindings in this frame's fresh world, which costs more than the whole look.
  let api: SentinelApi | undefined;
  const extension = () => {
    api ??= extensionApi();
    return api;
  };
  const top = window === window.top ? extension() : undefined;
  const stopAnswering = top ? answerAsTermFreeTop(top) : () => {};
  let loading = false;
  let failures = 0;
  let orphaned = false;
  let stopWatching = () => {};
  let retry: ReturnType<typeof setTimeout> | undefined;
  const loadEngine = () => {
    if (loading || orphaned) return;
    clearTimeout(retry);
    const runtime = extension()?.runtime;
    if (!runtime?.id) {
      // The extension was reloaded or removed: this copy loads nothing more.
      orphaned = true;
      stopWatching();
      stopAnswering();
      return;
    }
    loading = true;
    // A module imported by a content script runs in the content script's isolated world.
    import(/* @vite-ignore */ stageUrl(runtime.getURL(ENGINE_STAGE_FILE), failures)).then(
      () => {
        const stage = (globalThis as WithEngineStage)[ENGINE_STAGE];
        if (!stage || !runtime.id) {
          loading = false;
          return;
        }
        stopWatching();
        // In one task: the stage's own listener is added as this one goes, so a request is
        // answered once, by one of them.
        stopAnswering();
        stage.start();
      },
      // Tried again after a wait, or at the next change of the document if that comes first.
      () => {
        failures++;
        loading = false;
        retry = setTimeout(loadEngine, retryDelay(failures));
      },
    );
  };
  stopWatching = watchForFamilyTerm({
    mayHold: mayHoldFamilyTerm,
    openShadow: shadowOpener(extension),
    onMayHold: loadEngine,
  });
  // The first look may already have found the extension gone, before there was a watch to stop.
  if (orphaned) stopWatching();
}

/** Answers the top frame's requests while no engine runs here (`termFreeReply`). */
function answerAsTermFreeTop(api: SentinelApi): () => void {
  const listener = (raw: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
    if (sender.id === undefined || sender.id !== api.runtime.id) return undefined;
    const reply = termFreeReply(frameRequest(raw), location.origin);
    if (reply !== undefined) sendResponse(reply);
    return undefined;
  };
  api.runtime.onMessage.addListener(listener);
  return () => api.runtime.onMessage.removeListener(listener);
}
