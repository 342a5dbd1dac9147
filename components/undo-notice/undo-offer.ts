import { createContext } from 'preact';
import type { Settings } from '../../common/settings/settings';

/**
 * Offers to undo a change an action is about to save: called with the settings before and
 * after, just before the save, so the notice is up before the page restarts its highlighter.
 * `byKeyboard`: the action was pressed from the keyboard (the notice then takes focus).
 */
export type OfferUndo = (before: Settings, after: Settings, byKeyboard: boolean) => void;

/** Where a view's actions find the undo offer of the page that shows them; none: no notice. */
export const UndoOffer = createContext<OfferUndo | null>(null);
