import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CardUi } from '../page/card/card-host';
import { CARD_STAGE, type WithCardStage } from '../page/card/port';

// The card stage: Preact, Floating UI, the cards and the card's own handling. A frame's
// content script imports it on its first card (page/engine-stage/card-door.ts); it only leaves a
// handle for the content script to pick up.
export default defineUnlistedScript(() => {
  (globalThis as WithCardStage)[CARD_STAGE] = { createCard: (ctx) => new CardUi(ctx) };
});
