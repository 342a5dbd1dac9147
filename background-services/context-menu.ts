import { browser } from 'wxt/browser';
import { openSearch } from './open-search';

const LOOK_UP_ID = 'ketamine-lens-look-up';

/** Menus persist across service-worker restarts, so they are created once per install. */
export function createLookUpMenu(): void {
  browser.contextMenus.create({
    id: LOOK_UP_ID,
    title: 'Look up “%s” in Ketamine Lens',
    contexts: ['selection'],
  });
}

export function listenForLookUp(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== LOOK_UP_ID || !info.selectionText) return;
    void openSearch(info.selectionText.slice(0, 200), tab?.id);
  });
}
