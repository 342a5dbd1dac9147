import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { retryDelay, stageUrl } from '../../common/stage-url';
import {
  CARD_STAGE,
  CARD_STAGE_FILE,
  type CardHost,
  type CardStage,
  type WithCardStage,
} from '../card/port';
import type { MatchValue } from '../engine/match-value';

/**
 * The content script's card: a door to the card stage, which it imports into this frame on
 * first use (a hover that may become an intent, a tap, a keyboard step, a
 * request from the popup). Until then there is no card: nothing is open, nothing is inside it.
 * A load that fails (the worker was stopping, the page called `window.stop()`) is tried again
 * after a growing wait (stage-url.ts).
 */
export class CardDoor implements CardHost {
  private card: CardHost | null = null;
  private loading: Promise<CardHost | null> | null = null;
  /** Counts opens, so an older open that finishes loading late does not win. */
  private opens = 0;
  /** Failed imports of the stage, each retried under a new address (stage-url.ts). */
  private failures = 0;

  constructor(private readonly ctx: ContentScriptContext) {}

  get openRange(): AbstractRange | null {
    return this.card?.openRange ?? null;
  }

  get heldByKeyboard(): boolean {
    return this.card?.heldByKeyboard ?? false;
  }

  get holdsEscape(): boolean {
    return this.card?.holdsEscape ?? false;
  }

  contains(event: Event): boolean {
    return this.card?.contains(event) ?? false;
  }

  prepare(): void {
    void this.load();
  }

  async open(
    range: AbstractRange,
    value: MatchValue,
    options: { focus: boolean; point?: { x: number; y: number } },
  ): Promise<void> {
    const open = ++this.opens;
    const card = this.card ?? (await this.load());
    if (card && open === this.opens && this.ctx.isValid) await card.open(range, value, options);
  }

  close(options: { restoreFocus: boolean }): void {
    // A close while the stage loads cancels the open waiting for it.
    this.opens++;
    this.card?.close(options);
  }

  private load(): Promise<CardHost | null> {
    if (this.card) return Promise.resolve(this.card);
    this.loading ??= this.fetchStage().then((stage) => {
      this.loading = null;
      if (stage && this.ctx.isValid) this.card ??= stage.createCard(this.ctx);
      return this.card;
    });
    return this.loading;
  }

  private async fetchStage(): Promise<CardStage | null> {
    const world = globalThis as WithCardStage;
    while (!world[CARD_STAGE] && this.ctx.isValid) {
      // A module imported by a content script runs in the content script's isolated world.
      const url = stageUrl(browser.runtime.getURL(CARD_STAGE_FILE), this.failures);
      const imported = await import(/* @vite-ignore */ url).then(
        () => true,
        () => {
          this.failures++;
          return false;
        },
      );
      if (imported) break;
      // A page can abort the import (`window.stop()` on each pointer move): tried again after
      // a wait, so the open waiting for it still happens once the page lets it.
      await new Promise((done) => setTimeout(done, retryDelay(this.failures)));
    }
    return world[CARD_STAGE] ?? null;
  }
}
