import { browser } from 'wxt/browser';
import type { Message } from '../messaging/messages';
import { loadSettings, saveSettings } from '../settings/settings-store';

/** The keyboard commands declared in the manifest (see wxt.config.ts). */
export const COMMANDS = ['toggle-highlighting', 'next-term'] as const;

/**
 * What each keyboard command does. Exported on its own (and registered as the listener) so it
 * can be tested without pressing browser shortcuts, which no headless browser can do.
 */
export async function runCommand(command: string): Promise<void> {
  if (command === 'toggle-highlighting') {
    const settings = await loadSettings();
    await saveSettings({ ...settings, enabled: !settings.enabled });
  } else if (command === 'next-term') {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const message: Message = { type: 'step-term' };
    // The top frame steps through its own terms; frames keep theirs (documented).
    await browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => {});
  }
}

export function listenForCommands(): void {
  browser.commands.onCommand.addListener((command) => void runCommand(command));
}
