import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../common/i18n/t';
import { DismissButton } from './DismissButton';

/** How long the notice stays when the reader leaves it alone. */
export const UNDO_NOTICE_MS = 8000;

export interface UndoNoticeProps {
  /** What was just done, in a short sentence. */
  text: string;
  /**
   * The Undo button's click. The caller decides whether the click is the reader's own (a
   * page's forged click must not undo anything) and then undoes and dismisses.
   */
  onUndo: (event: MouseEvent) => void;
  onDismiss: () => void;
  /** Takes focus on Undo when shown (the reader acted from the keyboard). */
  focus?: boolean;
  /** Visible time; tests may shorten it. */
  duration?: number;
}

/**
 * The short notice after a change the reader may regret ("… is no longer highlighted"), with
 * Undo. Announced politely: the live region is in the page before its text arrives, which is
 * what makes screen readers read it out. It goes by itself after `duration`, but never while
 * the pointer or focus is on it; Escape dismisses it.
 */
export function UndoNotice({
  text,
  onUndo,
  onDismiss,
  focus = false,
  duration = UNDO_NOTICE_MS,
}: UndoNoticeProps) {
  const [said, setSaid] = useState(false);
  const [held, setHeld] = useState({ pointer: false, focus: false });
  const undo = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const frame = requestAnimationFrame(() => setSaid(true));
    if (focus) undo.current?.focus({ preventScroll: true });
    return () => cancelAnimationFrame(frame);
  }, [focus]);

  const holding = held.pointer || held.focus;
  useEffect(() => {
    if (holding) return;
    const timer = setTimeout(onDismiss, duration);
    return () => clearTimeout(timer);
  }, [holding, duration, onDismiss]);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape bubbles here from its buttons
    <div
      class="kl-floating kl-undo"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onDismiss();
      }}
      onMouseEnter={() => setHeld((h) => ({ ...h, pointer: true }))}
      onMouseLeave={() => setHeld((h) => ({ ...h, pointer: false }))}
      onFocusIn={() => setHeld((h) => ({ ...h, focus: true }))}
      onFocusOut={(event) => {
        const next = event.relatedTarget as Node | null;
        if (!next || !event.currentTarget.contains(next)) setHeld((h) => ({ ...h, focus: false }));
      }}
    >
      <p class="kl-undo__text" role="status">
        {said ? text : ''}
      </p>
      <button ref={undo} type="button" class="kl-undo__button" onClick={onUndo}>
        {t('undoButton')}
      </button>
      <DismissButton class="kl-undo__close" onClick={onDismiss} />
    </div>
  );
}
