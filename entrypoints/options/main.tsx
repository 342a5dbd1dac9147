import { browser } from 'wxt/browser';
import { t } from '../../common/i18n/t';
import { openShortcutSettings, readShortcuts } from '../../common/messaging/shortcuts';
import { loadSettings, saveSettings, watchSettings } from '../../common/settings/settings-store';
import { mountWithKnowledge } from '../../components/mount-page';
import { OptionsPage } from '../../components/options/OptionsPage';
import '../../components/theme.css';
import '../../components/popup/settings-panel.css';
import '../../components/popup/term-switches.css';
import '../../components/shortcuts/shortcuts.css';
import '../../components/undo-notice/undo-notice.css';
import '../../components/options/options.css';

document.documentElement.classList.add('kl-theme');

// The term switches name terms in the cards' language.
mountWithKnowledge(
  () => (
    <OptionsPage
      services={{
        version: browser.runtime.getManifest().version,
        loadSettings,
        saveSettings,
        watchSettings,
        shortcuts: readShortcuts,
        openShortcutSettings,
      }}
    />
  ),
  t('optionsTitle'),
);
