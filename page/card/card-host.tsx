import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { formatDate } from '../../common/i18n/format';
import { warmPluralRules } from '../../common/i18n/plural';
import type { Message } from '../../common/messaging/messages';
import type { Settings } from '../../common/settings/settings';
import {
  readerActionOf,
  type SettingsChange,
  settingsChange,
  undoSettingsChange,
} from '../../common/settings/settings-change';
import { loadSettings, saveSettings } from '../../common/settings/settings-store';
import factCardCss from '../../components/fact-card/fact-card.css?inline';
import { endScrollAtLine } from '../../components/hover-card/fit-lines';
import { HoverCard } from '../../components/hover-card/HoverCard';
import hoverCardCss from '../../components/hover-card/hover-card.css?inline';
import themeCss from '../../components/theme.css?inline';
import { undoNoticeText } from '../../components/undo-notice/notice-text';
import { UndoNotice } from '../../components/undo-notice/UndoNotice';
import undoNoticeCss from '../../components/undo-notice/undo-notice.css?inline';
import { UndoOffer } from '../../components/undo-notice/undo-offer';
import { article } from '../../content/article';
import { CARD_ELEMENT } from '../engine/contract-names';
import { liveRange } from '../engine/live-range';
import type { MatchValue } from '../engine/match-value';
import { modalDialogAround } from '../pointer/modal-dialog';
import { revealAboveSheet, sheetPosition, wantsSheet } from './bottom-sheet';
import { type CardElement, createCardElement } from './card-element';
import { type CardKnowledge, followCardLanguage } from './card-knowledge';
import { sidePlacement, textLinesAround } from './card-placement';
import { type CardThemeChoice, followCardTheme } from './card-theme';
import type { CardHost } from './port';
import { isUserAction } from './trusted-input';

const EDGE_PADDING = 8;
// The card is never squeezed below this; a viewport shorter than that is a lost cause anyway.
const MIN_CARD_HEIGHT = 160;

/**
 * The one hover card: a Preact tree in the open shadow root of <ketamine-lens-card>, in the
 * top layer above page overlays, placed by Floating UI beside the range it explains. Built
 * on first use, so pages never hovered pay nothing for it.
 */
export class CardUi implements CardHost {
  private ui: CardElement | null = null;
  private stopFollowing: (() => void) | null = null;
  private returnFocus: HTMLElement | null = null;
  private shown: AbstractRange | null = null;
  private openedByKeyboard = false;
  /** Counts opens: an open that waited for its own task is dropped if a newer one began. */
  private openings = 0;
  /** Whether the host shows the undo notice that took the card's place. */
  private noticeShown = false;
  /** Where the host is mounted: <html>, or the page's open modal dialog holding the term. */
  private anchor: Element = document.documentElement;
  private readonly knowledge: CardKnowledge;
  private readonly theme: CardThemeChoice;

  constructor(private readonly ctx: ContentScriptContext) {
    this.knowledge = followCardLanguage();
    this.theme = followCardTheme();
    ctx.onInvalidated(() => {
      this.knowledge.stop();
      this.theme.stop();
    });
    // Nothing of ours on paper: the highlights have a print rule, the card closes.
    ctx.addEventListener(window, 'beforeprint', () => this.close({ restoreFocus: false }));
    // The locale's plural, number and date data load slowly the first time: loaded when the
    // stage loads, each in an idle task. The card's element and first render are not warmed:
    // warming them after the scan made long tasks on pages with many highlights.
    whenIdle(() => {
      warmPluralRules();
      whenIdle(() => formatDate(article.date));
    });
  }

  get openRange(): AbstractRange | null {
    return this.shown;
  }

  /**
   * Whether a card opened by keyboard still has focus inside it: the reader is using it from
   * the keyboard, so the mouse wandering elsewhere must not close it (and drop their focus).
   */
  get heldByKeyboard(): boolean {
    return this.openedByKeyboard && this.focusInCard();
  }

  get holdsEscape(): boolean {
    return this.ui?.shadow.querySelector('[role=menu]') != null;
  }

  /** Whether an event happened inside the card. */
  contains(event: Event): boolean {
    return this.ui !== null && event.composedPath().includes(this.ui.host);
  }

