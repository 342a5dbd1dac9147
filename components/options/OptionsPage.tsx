import { useEffect, useState } from 'preact/hooks';
import { CHANGELOG, notesIn } from '../../common/changelog/changelog';
import { formatDate } from '../../common/i18n/format';
import { shownLanguage, t } from '../../common/i18n/t';
import type { Shortcut } from '../../common/messaging/shortcuts';
import type { Settings } from '../../common/settings/settings';
import { SettingsPanel } from '../popup/SettingsPanel';
import { ShortcutList } from '../shortcuts/ShortcutList';
import { useUndoNotice } from '../undo-notice/use-undo-notice';

export interface OptionsServices {
  version: string;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  watchSettings(onChange: (settings: Settings) => void): () => void;
  shortcuts(): Promise<Shortcut[]>;
  openShortcutSettings(): Promise<void>;
}

/**
 * The options page (the browser's extensions page links to it): the popup's settings panel,
 * the keyboard shortcuts, and what changed in each version.
 */
export function OptionsPage({ services }: { services: OptionsServices }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  const undo = useUndoNotice(services);
  useEffect(() => {
    void services.loadSettings().then(setSettings);
    return services.watchSettings(setSettings);
  }, [services]);
  useEffect(() => {
    services
      .shortcuts()
      .then(setShortcuts)
      .catch(() => setShortcuts([]));
  }, [services]);

  const change = (next: Settings) => {
    if (settings) undo.offer(settings, next);
    setSettings(next);
    void services.saveSettings(next);
  };
  return (
    <div class="kl-theme kl-page kl-options">
      <header class="kl-options__header">
        <h1>{t('optionsTitle')}</h1>
        <p class="kl-options__version">{t('optionsVersion', services.version)}</p>
      </header>
      <main>
        {/* No page here: pausing a site is done from the popup or a card. */}
        {settings && <SettingsPanel settings={settings} origin={null} onChange={change} open />}
        {undo.notice && <div class="kl-options__undo">{undo.notice}</div>}
        {shortcuts !== null && shortcuts.length > 0 && (
          <section aria-labelledby="kl-shortcuts-heading">
            <h2 id="kl-shortcuts-heading">{t('optionsShortcutsHeading')}</h2>
            <ShortcutList shortcuts={shortcuts} label={t('optionsShortcutsHeading')} />
            <button
              type="button"
              class="kl-button"
              onClick={() => void services.openShortcutSettings()}
            >
              {t('welcomeChangeShortcuts')}
            </button>
          </section>
        )}
        <section id="whats-new" aria-labelledby="kl-whats-new-heading">
          <h2 id="kl-whats-new-heading">{t('optionsWhatsNewHeading')}</h2>
          {CHANGELOG.map((release) => (
            <section
              key={release.version}
              class="kl-options__release"
              aria-labelledby={`kl-release-${release.version}`}
            >
              <h3 id={`kl-release-${release.version}`}>
                {t('optionsRelease', [release.version, formatDate(release.date)])}
              </h3>
              <ul>
                {notesIn(release, shownLanguage()).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      </main>
    </div>
  );
}
