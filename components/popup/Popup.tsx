import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../common/i18n/t';
import type { TabFound } from '../../common/messaging/messages';
import type { Shortcut } from '../../common/messaging/shortcuts';
import type { Settings } from '../../common/settings/settings';
import type { EntryType } from '../../content/kinds';
import { pack } from '../../content/pack';
import { packSearchDocuments, suggestableTerms } from '../../content/search-documents';
import { clip, MAX_QUERY_LENGTH } from '../../core/card-search/normalise-query';
import {
  type CardSearch,
  createCardSearch,
  type SearchOutcome,
} from '../../core/card-search/search-cards';
import { createTermSuggester } from '../../core/card-search/suggest-terms';
import { CardFor } from '../hover-card/CardFor';
import type { ReaderKnowledge } from '../knowledge/reader-knowledge';
import { useReaderKnowledge } from '../knowledge/use-reader-knowledge';
import { Attribution } from '../source-note/source-credits';
import { useUndoNotice } from '../undo-notice/use-undo-notice';
import { BrowseCards } from './BrowseCards';
import { OnThisPage } from './OnThisPage';
import { SearchResults } from './SearchResults';
import { SettingsPanel } from './SettingsPanel';
import { ShortcutHint } from './ShortcutHint';
import { WhatsNewLine, type WhatsNewServices } from './WhatsNewLine';

/** What the popup needs from the browser, passed in so the UI holds no extension calls. */
export interface PopupServices {
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  watchSettings(onChange: (settings: Settings) => void): () => void;
  targetTab(): Promise<number | undefined>;
  foundInTab(tabId: number): Promise<TabFound>;
  /** Calls back with the tab's findings each time they change (a rescan, a pause, a resume). */
  watchFoundInTab(tabId: number, onChange: (found: TabFound) => void): () => void;
  originOfTab(tabId: number): Promise<string | null>;
  revealInTab(tabId: number, id: string, found: TabFound): Promise<boolean>;
  /** Our keyboard commands with the keys the browser has for them now. */
  shortcuts(): Promise<Shortcut[]>;
  /** The knowledge in the cards' language the settings choose (loads its translation). */
  knowledgeFor(settings: Settings): Promise<ReaderKnowledge>;
  /** The line pointing to "What's new" after an update; absent on the search page. */
  whatsNew?: WhatsNewServices;
  /** Closes the toolbar popup; absent where the popup page is a tab of its own (the search page). */
  close?: () => void;
}

interface TabState {
  tabId: number;
  found: TabFound | null;
  origin: string | null;
}

