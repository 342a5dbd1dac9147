import { storage } from 'wxt/utils/storage';
import { STORAGE_KEYS } from '../messaging/messages';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings';

// Settings live in local storage: nothing leaves the machine.
const settingsItem = storage.defineItem<unknown>(STORAGE_KEYS.settings, {
  fallback: DEFAULT_SETTINGS,
});

/** Reads settings, repairing a corrupt stored value in place. */
export async function loadSettings(): Promise<Settings> {
  const { settings, repaired } = parseSettings(await settingsItem.getValue());
  if (repaired) await settingsItem.setValue(settings);
  return settings;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(parseSettings(settings).settings);
}

/** Calls back with validated settings whenever they change, in any tab or the popup. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const unwatch = settingsItem.watch((value) => onChange(parseSettings(value).settings));
  return () => {
    // Content scripts unwatch when the extension is reloaded or updated, when removing the
    // storage listener throws "Extension context invalidated"; the listener went with the
    // old context anyway.
    try {
      unwatch();
    } catch {}
  };
}
