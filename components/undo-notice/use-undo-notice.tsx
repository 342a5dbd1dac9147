import type { ComponentChild } from 'preact';
import { useCallback, useState } from 'preact/hooks';
import type { Settings } from '../../common/settings/settings';
import {
  readerActionOf,
  type SettingsChange,
  settingsChange,
  undoSettingsChange,
} from '../../common/settings/settings-change';
import { undoNoticeText } from './notice-text';
import { UndoNotice } from './UndoNotice';

interface Shown {
  change: SettingsChange;
  text: string;
  /** A new notice for each action, so its timer starts again. */
  key: number;
}

/**
 * The undo notice of a settings page (the popup, the options page): `offer` after each change,
 * `notice` where it shows. Undo takes the latest change back on the settings stored now.
 */
export function useUndoNotice(store: {
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
}): { offer: (before: Settings, after: Settings) => void; notice: ComponentChild } {
  const [shown, setShown] = useState<Shown | null>(null);
  const offer = useCallback((before: Settings, after: Settings) => {
    const change = settingsChange(before, after);
    const action = readerActionOf(change);
    if (action)
      setShown((last) => ({ change, text: undoNoticeText(action), key: (last?.key ?? 0) + 1 }));
  }, []);
  const dismiss = useCallback(() => setShown(null), []);
  const notice = shown && (
    <UndoNotice
      key={shown.key}
      text={shown.text}
      onDismiss={dismiss}
      onUndo={(event) => {
        // Only the reader's own press: not a click a script sends.
        if (!event.isTrusted) return;
        void store
          .loadSettings()
          .then((settings) => store.saveSettings(undoSettingsChange(settings, shown.change)));
        dismiss();
      }}
    />
  );
  return { offer, notice };
}
