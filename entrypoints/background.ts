import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listenForCommands } from '../background-services/commands';
import { createLookUpMenu, listenForLookUp } from '../background-services/context-menu';
import { FoundStore } from '../background-services/found-store';
import {
  forgetClosedTabs,
  reconcileStoredTabs,
  routeMessages,
} from '../background-services/message-router';

export default defineBackground(() => {
  const found = new FoundStore();
  browser.runtime.onInstalled.addListener(createLookUpMenu);
  listenForLookUp();
  listenForCommands();
  routeMessages(found);
  forgetClosedTabs(found);
  void reconcileStoredTabs(found);
});
