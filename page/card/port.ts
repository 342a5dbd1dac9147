import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardHost } from './card-host';

/**
 * Where the card stage (entrypoints/card-stage.ts) leaves its handle: on the global object of
 * this extension's isolated world, which it shares with the content script and which page
 * scripts cannot see. A registered symbol, so both bundles name the same key.
 */
export const CARD_STAGE = Symbol.for('ketamine-lens:card-stage');

/** What the card stage offers the content script. */
export interface CardStage {
  createCard(ctx: ContentScriptContext): CardHost;
}

export type WithCardStage = { [CARD_STAGE]?: CardStage };

/** The card stage's file in the build (WXT puts unlisted scripts at the root). */
export const CARD_STAGE_FILE = '/card-stage.js';
