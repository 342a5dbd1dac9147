import { browser } from 'wxt/browser';
import { t } from '../common/i18n/t';
import { openSearch } from './open-search';

export const LOOK_UP_ID = 'ketamine-lens-look-up';
/** Longer selections are cut here, well inside the 500 characters `open-search` accepts. */
export const MAX_SELECTION = 200;

/** Menus persist across service-worker restarts, so they are created once per install. */
export function createLookUpMenu(): void {
  browser.contextMenus.create({
    id: LOOK_UP_ID,
    // `%s` is the selection; the browser fills it in.
    title: t('contextMenuLookUp'),
    contexts: ['selection'],
  });
}

/**
 * The menu's click handler, exported (and registered as the listener) so it can be tested:
 * headless browsers have no context menu to click. It opens the search like the hover card's
 * "open search" message does, through the same `openSearch`.
 */
export async function lookUpSelection(
  info: { menuItemId: string | number; selectionText?: string },
  tab?: { id?: number },
): Promise<void> {
  if (info.menuItemId !== LOOK_UP_ID) return;
  const selection = info.selectionText?.trim().slice(0, MAX_SELECTION) ?? '';
  if (!selection) return;
  await openSearch(selection, tab?.id);
}

export function listenForLookUp(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => void lookUpSelection(info, tab));
}
