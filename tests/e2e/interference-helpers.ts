/**
 * Pages and probes for the page-interference tests, shared by Chromium (playwright-core) and
 * Firefox (puppeteer-core): in-page functions take one argument, as both evaluate APIs do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';
import type { ClickLog } from './page-side';

/** In the page: the page itself clicks the open card's "Search all cards" button, twice over. */
export function forgeSearchClick(): void {
  const button = document
    .querySelector('ketamine-lens-card')
    ?.shadowRoot?.querySelector<HTMLElement>('.kl-hover__more');
  button?.click();
  button?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
}

/** What fixtures/guard.html highlights. */
export const ORIGINAL_TEXTS = ['Ketamine', 'esketamine', 'horse tranquilizer'];

/**
 * What a page can do to the highlight registry on fixtures/guard.html, after which our
 * highlights must come back, in both browsers. Each runs in the page and says whether it took
 * (our highlights as the page left them are not ours any more).
 */
export const REGISTRY_ATTACKS: [string, () => boolean][] = [
  [
    'CSS.highlights.clear()',
    () => {
      CSS.highlights.clear();
      return CSS.highlights.size === 0;
    },
  ],
  [
    'it deletes our entries',
    () => {
      CSS.highlights.delete('ketamine-lens-term');
      CSS.highlights.delete('ketamine-lens-misconception');
      return CSS.highlights.size === 0;
    },
  ],
  [
    'it empties one Highlight of ours and deletes the other',
    () => {
      CSS.highlights.get('ketamine-lens-term')?.clear();
      CSS.highlights.delete('ketamine-lens-misconception');
      return CSS.highlights.get('ketamine-lens-term')?.size === 0;
    },
  ],
  [
    'it sets a Highlight of its own under our name',
    () => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('#plain') as Element);
      CSS.highlights.set('ketamine-lens-term', new Highlight(range));
      return CSS.highlights.get('ketamine-lens-term')?.size === 1;
    },
  ],
  [
    'it empties our Highlight and slips its own range in',
    () => {
      const ours = CSS.highlights.get('ketamine-lens-term') as Highlight;
      ours.clear();
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('#plain') as Element);
      ours.add(range);
      return ours.size === 1;
    },
  ],
];

/**
 * Two terms (#one Ketamine, #two esketamine) on a page that can define its own
 * <ketamine-lens-card>: `defineHostile(kind)` defines a class that hides itself and throws
 * ('plain'), also throws in its constructor ('throws') or takes a closed shadow root first
 * ('takes-shadow'); `window.__klPageClass` logs what that class got to run. With `kind`, the
 * page defines it before any script of ours runs. `window.__klOpened` counts card hosts added.
 */
export function ownCardPage(kind?: 'plain' | 'throws' | 'takes-shadow'): string {
  const define = kind ? `defineHostile(${JSON.stringify(kind)});` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Own element</title>
<script>
  window.__klOpened = 0;
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes)
      if (n.nodeName === 'KETAMINE-LENS-CARD') window.__klOpened++;
  }).observe(document.documentElement, { childList: true, subtree: true });
  window.__klPageClass = [];
  window.defineHostile = (kind) => customElements.define('ketamine-lens-card', class extends HTMLElement {
    constructor() {
      super();
      window.__klPageClass.push('constructor');
      if (kind === 'throws') throw new Error('page constructor throws');
      if (kind === 'takes-shadow') this.attachShadow({ mode: 'closed' }).innerHTML = '<p>page</p>';
    }
    connectedCallback() {
      window.__klPageClass.push('connected');
      this.shadowRoot?.replaceChildren();
      this.style.display = 'none';
      throw new Error('page connectedCallback throws');
    }
  });
  ${define}
