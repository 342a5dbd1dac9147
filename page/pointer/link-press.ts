import type { ShownMatch } from '../engine/highlight-lookup';
import { on } from './document-listeners';

// Android's long-press time; a finger that travels further than a tap's slop is scrolling.
const LONG_PRESS_MS = 500;
const SLOP_PX = 10;

export interface LinkPressOptions {
  /** The highlighted match under a point, when it lies inside a link, else null. */
  linkWordAt: (x: number, y: number) => ShownMatch | null;
  /** Opens the card of that match at the finger's point. */
  open: (match: ShownMatch, point: { x: number; y: number }) => void;
  /** The range whose card is open now. */
  openRange: () => AbstractRange | null;
}

/**
 * A long press on a highlighted word inside a link opens its card, since a tap there follows
 * the link. A tap, a scroll or a press anywhere else is left to the browser. Of the press that
 * opened a card, the browser's own long-press answer is cancelled: its context menu (Android
 * shows one at the same moment, over the card) and the click some browsers send on release
 * (which would follow the link). A second long press on the word while its card is open is
 * left alone, so the link's own menu is one more press away. Only trusted input counts.
 */
export function watchLinkPress(options: LinkPressOptions) {
  let press: {
    pointerId: number;
    x: number;
    y: number;
    match: ShownMatch;
    timer: ReturnType<typeof setTimeout>;
  } | null = null;
  // Set from the moment a press opens a card until the next pointer or key press.
  let answered = false;

  const cancelPress = () => {
    if (press) clearTimeout(press.timer);
    press = null;
  };
  const fire = () => {
    if (!press) return;
    const { match, x, y } = press;
    cancelPress();
    answered = true;
    options.open(match, { x, y });
  };

  const onPointerDown = (event: PointerEvent) => {
    if (!event.isTrusted) return;
    cancelPress();
    answered = false;
    // A second finger is a pinch, not a press.
    if (event.pointerType === 'mouse' || !event.isPrimary) return;
    const match = options.linkWordAt(event.clientX, event.clientY);
    if (!match || match.range === options.openRange()) return;
    press = {
      pointerId: event.pointerId,
      x: event.clientX,
      y: event.clientY,
      match,
      timer: setTimeout(fire, LONG_PRESS_MS),
    };
  };
  const onPointerMove = (event: PointerEvent) => {
    if (!event.isTrusted || event.pointerId !== press?.pointerId) return;
    if (Math.hypot(event.clientX - press.x, event.clientY - press.y) > SLOP_PX) cancelPress();
  };
  // Lifted before the time (a tap: the link is followed) or taken over by a scroll.
  const onPointerEnd = (event: PointerEvent) => {
    if (event.isTrusted && event.pointerId === press?.pointerId) cancelPress();
  };
  const onContextMenu = (event: MouseEvent) => {
    if (!event.isTrusted) return;
    // The browser's long press came first (its time can be shorter than ours).
    if (press) fire();
    if (answered) event.preventDefault();
  };
  const onClick = (event: MouseEvent) => {
    if (!event.isTrusted || !answered) return;
    answered = false;
    // Only the default action (following the link) is cancelled; the page still sees the click.
    event.preventDefault();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isTrusted) answered = false;
  };

  const quiet = { passive: true, capture: true };
  return {
    /** Whether the press just released opened a card: its release must not close it. */
    get answered() {
      return answered;
    },
    cancel: cancelPress,
    listeners: [
      on('pointerdown', onPointerDown, quiet),
      on('pointermove', onPointerMove, quiet),
      on('pointerup', onPointerEnd, quiet),
      on('pointercancel', onPointerEnd, quiet),
      on('contextmenu', onContextMenu, { capture: true }),
      on('click', onClick, { capture: true }),
      on('keydown', onKeyDown, quiet),
    ],
  };
}
