import { browser } from 'wxt/browser';
import type { Message } from '../common/messaging/messages';
import { loadSettings, saveSettings } from '../common/settings/settings-store';

export { COMMANDS } from '../common/messaging/command-names';

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