export function Popup({
  services,
  initialQuery,
}: {
  services: PopupServices;
  initialQuery: string;
}) {
  // A query from the URL (context menu, hover card) obeys the same limit as typing does.
  const [query, setQuery] = useState(() => clip(initialQuery, MAX_QUERY_LENGTH));
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  /** In discreet mode, the term of "On this page" whose card is read here, not in the page. */
  const [chosen, setChosen] = useState<string | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tab, setTab] = useState<TabState | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    void services.loadSettings().then(setSettings);
    return services.watchSettings(setSettings);
  }, [services]);
  const knowledge = useReaderKnowledge(settings, services.knowledgeFor);

  // The cards follow the language setting; the whole popup re-renders in the new language.
  // The search reads English and the cards' language at once (the browser's, unless set). Its
  // index is built at the first query, not at every opening of the popup.
  const search = useMemo(() => {
    let built: CardSearch<EntryType> | null = null;
    return () => {
      built ??= createCardSearch(packSearchDocuments(pack, knowledge));
      return built;
    };
  }, [knowledge]);
  const suggest = useMemo(
    () =>
      createTermSuggester([
        ...suggestableTerms(pack),
        ...(knowledge.language === 'en' ? [] : suggestableTerms(knowledge.pack)),
      ]),
    [knowledge],
  );
  useEffect(() => {
    let unwatch: (() => void) | undefined;
    let closed = false;
    void (async () => {
      const tabId = await services.targetTab();
      if (tabId === undefined || closed) return;
      const origin = await services.originOfTab(tabId);
      // No content script answering means the page is closed to extensions.
      const found = origin === null ? null : await services.foundInTab(tabId);
      if (closed) return;
      setTab({ tabId, found, origin });
      // The list follows the tab: pausing then resuming, or a page adding terms, changes it.
      if (origin !== null) {
        unwatch = services.watchFoundInTab(tabId, (next) =>
          setTab((current) => (current ? { ...current, found: next } : current)),
        );
      }
    })();
    return () => {
      closed = true;
      unwatch?.();
    };
  }, [services]);

  const outcome = useMemo(
    (): SearchOutcome<EntryType> =>
      query.trim()
        ? search().search(query)
        : { results: [], unmatched: [], notCovered: null, noMatch: null, truncated: false },
    [search, query],
  );
  const suggestions = useMemo(
    () => (outcome.notCovered?.safety ? [] : suggest(query, outcome.unmatched)),
    [suggest, query, outcome],
  );

  const toggle = (id: string) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const undo = useUndoNotice(services);
  const changeSettings = (next: Settings) => {
    if (settings) undo.offer(settings, next);
    setSettings(next);
    void services.saveSettings(next);
  };
  const reveal = (id: string) => {
    if (settings?.discreet) setChosen(id);
    else if (tab?.found) void services.revealInTab(tab.tabId, id, tab.found);
  };

  // Arrow keys move between the search field and the card buttons; Escape clears, then closes
  // (the toolbar popup only: a tab is closed the way the reader closes tabs).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (query) {
        setQuery('');
        input.current?.focus();
      } else {
        services.close?.();
      }
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const target = event.target as HTMLElement;
    if (target.tagName === 'SELECT') return;
    const stops = [
      input.current,
      ...(main.current?.querySelectorAll<HTMLElement>(
        '.kl-card-toggle, .kl-found__item, .kl-chip',
      ) ?? []),
    ].filter((el): el is HTMLElement => el !== null && el.offsetParent !== null);
    const at = stops.indexOf(target);
    if (at < 0) return;
    event.preventDefault();
    const next =
      event.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0);
    stops[next]?.focus();
  };

  const paused = Boolean(settings && tab?.origin && settings.pausedOrigins.includes(tab.origin));
  const off = settings !== null && !settings.enabled;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: keys bubble here from the field and the cards
    <div class="kl-theme kl-page kl-popup" onKeyDown={onKeyDown}>
      <header class="kl-popup__header">
        <h1 class="kl-popup__title">Ketamine Lens</h1>
        <label class="kl-visually-hidden" for="kl-search">
          {t('popupSearchLabel')}
        </label>
        <input
          id="kl-search"
          ref={input}
          type="search"
          class="kl-search"
          // Short enough to show whole in a 360px popup.
          placeholder={t('popupSearchPlaceholder')}
          autoComplete="off"
          maxLength={MAX_QUERY_LENGTH}
          spellcheck={false}
          // biome-ignore lint/a11y/noAutofocus: the popup exists to search; focus belongs here
          autoFocus
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </header>
      {services.whatsNew && <WhatsNewLine services={services.whatsNew} />}
      {/* Settings come first, folded: below seven myths and ten topics nobody would find them. */}
      {settings && (
        <SettingsPanel settings={settings} origin={tab?.origin ?? null} onChange={changeSettings} />
      )}
      {undo.notice && <div class="kl-popup__undo">{undo.notice}</div>}
      {/* Keyed by the cards' language: a card's own state (its English original) starts anew. */}
      <main ref={main} key={knowledge.language} class="kl-popup__main">
        {query.trim() ? (
          <SearchResults
            outcome={outcome}
            suggestions={suggestions}
            expanded={expanded}
            onToggle={toggle}
            onSuggest={(next) => {
              setQuery(next);
              input.current?.focus();
            }}
          />
        ) : (
          <>
            {settings?.discreet && <p class="kl-popup__note">{t('discreetNote')}</p>}
            {tab && <OnThisPage found={tab.found} off={off} paused={paused} onReveal={reveal} />}
            {settings?.discreet && chosen && (
              <div class="kl-popup__card" data-card-for={chosen}>
                <CardFor
                  id={chosen}
                  onClose={() => setChosen(null)}
                  onOpenSearch={(next) => {
                    setQuery(next);
                    input.current?.focus();
                  }}
                />
              </div>
            )}
            <BrowseCards expanded={expanded} onToggle={toggle} />
          </>
        )}
      </main>
      <ShortcutHint load={services.shortcuts} />
      <Attribution />
    </div>
  );
}
