import type { CardHost } from '../card/port';
import type { MatchValue } from '../engine/match-value';
import type { PageHighlighter } from '../engine/page-highlighter';
import { precedes, sortInReadingOrder } from '../engine/reading-order';
import { blockedByModal, isModalOpen } from './modal-dialog';

/**
 * Keyboard and popup navigation: moves to the next highlighted range (of any id, or of one
 * id), scrolls it into view and opens its card with focus in it.
 */
export class TermStepper {
  private last: AbstractRange | null = null;

  constructor(
    private readonly highlighter: () => PageHighlighter | null,
    private readonly card: CardHost,
  ) {}

  /** Returns false when nothing (matching) is highlighted. */
  async next(id?: string): Promise<boolean> {
    const current = this.highlighter();
    if (!current) return false;
    const ranges: AbstractRange[] = [];
    const modalOpen = isModalOpen();
    for (const range of current.registry.ranges()) {
      const value = current.registry.valueOf(range);
      // Terms behind the page's open modal dialog are inert: their card could take no focus.
      if (value && (id === undefined || value.id === id) && !blockedByModal(range, modalOpen))
        ranges.push(range);
    }
    if (ranges.length === 0) return false;
    sortInReadingOrder(ranges);
    const target = this.after(ranges);
    this.last = target;
    scrollToRange(target);
    await this.card.open(target, current.registry.valueOf(target) as MatchValue, { focus: true });
    return true;
  }

  /** The first range after the last one visited, wrapping round at the end. */
  private after(ranges: AbstractRange[]): AbstractRange {
    const last = this.last;
    if (!last?.startContainer.isConnected) return ranges[0] as AbstractRange;
    const index = ranges.indexOf(last);
    if (index >= 0) return ranges[(index + 1) % ranges.length] as AbstractRange;
    const later = ranges.find((range) => precedes(last, range));
    return later ?? (ranges[0] as AbstractRange);
  }
}

function scrollToRange(range: AbstractRange): void {
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
}
