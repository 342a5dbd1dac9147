import type { CardHost } from '../card/port';
import type { ShownMatch } from '../engine/highlight-lookup';
import type { PageHighlighter } from '../engine/page-highlighter';
import { compareReadingOrder, precedes } from '../engine/reading-order';
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
    const modalOpen = isModalOpen();
    // Terms behind the page's open modal dialog are inert: their card could take no focus.
    const matches = [...current.registry.shown()].filter(
      ({ range, value }) =>
        (id === undefined || value.id === id) && !blockedByModal(range, modalOpen),
    );
    if (matches.length === 0) return false;
    matches.sort((a, b) => compareReadingOrder(a.range, b.range));
    const target = this.after(matches);
    this.last = target.range;
    scrollToRange(target.range);
    await this.card.open(target.range, target.value, { focus: true });
    return true;
  }

  /** The first match after the last one visited, wrapping round at the end. */
  private after(matches: ShownMatch[]): ShownMatch {
    const last = this.last;
    const first = matches[0] as ShownMatch;
    if (!last?.startContainer.isConnected) return first;
    const index = matches.findIndex((match) => match.range === last);
    if (index >= 0) return matches[(index + 1) % matches.length] as ShownMatch;
    return matches.find((match) => precedes(last, match.range)) ?? first;
  }
}

function scrollToRange(range: AbstractRange): void {
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
}
