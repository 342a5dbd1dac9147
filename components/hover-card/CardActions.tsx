import { useContext, useEffect, useState } from 'preact/hooks';
import { t } from '../../common/i18n/t';
import { type Settings, withIdExcluded, withOriginPaused } from '../../common/settings/settings';
import { loadSettings, saveSettings } from '../../common/settings/settings-store';
import type { KnowledgeRef } from '../../content/kinds';
import { KIND_VIEWS } from '../fact-card/kind-views';
import { UndoOffer } from '../undo-notice/undo-offer';
import actionsCss from './card-actions.css?inline';

interface CardActionsProps {
  value: KnowledgeRef;
  /** The term's name as the card heads it. */
  name: string;
}

/**
 * The reader's controls where the highlights are: stop highlighting this term (or flagging
 * this myth), first mentions only, pause on this site. Each writes the settings, which every
 * tab follows (the page session restarts its highlighter, which also closes this card).
 */
export function CardActions({ value, name }: CardActionsProps) {
  const [firstOnly, setFirstOnly] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    loadSettings()
      .then((settings) => live && setFirstOnly(settings.firstMentionOnly))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);

  // A page can call .click() on our buttons (the card's shadow root is open) or dispatch
  // clicks at them: only the reader's own press (mouse, touch, Enter, Space) is acted on.
  // Each action is offered for undo before it is saved (a click from Enter or Space has no
  // pointer position: detail 0).
  const offerUndo = useContext(UndoOffer);
  const act = (change: (settings: Settings) => Settings) => (event: MouseEvent) => {
    if (!event.isTrusted) return;
    const byKeyboard = event.detail === 0;
    loadSettings()
      .then((settings) => {
        const next = change(settings);
        offerUndo?.(settings, next, byKeyboard);
        return saveSettings(next);
      })
      .catch(() => {});
  };
  // Only a web site can be paused here: the popup lists no other kind of page to resume.
  const { exclude } = KIND_VIEWS[value.kind];
  const site = /^https?:$/.test(location.protocol) ? location.origin : null;
  return (
    <fieldset class="kl-actions" aria-label={t('actionsGroup')}>
      <style>{actionsCss}</style>
      {/* Short visible words keep the row on one line; the name says which term (the visible
          words begin it, so speech input can still say them). */}
      <button
        type="button"
        class="kl-actions__button"
        aria-label={exclude.name(name)}
        onClick={act((settings) => withIdExcluded(settings, value.id, true))}
      >
        {t(exclude.label)}
      </button>
      <button
        type="button"
        class="kl-actions__button"
        aria-pressed={firstOnly ?? false}
        onClick={act((settings) => ({ ...settings, firstMentionOnly: !settings.firstMentionOnly }))}
      >
        {t('actionFirstOnly')}
      </button>
      {site !== null && (
        <button
          type="button"
          class="kl-actions__button"
          title={t('actionPauseSiteTitle', new URL(site).host)}
          aria-label={t('actionPauseSiteLabel', new URL(site).host)}
          onClick={act((settings) => withOriginPaused(settings, site, true))}
        >
          {t('actionPauseSite')}
        </button>
      )}
    </fieldset>
  );
}
