import { render } from 'preact';
import { Popup, type PopupServices } from '../../components/popup/Popup';
import { shownLanguage } from '../../i18n/t';
import { isSearchPage } from '../../messaging/search-page';
import { readShortcuts } from '../../messaging/shortcuts';
import {
  foundInTab,
  originOfTab,
  revealInTab,
  targetTabId,
  watchFoundInTab,
} from '../../messaging/tab-requests';
import { loadSettings, saveSettings, watchSettings } from '../../settings/settings-store';
import '../../components/theme.css';
import '../../components/fact-card/fact-card.css';
import '../../components/popup/popup.css';
import '../../components/popup/term-switches.css';

// The popup speaks the reader's language; the card text inside it is marked lang="en".
document.documentElement.lang = shownLanguage();

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
  close: isSearchPage(location.href) ? undefined : () => window.close(),
};

const initialQuery = new URL(location.href).searchParams.get('q') ?? '';
render(
  <Popup services={services} initialQuery={initialQuery} />,
  document.getElementById('app') as HTMLElement,
);
