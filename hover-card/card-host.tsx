import { autoUpdate, computePosition, flip, inline, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import factCardCss from '../components/fact-card/fact-card.css?inline';
import { HoverCard } from '../components/hover-card/HoverCard';
import hoverCardCss from '../components/hover-card/hover-card.css?inline';
import themeCss from '../components/theme.css?inline';
import type { Message } from '../messaging/messages';
import type { MatchValue } from '../page-highlighting/match-value';

export const CARD_ELEMENT = 'ketamine-lens-card';
const EDGE_PADDING = 8;

/**
 * The one hover card: a Preact tree in the open shadow root of <ketamine-lens-card>, in the
 * top layer above page overlays, placed by Floating UI beside the range it explains. Built
 * on first use, so pages never hovered pay nothing for it.
 */
export class CardHost {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private stopFollowing: (() => void) | null = null;
  private returnFocus: HTMLElement | null = null;
  private shown: Range | null = null;

  constructor(private readonly ctx: ContentScriptContext) {}

  get openRange(): Range | null {
    return this.shown;
  }

  /** Whether an event happened inside the card. */
  contains(event: Event): boolean {
    return this.ui !== null && event.composedPath().includes(this.ui.shadowHost);
  }

  /**
   * Shows the card for a range. `point` is where the pointer rests, so a term broken over two
   * lines gets its card by the line the reader points at.
   */
  async open(
    range: Range,
    value: MatchValue,
    options: { focus: boolean; point?: { x: number; y: number } },
  ): Promise<void> {
    const ui = await this.ensureUi();
    this.close({ restoreFocus: false });
    this.shown = range;
    if (options.focus) this.returnFocus = deepActiveElement();
    ui.mount();
    const host = ui.shadowHost;
    host.setAttribute('popover', 'manual');
    host.showPopover?.();
    render(
      <div class="kl-theme">
        <HoverCard
          value={value}
          matchedText={range.toString()}
          onClose={() => this.close({ restoreFocus: true })}
          onOpenSearch={(query) => this.openSearch(query)}
        />
      </div>,
      ui.uiContainer,
    );
    const card = ui.shadow.querySelector<HTMLElement>('.kl-hover');
    card?.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      this.close({ restoreFocus: true });
    });
    this.follow(range, host, options.point);
    if (options.focus) card?.focus({ preventScroll: true });
  }

  close({ restoreFocus }: { restoreFocus: boolean }): void {
    if (!this.ui || !this.shown) return;
    this.stopFollowing?.();
    this.stopFollowing = null;
    this.shown = null;
    render(null, this.ui.uiContainer);
    this.ui.remove();
    const target = this.returnFocus;
    this.returnFocus = null;
    if (restoreFocus && target?.isConnected) target.focus({ preventScroll: true });
  }

  /** Keeps the card beside its range through scrolls and resizes; closes when it leaves view. */
  private follow(range: Range, host: HTMLElement, point?: { x: number; y: number }): void {
    const reference = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
      contextElement: range.startContainer.parentElement ?? undefined,
    };
    const place = async () => {
      const rect = reference.getBoundingClientRect();
      if (!range.startContainer.isConnected || rect.bottom < 0 || rect.top > innerHeight) {
        this.close({ restoreFocus: false });
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
        ],
      });
      host.style.setProperty('--kl-x', `${Math.round(x)}px`);
      host.style.setProperty('--kl-y', `${Math.round(y)}px`);
    };
    this.stopFollowing = autoUpdate(reference, host, () => void place());
  }

  private openSearch(query: string): void {
    if (!this.ctx.isValid) return;
    const message: Message = { type: 'open-search', query };
    browser.runtime.sendMessage(message).catch(() => {});
  }

  private async ensureUi(): Promise<ShadowRootContentScriptUi<void>> {
    this.ui ??= await createShadowRootUi<void>(this.ctx, {
      name: CARD_ELEMENT,
      mode: 'open',
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      // Keys typed in the card stay in the card, away from the page's shortcuts.
      isolateEvents: true,
      css: [themeCss, factCardCss, hoverCardCss].join('\n'),
      onMount: () => {},
    });
    return this.ui;
  }
}

/** The focused element, looking into shadow roots, to give focus back later. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}
