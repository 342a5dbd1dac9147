import type { MessageKey } from '../../common/i18n/message-keys';
import { t } from '../../common/i18n/t';
import type { CommandName, Shortcut } from '../../common/messaging/shortcuts';
import { ShortcutKeys } from './ShortcutKeys';

/** What each command is called here; the same strings the browser's shortcut settings show. */
const COMMAND_TEXT: Record<CommandName, MessageKey> = {
  'next-term': 'commandNextTerm',
  'toggle-highlighting': 'commandToggleHighlighting',
};

/** Our commands, each with the keys the browser has for it now (or that none is set). */
export function ShortcutList({ shortcuts, label }: { shortcuts: Shortcut[]; label: string }) {
  return (
    <ul class="kl-shortcuts" aria-label={label}>
      {shortcuts.map((shortcut) => (
        <li key={shortcut.name} data-command={shortcut.name}>
          {shortcut.keys ? (
            <ShortcutKeys keys={shortcut.keys} />
          ) : (
            <span class="kl-shortcuts__unset">{t('welcomeShortcutUnset')}</span>
          )}
          <span>{t(COMMAND_TEXT[shortcut.name])}</span>
        </li>
      ))}
    </ul>
  );
}
