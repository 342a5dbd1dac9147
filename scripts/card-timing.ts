/**
 * Timing from hover intent to a visible card, in the page: shared by the Chromium and the
 * Firefox bench, each passing these functions to its driver's `page.evaluate`.
 */

/** The pause before a card opens (page/pointer/hover-controller.ts). */
export const OPEN_DELAY_MS = 300;

/** Scrolls the first highlighted term into view and gives a point on its first line. */
export function firstTermPoint(): { x: number; y: number } {
  // Highlights hold static ranges: a live one over the same bounds measures the word.
  const found = [...(CSS.highlights.get('ketamine-lens-term') ?? [])][0] as AbstractRange;
  const range = new Range();
  range.setStart(found.startContainer, found.startOffset);
  range.setEnd(found.endContainer, found.endOffset);
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  // A term wrapped over two lines has a bounding box whose middle may be on neither.
  const r = range.getClientRects()[0] as DOMRect;
  return { x: r.left + Math.min(r.width / 2, 8), y: r.top + r.height / 2 };
}

/** Notes the first pointer move and starts looking, each frame, for a card with a size. */
export function armCardTimer(): void {
  const w = window as unknown as { __klMove?: number; __klShown?: Promise<number> };
  addEventListener('pointermove', () => {
    w.__klMove ??= performance.now();
  });
  w.__klShown = new Promise((resolve) => {
    const look = () => {
      const card = document
        .querySelector('ketamine-lens-card')
        ?.shadowRoot?.querySelector('.kl-hover');
      const box = card?.getBoundingClientRect();
      if (box && box.height > 0) resolve(performance.now());
      else requestAnimationFrame(look);
    };
    look();
  });
}

/** Milliseconds from the intent (first move plus the open delay) to the visible card. */
export async function intentToShownMs(delay: number): Promise<number> {
  const w = window as unknown as { __klMove: number; __klShown: Promise<number> };
  return (await w.__klShown) - w.__klMove - delay;
}
