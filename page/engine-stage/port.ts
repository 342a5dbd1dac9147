// The engine stage's port: what the sentinel may know of the engine stage without loading it.
// Constants and types only, and no imports, so the sentinel stays a few kilobytes.

/**
 * Where the engine stage (entrypoints/engine-stage.ts) leaves its handle: on the global
 * object of this extension's isolated world, which it shares with the sentinel and which page
 * scripts cannot see. A registered symbol, so both bundles name the same key.
 */
export const ENGINE_STAGE = Symbol.for('ketamine-lens:engine-stage');

/** What the engine stage offers the sentinel. */
export interface EngineStage {
  /** Starts Ketamine Lens in this document; it answers the frame's requests from then on. */
  start(): void;
}

export type WithEngineStage = { [ENGINE_STAGE]?: EngineStage };

/** The engine stage's file in the build (WXT puts unlisted scripts at the root). */
export const ENGINE_STAGE_FILE = '/engine-stage.js';
