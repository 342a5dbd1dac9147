import { browser } from 'wxt/browser';
import { COMMANDS } from './command-names';

export type CommandName = (typeof COMMANDS)[number];

/** One of our keyboard commands as the browser has it now (the reader may have changed it). */
export interface Shortcut {
  name: CommandName;
  /** What it does, in the reader's language (the manifest's localized description). */
  description: string;
  /** e.g. "Alt+Shift+K" (or "⌥⇧K" on a Mac); empty when no key is set. */
  keys: string;
}

/** The current keys of our commands, read from the browser rather than the manifest. */
export async function readShortcuts(): Promise<Shortcut[]> {
  // Firefox for Android has no keyboard commands at all.
  if (browser.commands === undefined) return [];
  const commands = await browser.commands.getAll();
  return commands.flatMap((command) =>
    isOurCommand(command.name)
      ? [
          {
            name: command.name,
            description: command.description ?? '',
            keys: command.shortcut ?? '',
          },
        ]
      : [],
  );
}

function isOurCommand(name: string | undefined): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name ?? '');
}

/**
 * Opens the browser's own page for changing shortcuts: Firefox has an API for it; Chromium
 * browsers have chrome://extensions/shortcuts (Edge and others redirect it to their own).
 */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & {
    openShortcutSettings?: () => Promise<void>;
  };
  if (commands.openShortcutSettings) {
    await commands.openShortcutSettings();
    return;
  }
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
