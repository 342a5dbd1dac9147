import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MatchValue } from '../engine/match-value';

// The card stage's port: what the engine stage may know of the card without loading it.
// Types and constants only, so importing it brings in no card code (Preact, Floating UI).

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

/**
 * What the engine stage (its pointer, stepper and wiring) knows of the card. It holds a
 * `CardDoor` (page/engine-stage/card-door.ts) that loads the card stage, `CardUi` in
 * card-host.tsx and its UI, on first use; the welcome page, which bundles everything, holds a `CardUi`.
 */
export interface CardHost {
  readonly openRange: AbstractRange | null;
  readonly heldByKeyboard: boolean;
  contains(event: Event): boolean;
  /** Whether Escape is the card's own to handle now (it closes the card's open menu first). */
  readonly holdsEscape: boolean;
  open(
    range: AbstractRange,
    value: MatchValue,
    options: { focus: boolean; point?: { x: number; y: number } },
  ): Promise<void>;
  close(options: { restoreFocus: boolean }): void;
  /** Starts loading what `open` needs (a hover that may become an intent). */
  prepare?(): void;
}