</script></head>
<body><p id="one">Ketamine is an anaesthetic.</p><p id="two">So is esketamine.</p></body></html>`;
}

/** In the page: a forged touch tap (pointerdown, pointerup; isTrusted false) at a point. */
export function forgeTouchTap({ x, y }: { x: number; y: number }): void {
  const target = document.elementFromPoint(x, y) as Element;
  const init = { bubbles: true, composed: true, clientX: x, clientY: y, pointerType: 'touch' };
  target.dispatchEvent(new PointerEvent('pointerdown', init));
  target.dispatchEvent(new PointerEvent('pointerup', init));
}

/** The marker style's term background. */
export const MARKER_BACKGROUND = 'rgb(253, 230, 138)';

/** In the page: the background our term highlight paints on an element (in a shadow root when `host`). */
export function highlightBackgroundOf({ selector, host }: { selector: string; host?: string }) {
  const root = host ? document.querySelector(host)?.shadowRoot : document;
  const element = root?.querySelector(selector);
  if (!element) throw new Error(`no ${selector}`);
  return getComputedStyle(element, '::highlight(ketamine-lens-term)').backgroundColor;
}

export function highlightBackground(
  target: Page | Frame,
  selector: string,
  host?: string,
): Promise<string> {
  return target.evaluate(highlightBackgroundOf, { selector, host });
}

/**
 * The event WXT's ContentScriptContext listens for to stop an older copy of the script, as a
 * page would forge it: the name as the build makes it (`<extension id>:<entrypoint>:<event>`)
 * and a made-up message id. The class is built into the engine stage, the script our context
 * (page/engine-stage/extension-context.ts) extends it in; the sentinel holds no WXT context.
 */
export function forgedStartedEvent(
  extensionId: string,
  buildDir = EXTENSION_DIR,
): { name: string; detail: { contentScriptName: string; messageId: string } } {
  const source = readFileSync(join(buildDir, 'engine-stage.js'), 'utf8');
  const event = source.match(/`(wxt:content-script-started)`/)?.[1];
  const entrypoint = source.match(/runtime\?\.id\}:([\w-]+):\$\{/)?.[1];
  if (!event || !entrypoint) {
    throw new Error('the built engine stage no longer names WXT’s content-script-started event');
  }
  return {
    name: `${extensionId}:${entrypoint}:${event}`,
    detail: { contentScriptName: entrypoint, messageId: 'forged-by-the-page' },
  };
}

/**
 * Response headers of the strictest page: nothing may load, no script may run, and the DOM
 * takes no string as HTML. Our stages are imported into the content script's world, which the
 * page's CSP does not govern.
 */
export const LOCKED_DOWN = {
  'content-security-policy':
    "default-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'",
};

/** The one term the pages below hold, in a paragraph. */
export const TERM_PARAGRAPH = 'Ketamine is an anaesthetic.';

/**
 * A page that calls window.stop() in a loop from the end of parsing for 2.5 s, aborting every
 * load in the frame (the lens's imports too), then stops for good and sets window.loopEnded;
 * nothing in the document changes after.
 */
export const STOP_LOOP_PAGE = `<!doctype html><html lang="en"><body><main><p>${TERM_PARAGRAPH}</p></main>
<script>
  const until = performance.now() + 2500;
  const loop = () => {
    window.stop();
    if (performance.now() < until) setTimeout(loop, 0);
    else window.loopEnded = performance.now();
  };
  document.addEventListener('DOMContentLoaded', loop);
</script></body></html>`;

/** What each frame of `pausedFramesPage` holds: the paragraph with the term. */
export const FRAME_HTML = `<p>${TERM_PARAGRAPH}</p>`;

/**
 * A page of a site to be paused, with the term in its srcdoc, sandboxed srcdoc, about:blank and
 * blob: frames (named so) and in a frame of `control`, another site's page.
 */
export function pausedFramesPage(control: string): string {
  return `<!doctype html><html lang="en"><body><main><p>${TERM_PARAGRAPH}</p></main>
<iframe name="srcdoc" srcdoc="${FRAME_HTML}"></iframe>
<iframe name="sandboxed" sandbox srcdoc="${FRAME_HTML}"></iframe>
<iframe name="blank"></iframe>
<iframe name="blob"></iframe>
<script>
  // Written once the page has loaded: Firefox may replace a frame's first about:blank before.
  addEventListener('load', () => { frames.blank.document.body.innerHTML = ${JSON.stringify(FRAME_HTML)}; });
  document.querySelector('[name=blob]').src = URL.createObjectURL(
    new Blob([${JSON.stringify(`<!doctype html><body>${FRAME_HTML}</body>`)}], { type: 'text/html' }));
</script>
<iframe name="control" src="${control}"></iframe></body></html>`;
}

/**
 * One test per REGISTRY_ATTACKS entry, for either browser's driver: `openGuardPage` opens
 * fixtures/guard.html with ORIGINAL_TEXTS highlighted, `waitForOriginal` waits with the
 * driver's own waitForTexts until they are highlighted again.
 */
export function itGetsHighlightsBackAfterEachAttack<
  P extends { evaluate<R>(fn: () => R): Promise<R>; close(): Promise<void> },
>(openGuardPage: () => Promise<P>, waitForOriginal: (page: P) => Promise<void>): void {
  it.each(REGISTRY_ATTACKS)('gets our highlights back after %s', async (_, attack) => {
    const page = await openGuardPage();
    expect(await page.evaluate(attack)).toBe(true);
    await waitForOriginal(page);
    await page.close();
  });
}

/**
 * On STOP_LOOP_PAGE once its loop has ended: the term is highlighted at most 3 s after the
 * loop's last stop, measured on the page's own clock. `waitForTerm` waits with the driver's own
 * waitForTexts, for at most the given time.
 */
export async function expectHighlightedSoonAfterLoop(
  page: { evaluate<R>(fn: () => R): Promise<R> },
  waitForTerm: (timeout: number) => Promise<void>,
): Promise<void> {
  const ended = await page.evaluate(() => (window as { loopEnded?: number }).loopEnded ?? 0);
  await waitForTerm(3_000 + 500);
  const shownAt = await page.evaluate(() => performance.now());
  expect(shownAt - ended).toBeLessThan(3_000 + 500);
}

/**
 * What a long press on a word in a link (then a tap on empty page) must leave, by the page's
 * `recordLinkClicks` log: both pointerdowns seen, every click on the link cancelled, and the
 * page still there (`path`).
 */
export function expectLinkNotFollowed(log: ClickLog | null, url: string, path: string): void {
  expect(log, 'the page navigated away').not.toBeNull();
  expect(log?.downs).toBe(2);
  expect(log?.clicks.every((cancelled) => cancelled)).toBe(true);
  expect(new URL(url).pathname).toBe(path);
}
