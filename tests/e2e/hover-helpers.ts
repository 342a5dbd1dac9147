/**
 * Helpers for the hover card's end-to-end tests: find a highlighted range's boxes from the
 * page's own CSS.highlights, point at it with the real mouse, and read the card from inside
 * its open shadow root.
 */
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Lens } from './harness';
import {
  type Box,
  cardIsShown,
  centreOf,
  noCardShown,
  type TermBox,
  type TermQuery,
  termBoxIn,
} from './page-side';

/** A page or a frame: both evaluate in their own document's main world. */
export type Target = Page | Frame;

export type { Box, TermBox, TermQuery };
export { centreOf };

/** The boxes of a highlighted range, in its own document's viewport coordinates. */
export async function termBox(target: Target, query: TermQuery): Promise<TermBox> {
  const found = await target.evaluate(termBoxIn, query);
  if (!found) throw new Error(`no highlighted range in ${JSON.stringify(query)}`);
  return found;
}

/** Where a frame's viewport starts, in its page's viewport coordinates. */
export async function frameOffset(frame: Frame): Promise<{ x: number; y: number }> {
  const element = await frame.frameElement();
  return element.evaluate((node) => {
    const iframe = node as HTMLIFrameElement;
    const rect = iframe.getBoundingClientRect();
    return { x: rect.left + iframe.clientLeft, y: rect.top + iframe.clientTop };
  });
}

/** Scrolls a highlighted range to the middle of its viewport, when it is not fully in view. */
export async function revealTerm(target: Target, query: TermQuery): Promise<void> {
  const box = await termBox(target, query);
  const inView = await target.evaluate(
    (b) => b.top >= 0 && b.bottom <= innerHeight && b.left >= 0 && b.right <= innerWidth,
    box,
  );
  if (inView) return;
  await target.evaluate(({ within, shadowHost }) => {
    const root = shadowHost ? document.querySelector(shadowHost)?.shadowRoot : document;
    const scope = within ? root?.querySelector(within) : document.body;
    scope?.scrollIntoView({ block: 'center', behavior: 'instant' });
  }, query);
}

/**
 * Moves the real mouse onto the middle of a highlighted range (in the page or a frame),
 * scrolling it into view first when needed.
 */
export async function pointAt(page: Page, query: TermQuery, frame?: Frame): Promise<TermBox> {
  await revealTerm(frame ?? page, query);
  const box = await termBox(frame ?? page, query);
  const { x, y } = centreOf(box);
  const offset = frame ? await frameOffset(frame) : { x: 0, y: 0 };
  await page.mouse.move(x + offset.x, y + offset.y);
  return box;
}

/** Points the real mouse at a highlighted range (see `pointAt`) and waits for its card. */
export async function hoverTerm(
  page: Page,
  query: TermQuery,
  heading?: string,
): Promise<CardState> {
  await pointAt(page, query);
  return waitForCard(page, heading);
}

/** Moves the mouse to a corner of the page where nothing is highlighted. */
export async function parkMouse(page: Page, steps = 1): Promise<void> {
  await page.mouse.move(2, 2, { steps });
}

/** Moves the mouse off every term and waits until the card it had opened has closed. */
export async function parkMouseAndWaitForNoCard(page: Page): Promise<void> {
  await parkMouse(page);
  await waitForNoCard(page);
}

export interface CardState {
  /** How many <ketamine-lens-card> hosts the document holds. */
  hosts: number;
  shadowMode: string | null;
  role: string | null;
  labelledBy: string | null;
  /** The text of the element aria-labelledby points at. */
  labelText: string | null;
  heading: string | null;
  headingFontSize: number;
  ids: string[];
  text: string;
  /** The dialog's border box, in viewport coordinates. */
  box: Box;
  hostBox: Box;
  background: string;
  color: string;
  animationName: string;
  fontSize: number;
  /** document.activeElement is the host and focus is inside the dialog. */
  focusInside: boolean;
  /** The focused element inside the shadow root, described. */
  shadowActive: string | null;
}

