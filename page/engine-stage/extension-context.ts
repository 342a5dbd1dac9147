import { ContentScriptContext } from 'wxt/utils/content-script-context';

// Set in this script's own JavaScript world, which page scripts cannot see or write.
const NEWEST = Symbol.for('ketamine-lens:newest-context');
type World = { [NEWEST]?: ExtensionContext };

/**
 * A ContentScriptContext that only the browser can end. WXT's own ends when a
 * `content-script-started` DOM event names another copy of the script, and any page can
 * dispatch that event. This one ends when the extension context is really gone
 * (`browser.runtime.id` undefined, checked by `isValid`) or a newer copy of this script started
 * in the same isolated world, and it announces nothing to the page.
 */
export class ExtensionContext extends ContentScriptContext {
  constructor(name: string) {
    super(name);
    (globalThis as World)[NEWEST] = this;
  }

  override get isInvalid(): boolean {
    if ((globalThis as World)[NEWEST] !== this) this.notifyInvalidated();
    return super.isInvalid;
  }

  // WXT's announcement to the page and its listener for one: neither is a channel we want.
  override stopOldScripts(): void {}
  override listenForNewerScripts(): void {}
}
