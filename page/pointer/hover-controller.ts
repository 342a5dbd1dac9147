import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardHost } from '../card/port';
import type { PageHighlighter } from '../engine/page-highlighter';
import { listenToDocument, on } from './document-listeners';
import { hitTestHighlight } from './hit-test';
import { watchLinkPress } from './link-press';

// Hover intent: a pointer crossing a term on its way elsewhere opens nothing.
const OPEN_DELAY_MS = 300;
const CLOSE_DELAY_MS = 400;
// Hit-tests cost a few ms on big pages, so pointer moves are sampled, not each handled.
const SAMPLE_MS = 50;

/**
 * Opens the card for the highlighted range under a resting mouse pointer or a tap, and closes
 * it when the pointer leaves both range and card, on Escape or on a tap elsewhere. It only
 * listens: no event of the page is stopped or changed (except the browser's own answer to a
 * long press that opened a card, see link-press.ts), and hovering never moves focus.
 */
export function watchPointer(
  ctx: ContentScriptContext,
  highlighter: () => PageHighlighter | null,
  card: CardHost,
): void {
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: AbstractRange | null = null;
  let lastSample = 0;
  let trailing: ReturnType<typeof setTimeout> | undefined;

  const matchAt = (x: number, y: number) => {
    const current = highlighter();
    if (!current || current.registry.size === 0) return null;
    return hitTestHighlight(x, y, current.registry, current.shadowRoots);
  };
  const cancelOpen = () => {
    clearTimeout(openTimer);
    pending = null;
  };
  const cancelClose = () => clearTimeout(closeTimer);
  const scheduleClose = () => {
    cancelClose();
    // A card opened from the keyboard, with focus still in it, stays until the reader is done
    // with it (Escape, its close button, Tab away): a nudged mouse must not take it away.
    if (card.heldByKeyboard) return;
    closeTimer = setTimeout(() => {
      if (!card.heldByKeyboard) card.close({ restoreFocus: false });
    }, CLOSE_DELAY_MS);
  };

  const onHover = (x: number, y: number) => {
    const hit = matchAt(x, y);
    if (!hit) {
      cancelOpen();
      if (card.openRange) scheduleClose();
      return;
    }
    cancelClose();
    if (hit.range === card.openRange || hit.range === pending) return;
    cancelOpen();
    pending = hit.range;
    // The card's code loads while the pointer rests (page/engine-stage/card-door.ts).
    card.prepare?.();
    openTimer = setTimeout(() => {
      pending = null;
      void card.open(hit.range, hit.value, { focus: false, point: { x, y } });
    }, OPEN_DELAY_MS);
  };

  // Only the reader's own input counts: events a page dispatches (isTrusted false) are ignored.
  const onPointerMove = (event: PointerEvent) => {
    if (!event.isTrusted || event.pointerType !== 'mouse') return;
    if (card.contains(event)) {
      cancelClose();
      cancelOpen();
      return;
    }
    // A held button means a drag (selecting text, moving something): no card pops up over
    // what the reader is working on. An open card is left as it is until the drag ends.
    if (event.buttons !== 0) {
      cancelOpen();
      clearTimeout(trailing);
      return;
    }
    const { clientX, clientY } = event;
    clearTimeout(trailing);
    const now = performance.now();
    if (now - lastSample >= SAMPLE_MS) {
      lastSample = now;
      onHover(clientX, clientY);
    } else {
      // The last position of a burst is still tested, once the pointer settles.
      trailing = setTimeout(() => onHover(clientX, clientY), SAMPLE_MS);
    }
  };

  // Pressing the button on a term (to click, or to start selecting) cancels a pending open.
  const onPointerDown = (event: PointerEvent) => {
    if (event.isTrusted && event.pointerType === 'mouse') cancelOpen();
  };

  // A word inside a link opens its card on a long press, since a tap follows the link.
  const linkPress = watchLinkPress({
    linkWordAt: (x, y) => {
      const hit = matchAt(x, y);
      return hit && isInLink(hit.range) ? hit : null;
    },
    open: (match, point) => {
      // Still shown after the press: the page may have changed meanwhile.
      if (match.shown) void card.open(match.range, match.value, { focus: false, point });
    },
    openRange: () => card.openRange,
  });

  const onPointerUp = (event: PointerEvent) => {
    if (!event.isTrusted || event.pointerType === 'mouse' || card.contains(event)) return;
    // The end of the long press that opened a card leaves it open.
    if (linkPress.answered) return;
    const hit = matchAt(event.clientX, event.clientY);
    // A tap on a term opens its card, unless the term is part of a link: links still work.
    if (hit && !isInLink(hit.range)) {
      const point = { x: event.clientX, y: event.clientY };
      void card.open(hit.range, hit.value, { focus: false, point });
    } else card.close({ restoreFocus: false });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // This capture listener runs before the card's own Escape handler, so it must be the one
    // to give focus back to where it was before a keyboard open.
    // An open menu in the card takes Escape first (it closes the menu, not the card).
    if (event.isTrusted && event.key === 'Escape' && card.openRange && !card.holdsEscape) {
      card.close({ restoreFocus: true });
    }
  };

  const quiet = { passive: true, capture: true };
  listenToDocument(ctx, [
    on('pointermove', onPointerMove, quiet),
    on('pointerdown', onPointerDown, quiet),
    on('pointerup', onPointerUp, quiet),
    on('keydown', onKeyDown, { capture: true }),
    ...linkPress.listeners,
  ]);
  ctx.onInvalidated(() => {
    cancelOpen();
    cancelClose();
    clearTimeout(trailing);
    linkPress.cancel();
  });
}

function isInLink(range: AbstractRange): boolean {
  const element = range.startContainer.parentElement;
  return element?.closest('a[href]') != null;
}
