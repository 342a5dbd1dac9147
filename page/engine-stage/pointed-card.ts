import { browser } from 'wxt/browser';
import type { Message } from '../../common/messaging/messages';
import type { CardHost } from '../card/port';

/**
 * The card as the page's pointer and keyboard see it. Each open also tells the background
 * which term it was for, and the background tells the extension's side panel only: nothing
 * is dispatched on the page. In discreet mode that is all: the card stage is never loaded
 * and nothing opens in the page.
 */
export function cardTellingPanel(
  card: CardHost,
  options: { discreet: () => boolean; isValid: () => boolean },
): CardHost {
  const tell = (id: string) => {
    if (!options.isValid()) return;
    const message: Message = { type: 'point-at', id };
    // No side panel open, or a worker stopping: nobody needs to hear it.
    browser.runtime.sendMessage(message).catch(() => {});
  };
  // In discreet mode, the range last told: the pointer resting on it again tells nothing
  // new, and leaving it "closes" it, as a card would close.
  let told: AbstractRange | null = null;
  return {
    get openRange() {
      return options.discreet() ? told : card.openRange;
    },
    get heldByKeyboard() {
      return card.heldByKeyboard;
    },
    get holdsEscape() {
      return card.holdsEscape;
    },
    contains: (event) => card.contains(event),
    open: async (range, value, openOptions) => {
      tell(value.id);
      if (options.discreet()) told = range;
      else await card.open(range, value, openOptions);
    },
    close: (closeOptions) => {
      told = null;
      card.close(closeOptions);
    },
    prepare: () => {
      if (!options.discreet()) card.prepare?.();
    },
  };
}
