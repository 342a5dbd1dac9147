import { browser } from 'wxt/browser';
import { parseSettings, type Settings } from './settings';

// The content script's read of the settings: one `storage.local` read and its change event,
// without WXT's storage layer (the popup and the background use settings-store.ts, which
// reads and writes the same key). Nothing leaves the machine.
const KEY = 'settings';

/** Reads settings once, repairing a corrupt stored value in place. */
export async function readSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  // Nothing stored yet: the defaults, and nothing to write.
  if (stored === undefined) return parseSettings(undefined).settings;
  const { settings, repaired } = parseSettings(stored);
  if (repaired) await browser.storage.local.set({ [KEY]: settings });
  return settings;
}

/** Calls back with repaired settings whenever they change; returns the unwatch. */
export function watchStoredSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[KEY];
    if (area === 'local' && change) onChange(parseSettings(change.newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    // Removing a listener of an invalidated extension context throws; it went with it anyway.
    try {
      browser.storage.onChanged.removeListener(listener);
    } catch {}
  };
}
