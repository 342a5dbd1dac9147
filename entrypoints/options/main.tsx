import { render } from 'preact';
import { browser } from 'wxt/browser';
import { shownLanguage, t } from '../../common/i18n/t';
import { openShortcutSettings, readShortcuts } from '../../common/messaging/shortcuts';
import { loadSettings, saveSettings, watchSettings } from '../../common/settings/settings-store';
import { knowledgeFor } from '../../components/knowledge/knowledge-in';
import { showKnowledge } from '../../components/knowledge/reader-knowledge';
import { OptionsPage } from '../../components/options/OptionsPage';
import '../../components/theme.css';
import '../../components/popup/settings-panel.css';
import '../../components/popup/term-switches.css';
import '../../components/shortcuts/shortcuts.css';
import '../../components/undo-notice/undo-notice.css';
import '../../components/options/options.css';

document.documentElement.lang = shownLanguage();
document.documentElement.classList.add('kl-theme');
document.title = t('optionsTitle');

// The term switches name terms in the cards' language, so it is loaded before the first render.
void loadSettings()
  .then(knowledgeFor)
  .then(showKnowledge)
  .finally(() =>
    render(
      <OptionsPage
        services={{
          version: browser.runtime.getManifest().version,
          loadSettings,
          saveSettings,
          watchSettings,
          shortcuts: readShortcuts,
          openShortcutSettings,
        }}
      />,
      document.getElementById('app') as HTMLElement,
    ),
  );
