import type { HighlightRegistry } from './highlight-registry';
import type { HighlightStyles } from './highlight-styles';

// Nothing tells us when a page clears CSS.highlights or replaces adopted stylesheets, so
// while we own ranges in a visible document we look, four times a second, at a cost of a few
// property reads. A document with no ranges, or hidden, is not looked at.
const CHECK_MS = 250;
// Shadow roots checked per look, in turn, so a page with thousands costs no more per look.
const SHADOW_ROOTS_PER_CHECK = 128;

export interface HighlightGuard {
  /** Repairs now (after a scan pass, say), and keeps looking while there is something to guard. */
  check(): void;
}

/**
 * Keeps our highlights registered and styled whatever the page does to `CSS.highlights` or to
 * its roots' adopted stylesheets. `isValid` is asked before each repair: a copy of this script
 * whose extension is gone must not fight a newer copy over the same names.
 */
export function guardHighlights(
  registry: HighlightRegistry,
  styles: HighlightStyles,
  options: { signal: AbortSignal; isValid: () => boolean },
): HighlightGuard {
  const { signal, isValid } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = () => {
    clearTimeout(timer);
    timer = undefined;
    if (signal.aborted || !isValid()) return;
    registry.reassert();
    styles.reassert(SHADOW_ROOTS_PER_CHECK);
    if (registry.size > 0 && document.visibilityState === 'visible') {
      timer = setTimeout(check, CHECK_MS);
    }
  };

  document.addEventListener('visibilitychange', check, { signal });
  signal.addEventListener('abort', () => clearTimeout(timer));
  return { check };
}
