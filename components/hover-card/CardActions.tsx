import { useContext, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
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

interface MenuItem {
  label: string;
  /** For a switch: whether it is on (a menuitemcheckbox). */
  checked?: boolean;
  title?: string;
  onClick: (event: MouseEvent) => void;
}

/**
 * The reader's controls where the highlights are, behind one menu button: stop highlighting
 * this term (or flagging this myth), first mentions only, pause on this site. Each writes the
 * settings, which every tab follows (the page session restarts its highlighter, which also
 * closes this card). A menu button in the WAI-ARIA pattern: Enter, Space or the arrows open it
 * with focus on an item, the arrows move, Escape closes it and gives focus back to the button.
 */
export function CardActions({ value, name }: CardActionsProps) {
  const [firstOnly, setFirstOnly] = useState<boolean | null>(null);
  const [open, setOpen] = useState(false);
  /** Which item takes focus when the menu opens: the first, or the last (ArrowUp). */
  const [focusOnOpen, setFocusOnOpen] = useState<'first' | 'last'>('first');
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let live = true;
    loadSettings()
      .then((settings) => live && setFirstOnly(settings.firstMentionOnly))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  // Focus moves as the menu renders, not a frame later: a key pressed at once lands on the item.
  useLayoutEffect(() => {
    if (!open) return;
    const items = itemsOf(menu.current);
    (focusOnOpen === 'first' ? items[0] : items.at(-1))?.focus();
  }, [open, focusOnOpen]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  // A page can call .click() on our buttons (the card's shadow root is open in the check
  // build) or dispatch clicks at them: only the reader's own press (mouse, touch, Enter,
  // Space) is acted on. Each action is offered for undo before it is saved (a click from
  // Enter or Space has no pointer position: detail 0).
  const offerUndo = useContext(UndoOffer);
  const act = (change: (settings: Settings) => Settings) => (event: MouseEvent) => {
    if (!event.isTrusted) return;
    const byKeyboard = event.detail === 0;
    close(true);
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
  const items: MenuItem[] = [
    {
      label: exclude.name(name),
      onClick: act((settings) => withIdExcluded(settings, value.id, true)),
    },
    {
      label: t('actionFirstOnly'),
      checked: firstOnly ?? false,
      onClick: act((settings) => ({ ...settings, firstMentionOnly: !settings.firstMentionOnly })),
    },
  ];
  if (site !== null) {
    const host = new URL(site).host;
    items.push({
      label: t('actionPauseSiteLabel', host),
      title: t('actionPauseSiteTitle', host),
      onClick: act((settings) => withOriginPaused(settings, site, true)),
    });
  }

  const openWith = (focus: 'first' | 'last') => {
    setFocusOnOpen(focus);
    setOpen(true);
  };
  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    openWith(event.key === 'ArrowDown' ? 'first' : 'last');
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const list = itemsOf(menu.current);
    const at = list.indexOf(event.target as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      list[(to + list.length) % list.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(list.length - 1);
    else if (event.key === 'Escape') {
      // The menu closes, not the card.
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') close(false);
  };
  const onMenuBlur = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (!next || !(menu.current?.contains(next) || button.current === next)) close(false);
  };

  return (
    <div class="kl-actions">
      <style>{actionsCss}</style>
      <button
        ref={button}
        type="button"
        class="kl-actions__toggle kl-hover__icon"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? 'kl-actions-menu' : undefined}
        aria-label={t('hoverActionsMenu')}
        title={t('hoverActionsMenu')}
        onClick={() => (open ? close(false) : openWith('first'))}
        onKeyDown={onButtonKey}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open && (
        <div
          ref={menu}
          id="kl-actions-menu"
          class="kl-actions__menu"
          role="menu"
          aria-label={t('actionsGroup')}
          onKeyDown={onMenuKey}
          onFocusOut={onMenuBlur}
        >
          {items.map((item) =>
            item.checked === undefined ? (
              <button
                key={item.label}
                type="button"
                class="kl-actions__button"
                role="menuitem"
                tabIndex={-1}
                title={item.title}
                onClick={item.onClick}
              >
                {item.label}
              </button>
            ) : (
              <button
                key={item.label}
                type="button"
                class="kl-actions__button"
                role="menuitemcheckbox"
                aria-checked={item.checked}
                tabIndex={-1}
                title={item.title}
                onClick={item.onClick}
              >
                {item.label}
              </button>
            ),
          )}
        </div>
      )}
    </div>
  );
}

function itemsOf(menu: HTMLElement | null): HTMLElement[] {
  return [...(menu?.querySelectorAll<HTMLElement>('[role^=menuitem]') ?? [])];
}
