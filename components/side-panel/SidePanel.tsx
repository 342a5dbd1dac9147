import { useEffect, useState } from 'preact/hooks';
import { t } from '../../common/i18n/t';
import type { TabFound } from '../../common/messaging/messages';
import type { Settings } from '../../common/settings/settings';
import { CardFor } from '../hover-card/CardFor';
import type { ReaderKnowledge } from '../knowledge/reader-knowledge';
import { useReaderKnowledge } from '../knowledge/use-reader-knowledge';
import { OnThisPage } from '../popup/OnThisPage';
import { Attribution } from '../source-note/source-credits';

/** What the side panel needs from the browser, passed in so the UI holds no extension calls. */
export interface SidePanelServices {
  loadSettings(): Promise<Settings>;
  watchSettings(onChange: (settings: Settings) => void): () => void;
  /** Calls back with the active tab of the panel's window now and each time it changes. */
  watchActiveTab(onTab: (tabId: number | undefined) => void): () => void;
  foundInTab(tabId: number): Promise<TabFound>;
  watchFoundInTab(tabId: number, onChange: (found: TabFound) => void): () => void;
  originOfTab(tabId: number): Promise<string | null>;
  /** Calls back with each term the pointer rests on in a tab (told by the background only). */
  watchPointed(onPointed: (tabId: number, id: string) => void): () => void;
  knowledgeFor(settings: Settings): Promise<ReaderKnowledge>;
  openSearch(query: string, tabId: number | undefined): void;
}

interface TabState {
  tabId: number;
  found: TabFound | null;
  origin: string | null;
}

/**
 * The browser's side panel (Chrome) or sidebar (Firefox): follows the active tab, lists what it
 * mentions and shows the card of the term the pointer rests on in the page, or of one chosen
 * in the list. In discreet mode this and the popup are the only places cards are read.
 */
export function SidePanel({ services }: { services: SidePanelServices }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  const [tab, setTab] = useState<TabState | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);

  useEffect(() => {
    void services.loadSettings().then(setSettings);
    return services.watchSettings(setSettings);
  }, [services]);
  const knowledge = useReaderKnowledge(settings, services.knowledgeFor);

  useEffect(() => services.watchActiveTab(setTabId), [services]);

  // Each tab has its own list and its own card: a switch starts afresh.
  useEffect(() => {
    setTab(null);
    setChosen(null);
    if (tabId === undefined) return;
    let closed = false;
    const unwatchFound = services.watchFoundInTab(tabId, (found) => {
      setTab((current) => (current?.tabId === tabId ? { ...current, found } : current));
      // The tab went from a page closed to us (a new tab) to one we read: its origin now.
      void services.originOfTab(tabId).then((origin) => {
        if (!closed)
          setTab((current) => (current?.tabId === tabId ? { ...current, origin } : current));
      });
    });
    const unwatchPointed = services.watchPointed((from, id) => {
      if (from === tabId) setChosen(id);
    });
    void (async () => {
      const origin = await services.originOfTab(tabId);
      const found = origin === null ? null : await services.foundInTab(tabId);
      if (!closed) setTab({ tabId, found, origin });
    })();
    return () => {
      closed = true;
      unwatchFound();
      unwatchPointed();
    };
  }, [services, tabId]);

  const paused = Boolean(settings && tab?.origin && settings.pausedOrigins.includes(tab.origin));
  const off = settings !== null && !settings.enabled;
  return (
    <div class="kl-theme kl-page kl-popup kl-panel">
      <header class="kl-popup__header kl-panel__header">
        <h1 class="kl-popup__title">Ketamine Lens</h1>
        {settings?.discreet && <p class="kl-panel__note">{t('discreetNote')}</p>}
      </header>
      {/* Keyed by the cards' language, as in the popup. */}
      <main key={knowledge.language} class="kl-popup__main">
        <section class="kl-section" aria-labelledby="kl-panel-card">
          <h2 id="kl-panel-card" class="kl-section__title">
            {t('sidePanelCardHeading')}
          </h2>
          {chosen ? (
            <div class="kl-panel__card" data-card-for={chosen}>
              <CardFor
                id={chosen}
                onClose={() => setChosen(null)}
                onOpenSearch={(query) => services.openSearch(query, tabId)}
              />
            </div>
          ) : (
            <p class="kl-empty">{t('sidePanelPointHint')}</p>
          )}
        </section>
        {tab && <OnThisPage found={tab.found} off={off} paused={paused} onReveal={setChosen} />}
      </main>
      <Attribution />
    </div>
  );
}
