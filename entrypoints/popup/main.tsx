import { browser } from 'wxt/browser';
import { dismissWhatsNew, pendingWhatsNew } from '../../common/changelog/whats-new-flag';
import { isSearchPage } from '../../common/messaging/search-page';
import { readShortcuts } from '../../common/messaging/shortcuts';
import {
  foundInTab,
  originOfTab,
  revealInTab,
  targetTabId,
  watchFoundInTab,
} from '../../common/messaging/tab-requests';
import { loadSettings, saveSettings, watchSettings } from '../../common/settings/settings-store';
import { knowledgeFor } from '../../components/knowledge/knowledge-in';
import { mountWithKnowledge } from '../../components/mount-page';
import { Popup, type PopupServices } from '../../components/popup/Popup';
import '../../components/theme.css';
import '../../components/fact-card/fact-card.css';
import '../../components/hover-card/hover-card.css';
import '../../components/popup/popup.css';
import '../../components/popup/settings-panel.css';
import '../../components/popup/term-switches.css';
import '../../components/undo-notice/undo-notice.css';

const services: PopupServices = {
  loadSettings,
  saveSettings,
  watchSettings,
  targetTab: targetTabId,
  foundInTab,
  watchFoundInTab,
  originOfTab,
  revealInTab,
  shortcuts: readShortcuts,
  knowledgeFor,
  whatsNew: isSearchPage(location.href)
    ? undefined
    : {
        pending: pendingWhatsNew,
        dismiss: dismissWhatsNew,
        href: browser.runtime.getURL('/options.html#whats-new'),
      },
  close: isSearchPage(location.href) ? undefined : () => window.close(),
};

const initialQuery = new URL(location.href).searchParams.get('q') ?? '';
// The popup speaks the reader's language; each card's text is marked with the cards' language.
mountWithKnowledge(() => <Popup services={services} initialQuery={initialQuery} />);
