import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CardDoor } from '../page/engine-stage/card-door';
import { ExtensionContext } from '../page/engine-stage/extension-context';
import { ENGINE_STAGE, type WithEngineStage } from '../page/engine-stage/port';
import { startLens } from '../page/engine-stage/start-lens';

// The engine stage: settings, the page engine, hit-testing, the frame's requests and the door
// to the card. The sentinel imports it into a frame that may hold a term
// (page/sentinel/sentinel.ts) and starts it through the handle it leaves; an import of the
// same module again finds it evaluated, so each start goes through the handle.
export default defineUnlistedScript(() => {
  (globalThis as WithEngineStage)[ENGINE_STAGE] = {
    // WXT's context can be ended by any page (a forged DOM event): ours only by the browser.
    // The card and its UI load on first use (page/engine-stage/card-door.ts).
    start: () => void startLens(new ExtensionContext('content'), (ctx) => new CardDoor(ctx)),
  };
});
