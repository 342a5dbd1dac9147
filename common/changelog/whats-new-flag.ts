import { storage } from 'wxt/utils/storage';
import { STORAGE_KEYS } from '../messaging/messages';

// Set by the background after an update worth telling, cleared when the reader dismisses the
// popup's line or follows it. Holds the version the line is about.
const flag = storage.defineItem<string | null>(STORAGE_KEYS.whatsNew, { fallback: null });

/** The version the popup's "What's new" line is about, or null when there is none to show. */
export async function pendingWhatsNew(): Promise<string | null> {
  const value = await flag.getValue();
  return typeof value === 'string' ? value : null;
}

export function markWhatsNew(version: string): Promise<void> {
  return flag.setValue(version);
}

export function dismissWhatsNew(): Promise<void> {
  return flag.removeValue();
}