/** The card as the page's main world sees it, or null when none is shown. */
export function cardState(target: Target): Promise<CardState | null> {
  return target.evaluate(() => {
    const hosts = document.querySelectorAll('ketamine-lens-card');
    const host = hosts[0];
    const shadow = host?.shadowRoot;
    const dialog = shadow?.querySelector<HTMLElement>('[role=dialog], [role=tooltip]');
    if (!host || !shadow || !dialog) return null;
    const heading = dialog.querySelector('h1, h2, h3, [role=heading]');
    const labelledBy = dialog.getAttribute('aria-labelledby');
    const label = labelledBy ? shadow.getElementById(labelledBy) : null;
    const style = getComputedStyle(dialog);
    const active = shadow.activeElement;
    return {
      hosts: hosts.length,
      shadowMode: shadow.mode,
      role: dialog.getAttribute('role'),
      labelledBy,
      labelText: label?.textContent?.trim() ?? null,
      heading: heading?.textContent?.trim() ?? null,
      headingFontSize: heading ? Number.parseFloat(getComputedStyle(heading).fontSize) : 0,
      ids: [...dialog.querySelectorAll('article[data-card-id]')].map(
        (a) => a.getAttribute('data-card-id') ?? '',
      ),
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is read
      text: dialog.innerText,
      box: dialog.getBoundingClientRect().toJSON(),
      hostBox: host.getBoundingClientRect().toJSON(),
      background: style.backgroundColor,
      color: style.color,
      animationName: style.animationName,
      fontSize: Number.parseFloat(style.fontSize),
      focusInside: document.activeElement === host && active !== null && dialog.contains(active),
      shadowActive: active
        ? `${active.localName}${active.className ? `.${String(active.className).split(' ')[0]}` : ''}`
        : null,
    };
  });
}

/** Waits until nothing in the card's shadow root is animating (its rise or fade-in). */
export async function waitForCardAnimations(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.querySelector('ketamine-lens-card')?.shadowRoot;
    if (!root) return false;
    return [...root.children].every((element) =>
      element.getAnimations({ subtree: true }).every((a) => a.playState !== 'running'),
    );
  });
}

/** Waits until a highlighted range matches `query` (see `termBox`): a term the engine found. */
export async function waitForTerm(
  target: Target,
  query: TermQuery,
  timeout = 15_000,
): Promise<void> {
  await target.waitForFunction(termBoxIn, query, { timeout, polling: 50 });
}

/** Relative luminance (0–255) of a computed `rgb(…)` or `rgba(…)` colour. */
export function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The card follows the colour scheme: dark background and light text in dark, the reverse in light. */
export function expectColourScheme(card: CardState, scheme: 'light' | 'dark'): void {
  if (scheme === 'dark') {
    expect(luminance(card.background)).toBeLessThan(60);
    expect(luminance(card.color)).toBeGreaterThan(200);
  } else {
    expect(luminance(card.background)).toBeGreaterThan(240);
    expect(luminance(card.color)).toBeLessThan(60);
  }
}

/**
 * One of the open card's actions, behind its menu button: opens the menu if it is closed and
 * gives the item (plain or, for "First mentions only", a checkbox); `menuName` in another
 * language.
 */
export async function cardAction(
  page: Page,
  name: RegExp | string,
  menuName = 'Highlighting options',
) {
  const menu = page.getByRole('button', { name: menuName });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  return page.getByRole('menuitem', { name }).or(page.getByRole('menuitemcheckbox', { name }));
}

/** Waits until a card is shown (with this heading, when given) and returns it. */
export async function waitForCard(
  target: Target,
  heading?: string,
  timeout = 5_000,
): Promise<CardState> {
  await target.waitForFunction(cardIsShown, heading, { timeout, polling: 20 });
  return (await cardState(target)) as CardState;
}

/** Waits until no card is shown. */
export async function waitForNoCard(target: Target, timeout = 5_000): Promise<void> {
  await target.waitForFunction(noCardShown, undefined, { timeout, polling: 20 });
}

// hover-controller.ts: OPEN_DELAY_MS = 300, CLOSE_DELAY_MS = 400, SAMPLE_MS = 50.
export const OPEN_DELAY = 300;
export const CLOSE_DELAY = 400;
/**
 * Past both delays, counted from the last pointer move plus one sample: by then any card the
 * pointer's rest would open or close has been opened or closed.
 */
const QUIET_MS = CLOSE_DELAY + 50 + 100;

