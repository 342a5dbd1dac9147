import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listenForCommands } from '../background-services/commands';
import { createLookUpMenu, listenForLookUp } from '../background-services/context-menu';
import { FoundStore } from '../background-services/found-store';
import { forgetClosedTabs, routeMessages } from '../background-services/message-router';
import { welcomeOnInstall } from '../background-services/welcome';

export default defineBackground(() => {
  const found = new FoundStore();
  browser.runtime.onInstalled.addListener((details) => {
    createLookUpMenu();
    void welcomeOnInstall(details);
  });
  listenForLookUp();
  listenForCommands();
  routeMessages(found);
  forgetClosedTabs(found);
});
