/**
 * The page engine alone (page/engine/ with the pack's matcher), bundled into a page
 * script by bundle.ts: DOM-level tests run it in plain Chromium without building or loading
 * the extension, and can await its passes instead of polling for their effects.
 */

import { matcherFor } from '../../../build/pattern-matcher';
import { DEFAULT_SETTINGS, type Settings } from '../../../common/settings/settings';
import { startPageHighlighter } from '../../../page/engine/page-highlighter';

export interface EngineRun {
  /** Resolves when the first full scan is done. */
  ready: Promise<void>;
  /** How many passes have finished, and the counts per id the last one reported. */
  passes(): number;
  /** Resolves after the next pass that finishes. */
  nextPass(): Promise<Record<string, number>>;
  /** Stops the engine: every range, style and observer it added goes. */
  stop(): void;
}

/** Starts the engine in this document with the default settings (or `changes` to them). */
export function start(changes: Partial<Settings> = {}): EngineRun {
  const settings = { ...DEFAULT_SETTINGS, ...changes };
  const controller = new AbortController();
  let passes = 0;
  let waiters: ((counts: Record<string, number>) => void)[] = [];
  const highlighter = startPageHighlighter({
    matcher: matcherFor(settings),
    style: settings.style,
    firstMentionOnly: settings.firstMentionOnly,
    signal: controller.signal,
    onScanned: (counts) => {
      passes++;
      const done = waiters;
      waiters = [];
      for (const resolve of done) resolve(counts);
    },
  });
  return {
    ready: highlighter.ready,
    passes: () => passes,
    nextPass: () => new Promise((resolve) => waiters.push(resolve)),
    stop: () => controller.abort(),
  };
}