  /**
   * Shows the card for a range. `point` is where the pointer rests, so a term broken over two
   * lines gets its card by the line the reader points at.
   */
  async open(
    range: AbstractRange,
    value: MatchValue,
    options: { focus: boolean; point?: { x: number; y: number } },
  ): Promise<void> {
    const ui = this.ensureUi();
    this.close({ restoreFocus: false });
    this.dismissNotice({ restoreFocus: false });
    const opening = ++this.openings;
    // The cards' language: its translation loads with the stage, so this rarely waits.
    await this.knowledge.ready();
    if (opening !== this.openings || !this.ctx.isValid) return;
    // While the page shows a modal <dialog>, everything outside it is inert: a card mounted
    // under <html> would show (in the top layer) but take no pointer or focus, closing as
    // soon as the pointer moved into it. Inside the dialog it is as live as the dialog.
    // Highlights hold static ranges: the card measures a live one of its own while it is open.
    const live = liveRange(range);
    if (!live) return;
    this.anchor = modalDialogAround(range) ?? document.documentElement;
    this.shown = range;
    this.openedByKeyboard = options.focus;
    if (options.focus) this.returnFocus = deepActiveElement();
    const sheet = wantsSheet();
    const scheme = this.theme.schemeFor(live);
    // Rendered while the host is off the page, then shown in a task of its own: on a huge
    // page the layout that showing forces and the render together made one task over 50 ms.
    render(
      <div class={`kl-theme kl-theme--${scheme}`}>
        <UndoOffer.Provider value={this.offerUndo}>
          <HoverCard
            value={value}
            matchedText={live.toString()}
            sheet={sheet}
            onClose={() => this.close({ restoreFocus: true })}
            onOpenSearch={(query, event) => this.openSearch(query, event)}
          />
        </UndoOffer.Provider>
      </div>,
      ui.container,
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Closed, or another card opened, meanwhile.
    if (opening !== this.openings || this.shown !== range || !this.ctx.isValid) return;
    ui.mount(this.anchor);
    const host = ui.host;
    host.setAttribute('popover', 'manual');
    host.showPopover?.();
    const card = ui.shadow.querySelector<HTMLElement>('.kl-hover');
    card?.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      this.close({ restoreFocus: true });
    });
    this.follow(live, host, options.point, sheet);
    if (options.focus) card?.focus({ preventScroll: true });
  }

  /**
   * Closes the card. With `restoreFocus`, focus goes back to where it was before a keyboard
   * open, but only if it is still inside the card: removing the focused card would otherwise
   * drop focus to <body>, while focus the reader has since moved elsewhere is left alone.
   */
  close({ restoreFocus }: { restoreFocus: boolean }): void {
    // An open still waiting (for the cards' language) is cancelled too.
    this.openings++;
    if (!this.ui || !this.shown) return;
    const hadFocus = this.focusInCard();
    this.stopFollowing?.();
    this.stopFollowing = null;
    this.shown = null;
    this.openedByKeyboard = false;
    render(null, this.ui.container);
    this.ui.remove();
    const target = this.returnFocus;
    this.returnFocus = null;
    if (restoreFocus && hadFocus && target?.isConnected) target.focus({ preventScroll: true });
  }

  /**
   * A card action is about to change the settings, which closes the card (the page restarts
   * its highlighter): the card gives its place to the undo notice, which outlives it.
   */
  private readonly offerUndo = (before: Settings, after: Settings, byKeyboard: boolean): void => {
    const change = settingsChange(before, after);
    const action = readerActionOf(change);
    if (!this.ui || !this.shown || !action) return;
    this.stopFollowing?.();
    this.stopFollowing = null;
    this.shown = null;
    this.openedByKeyboard = false;
    this.openings++;
    this.noticeShown = true;
    render(
      <div class="kl-theme">
        <UndoNotice
          text={undoNoticeText(action)}
          // From the keyboard, focus goes to Undo; a mouse press moves no focus (focus held on
          // the notice keeps it shown).
          focus={byKeyboard}
          onUndo={(event) => this.undo(change, event)}
          onDismiss={() => this.dismissNotice({ restoreFocus: true })}
        />
      </div>,
      this.ui.container,
    );
  };

  private undo(change: SettingsChange, event: Event): void {
    // Undoing acts for the reader: a page's forged click must not do it.
    if (!this.ctx.isValid || !isUserAction(event)) return;
    loadSettings()
      .then((settings) => saveSettings(undoSettingsChange(settings, change)))
      .catch(() => {});
    this.dismissNotice({ restoreFocus: true });
  }

  /** Takes the undo notice away; focus in it goes back to where it was before the card. */
  private dismissNotice({ restoreFocus }: { restoreFocus: boolean }): void {
    if (!this.ui || !this.noticeShown) return;
    this.noticeShown = false;
    const hadFocus = this.focusInCard();
    render(null, this.ui.container);
    this.ui.remove();
    const target = this.returnFocus;
    this.returnFocus = null;
    if (restoreFocus && hadFocus && target?.isConnected) target.focus({ preventScroll: true });
  }

  private focusInCard(): boolean {
    return this.ui !== null && this.ui.shadow.activeElement !== null;
  }

  /** Keeps the card beside its range through scrolls and resizes; closes when it leaves view. */
  private follow(
    range: Range,
    host: HTMLElement,
    point: { x: number; y: number } | undefined,
    sheet: boolean,
  ): void {
    let revealed = false;
    const fitBody = () => {
      const body = this.ui?.shadow.querySelector<HTMLElement>('.kl-hover__body');
      if (body) endScrollAtLine(body);
    };
    const reference = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
      contextElement: range.startContainer.parentElement ?? undefined,
    };
    const place = async () => {
      const rect = reference.getBoundingClientRect();
      if (!range.startContainer.isConnected || rect.bottom < 0 || rect.top > innerHeight) {
        // A keyboard reader who scrolled the term away gets their focus back.
        this.close({ restoreFocus: true });
        return;
      }
      // A page may zoom its root (`html { zoom: 1.5 }`); the host, mounted under <html> (or a
      // dialog), would inherit that zoom, so the card would grow and its fixed left/top would
      // be scaled too, throwing it off its term and off screen. Undo it: the card keeps its own
      // size, and Floating UI's viewport pixels mean the same to the host as to the page.
      const parentZoom = host.parentElement?.currentCSSZoom ?? 1;
      setHostProperty(host, '--kl-zoom', String(parentZoom > 0 ? 1 / parentZoom : 1));
      if (sheet) {
        // Once, on opening: later scrolls are the reader's own.
        fitBody();
        if (!revealed) revealAboveSheet(rect, host.getBoundingClientRect().height);
        revealed = true;
        const at = sheetPosition(host, reference.getBoundingClientRect());
        setHostProperty(host, '--kl-x', `${Math.round(at.x)}px`);
        setHostProperty(host, '--kl-y', `${Math.round(at.y)}px`);
        return;
      }
      // Measure the card at its natural height, so each side is judged by the whole card;
      // size() then caps it to the room on the chosen side. (No frame is painted in between.)
      host.style.removeProperty('--kl-max-h');
      const view = { width: document.documentElement.clientWidth, height: innerHeight };
      const line = lineAt(reference.getClientRects(), rect, point);
      const side = sidePlacement(line, host.getBoundingClientRect(), view, textLinesAround(range));
      if (side) {
        setHostProperty(host, '--kl-max-h', `${view.height - 2 * EDGE_PADDING}px`);
        fitBody();
        setHostProperty(host, '--kl-x', `${Math.round(side.x)}px`);
        setHostProperty(host, '--kl-y', `${Math.round(side.y)}px`);
        return;
      }
      const { x, y } = await computePosition(reference, host, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          inline(point),
          offset(6),
          flip({ padding: EDGE_PADDING }),
          shift({ padding: EDGE_PADDING }),
          // Where neither above nor below has room for the whole card (a short window, a
          // small frame), it shrinks to fit and its cards scroll, rather than going off screen.
          size({
            padding: EDGE_PADDING,
            apply: ({ availableHeight }) => {
              const height = Math.max(MIN_CARD_HEIGHT, Math.floor(availableHeight));
              setHostProperty(host, '--kl-max-h', `${height}px`);
              // Before size() measures the card again, so it is placed at its final height.
              fitBody();
            },
          }),
        ],
      });
      setHostProperty(host, '--kl-x', `${Math.round(x)}px`);
      setHostProperty(host, '--kl-y', `${Math.round(y)}px`);
    };
    this.stopFollowing = autoUpdate(reference, host, () => void place());
  }

  private openSearch(query: string, event: Event): void {
    // Opening a tab acts for the reader: a page's forged click (even one that borrows a
    // real click elsewhere) must not do it.
    if (!this.ctx.isValid || !isUserAction(event)) return;
    const message: Message = { type: 'open-search', query };
    browser.runtime.sendMessage(message).catch(() => {});
  }

  private ensureUi(): CardElement {
    if (!this.ui) {
      const ui = createCardElement(
        CARD_ELEMENT,
        [themeCss, factCardCss, hoverCardCss, undoNoticeCss].join('\n'),
      );
      // The page can reach into our open shadow root and click() our buttons: such clicks
      // never reach the card's handlers.
      ui.shadow.addEventListener('click', stopForged, { capture: true });
      this.ctx.onInvalidated(() => ui.remove());
      this.ui = ui;
    }
    return this.ui;
  }
}

/**
 * Sets one of the host's custom properties, as !important so that a page rule aimed at our
 * element (even an !important one) cannot move or resize the card.
 */
function stopForged(event: Event): void {
  if (event.isTrusted) return;
  event.stopImmediatePropagation();
  event.preventDefault();
}

function setHostProperty(host: HTMLElement, name: string, value: string): void {
  host.style.setProperty(name, value, 'important');
}

/** The line of a range the pointer is on (a term may break over lines), else its first. */
function lineAt(
  lines: DOMRectList,
  whole: DOMRect,
  point: { x: number; y: number } | undefined,
): DOMRect {
  const list = [...lines].filter((line) => line.width > 0);
  const pointed = point && list.find((line) => point.y >= line.top && point.y <= line.bottom);
  return pointed ?? list[0] ?? whole;
}

/** The focused element, looking into shadow roots, to give focus back later. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/** Runs `run` when the page is idle (or soon, where there is no idle callback). */
function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 0);
}
