import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { publishTabFound } from '../background/announce-found';
import { listenForCommands } from '../background/commands';
import { createLookUpMenu, listenForLookUp } from '../background/context-menu';
import { FoundStore } from '../background/found-store';
import { forgetClosedTabs, reconcileStoredTabs, routeMessages } from '../background/message-router';
import { welcomeOnInstall } from '../background/welcome';
import { noteUpdate } from '../background/whats-new';

export default defineBackground(() => {
  const found = new FoundStore(publishTabFound);
  // Firefox for Android has neither context menus nor keyboard commands; the rest works there.
  const hasMenus = browser.contextMenus !== undefined;
  browser.runtime.onInstalled.addListener((details) => {
    void welcomeOnInstall(details);
    void noteUpdate(details);
    if (hasMenus) createLookUpMenu();
  });
  if (hasMenus) listenForLookUp();
  if (browser.commands !== undefined) listenForCommands();
  routeMessages(found);
  forgetClosedTabs(found);
  void reconcileStoredTabs(found);
});
