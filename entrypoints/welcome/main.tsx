import { t } from '../../common/i18n/t';
import { openShortcutSettings, readShortcuts } from '../../common/messaging/shortcuts';
import { mountPage } from '../../components/mount-page';
import { WelcomePage } from '../../components/welcome/WelcomePage';
import { CardUi } from '../../page/card/card-host';
import { ExtensionContext } from '../../page/engine-stage/extension-context';
import { startLens } from '../../page/engine-stage/start-lens';
import '../../components/theme.css';
import '../../components/shortcuts/shortcuts.css';
import '../../components/welcome/welcome.css';

mountPage(
  () => <WelcomePage shortcuts={readShortcuts} openShortcutSettings={openShortcutSettings} />,
  t('welcomeTitle'),
);

// Content scripts never run on extension pages, so this page starts the same highlighter
// and card the content script starts on every other page: the example is the real thing.
// It bundles the card already: no stage to load.
void startLens(new ExtensionContext('welcome'), (ctx) => new CardUi(ctx));