/**
 * Records, in the page's main world, when card hosts come and go, the most ever present at
 * once, the time of the last pointer move, and when the pointer has rested for QUIET_MS (on
 * the page's own timer, which runs on the same event loop as the content script's timers):
 * for timing, "one at a time" and "nothing happened" checks.
 */
export async function recordCards(target: Target): Promise<void> {
  await target.evaluate((quietMs) => {
    const log = { max: 0, opened: [] as number[], closed: [] as number[], lastMove: 0, quiet: 0 };
    (window as unknown as { __klCards: typeof log }).__klCards = log;
    let timer: ReturnType<typeof setTimeout> | undefined;
    document.addEventListener(
      'pointermove',
      () => {
        log.lastMove = performance.now();
        log.quiet = 0;
        clearTimeout(timer);
        timer = setTimeout(() => (log.quiet = performance.now()), quietMs);
      },
      true,
    );
    new MutationObserver((records) => {
      const now = performance.now();
      for (const record of records) {
        for (const node of record.addedNodes)
          if (node.nodeName === 'KETAMINE-LENS-CARD') log.opened.push(now);
        for (const node of record.removedNodes)
          if (node.nodeName === 'KETAMINE-LENS-CARD') log.closed.push(now);
      }
      log.max = Math.max(log.max, document.querySelectorAll('ketamine-lens-card').length);
    }).observe(document.documentElement, { childList: true, subtree: true });
  }, QUIET_MS);
}

/** The fixture most card tests point at: terms, a myth, links, a frame and a shadow root. */
export const HOVER_PAGE = '/hover-page.html';

/** The hover page's myth phrase, and the heading of its card. */
export const HOVER_PAGE_MYTH = {
  within: '#myth',
  highlight: 'ketamine-lens-misconception',
} as const;
export const MYTH_HEADING = '“horse tranquilizer”';

/**
 * Opens a fixture (the hover page by default) once scanned, as the active tab: the tab the
 * card's search button, the keyboard command and the popup speak to.
 */
export function openInFront(lens: Lens, path = HOVER_PAGE): Promise<Page> {
  return lens.open(path, { front: true });
}

/** Opens a fixture as `openInFront` does, with its cards recorded (`recordCards`). */
export async function openRecordingCards(lens: Lens, path = HOVER_PAGE): Promise<Page> {
  const page = await openInFront(lens, path);
  await recordCards(page);
  return page;
}

export interface CardLog {
  max: number;
  opened: number[];
  closed: number[];
  lastMove: number;
  /** When the pointer had rested for QUIET_MS since its last move (0 while it has not). */
  quiet: number;
}

export function cardLog(target: Target): Promise<CardLog> {
  return target.evaluate(() => {
    const log = (window as unknown as { __klCards?: CardLog }).__klCards;
    if (!log) throw new Error('recordCards() was not called on this page');
    return log;
  });
}

/**
 * Moves the mouse to (x, y) and waits until the page's clock shows it resting there past both
 * delays (needs `recordCards`): by then the card it would open or close has done so.
 */
export async function restPointerAt(page: Page, x: number, y: number, steps = 1): Promise<void> {
  await page.mouse.move(x, y, { steps });
  await waitForPointerQuiet(page);
}

/**
 * Waits until the page's clock shows the pointer resting past both delays since its last
 * move (needs `recordCards`): the page's time, not the test's, so a slow machine delays both
 * alike.
 */
async function waitForPointerQuiet(target: Target, timeout = 10_000): Promise<void> {
  await target.waitForFunction(
    () => {
      const log = (window as unknown as { __klCards?: CardLog }).__klCards;
      if (!log) throw new Error('recordCards() was not called on this page');
      return log.quiet > 0;
    },
    undefined,
    { timeout, polling: 20 },
  );
}

/** Waits until the page's clock is `ms` past the last pointer move it saw (needs `recordCards`). */
export async function waitForPageTimeSinceMove(target: Target, ms: number): Promise<void> {
  await target.waitForFunction(
    (wanted) => {
      const log = (window as unknown as { __klCards: CardLog }).__klCards;
      return log.lastMove > 0 && performance.now() - log.lastMove >= wanted;
    },
    ms,
    { polling: 10 },
  );
}

