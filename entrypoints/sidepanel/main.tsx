import { openSearchFor, watchActiveTab } from '../../common/messaging/active-tab';
import {
  foundInTab,
  originOfTab,
  watchFoundInTab,
  watchPointed,
} from '../../common/messaging/tab-requests';
import { loadSettings, watchSettings } from '../../common/settings/settings-store';
import { knowledgeFor } from '../../components/knowledge/knowledge-in';
import { mountWithKnowledge } from '../../components/mount-page';
import { SidePanel, type SidePanelServices } from '../../components/side-panel/SidePanel';
import '../../components/theme.css';
import '../../components/fact-card/fact-card.css';
import '../../components/hover-card/hover-card.css';
import '../../components/popup/popup.css';
import '../../components/side-panel/side-panel.css';

const services: SidePanelServices = {
  loadSettings,
  watchSettings,
  watchActiveTab,
  foundInTab,
  watchFoundInTab,
  originOfTab,
  watchPointed,
  knowledgeFor,
  openSearch: (query, tabId) => void openSearchFor(query, tabId),
};

mountWithKnowledge(() => <SidePanel services={services} />);