/**
 * Proves that the pointer's rest where it is opened no card: once the rest is past the open
 * delay (`waitForPointerQuiet`), the pointer rests on the term `proof` and its card (with
 * `heading`) is waited for. That card's open timer runs after any the first rest started, so
 * a card opened by that rest is in the log by then. Returns how many cards opened before the
 * proof's (needs `recordCards`); the proof's card is left open.
 */
export async function cardsOpenedBeforeProof(
  page: Page,
  proof: TermQuery,
  heading: string,
  frame?: Frame,
): Promise<number> {
  const target = frame ?? page;
  await waitForPointerQuiet(target);
  const before = (await cardLog(target)).opened.length;
  await pointAt(page, proof, frame);
  await waitForCard(target, heading);
  await target.waitForFunction(
    (count) => (window as unknown as { __klCards: CardLog }).__klCards.opened.length > count,
    before,
  );
  return (await cardLog(target)).opened.length - 1;
}

/**
 * No card opened while the pointer did what it did, and that is not for want of a working
 * card: once the pointer is at rest past the open delay, no card is in the log, and a rest on
 * `proof` (the hover page's first Ketamine by default) then opens the only card.
 */
export async function expectNoCardOpened(
  page: Page,
  proof: TermQuery = { within: '#left' },
  heading = 'Ketamine',
): Promise<void> {
  await waitForPointerQuiet(page);
  expect((await cardLog(page)).opened).toEqual([]);
  expect(await cardsOpenedBeforeProof(page, proof, heading)).toBe(0);
}

/** Whether box `inner` lies fully inside the viewport (with `slack` px allowed for rounding). */
export function insideViewport(
  inner: Box,
  viewport: { width: number; height: number },
  slack = 0.5,
): boolean {
  return (
    inner.left >= -slack &&
    inner.top >= -slack &&
    inner.right <= viewport.width + slack &&
    inner.bottom <= viewport.height + slack
  );
}

/** The gap between two boxes, 0 when they touch or overlap, along each axis. */
export function gapBetween(a: Box, b: Box): { x: number; y: number } {
  return {
    x: Math.max(0, a.left - b.right, b.left - a.right),
    y: Math.max(0, a.top - b.bottom, b.top - a.bottom),
  };
}

/** Screenshots go to /tmp/hover-<name>.png, to look at by eye. */
export async function shoot(page: Page, name: string): Promise<string> {
  const path = `/tmp/hover-${name}.png`;
  await page.screenshot({ path });
  return path;
}

/**
 * Lines of text in the card that its visible area cuts through: a line partly inside and
 * partly outside the card's cards area (or the card itself). 0 when every line is whole.
 */
export function cutLines(target: Target): Promise<number> {
  return target.evaluate(() => {
    const shadow = document.querySelector('ketamine-lens-card')?.shadowRoot;
    const dialog = shadow?.querySelector<HTMLElement>('[role=dialog]');
    const body = shadow?.querySelector<HTMLElement>('.kl-hover__body');
    if (!dialog || !body) return -1;
    const clipOf = (element: HTMLElement) => {
      const r = element.getBoundingClientRect();
      return {
        top: r.top + element.clientTop,
        bottom: r.top + element.clientTop + element.clientHeight,
      };
    };
    const outer = clipOf(dialog);
    const inner = clipOf(body);
    const top = Math.max(outer.top, inner.top);
    const bottom = Math.min(outer.bottom, inner.bottom);
    let cut = 0;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      range.selectNodeContents(node);
      for (const line of range.getClientRects()) {
        const inside = line.top >= top - 0.5 && line.bottom <= bottom + 0.5;
        const outside = line.bottom <= top + 0.5 || line.top >= bottom - 0.5;
        if (!inside && !outside) cut++;
      }
    }
    return cut;
  });
}

/** Whether an element in the card's shadow root scrolls (its content overflows it). */
export function cardScrolls(target: Target, selector: string): Promise<boolean> {
  return target.evaluate((s) => {
    const element = document
      .querySelector('ketamine-lens-card')
      ?.shadowRoot?.querySelector<HTMLElement>(s);
    return !!element && element.scrollHeight > element.clientHeight + 1;
  }, selector);
}
