/**
 * Issue 11 in Firefox (the caret path, no scoped custom element registries): forged input,
 * document.open(), a page's own <ketamine-lens-card>, and a pointer sweep over a 1 MB text file.
 */

import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension } from './firefox-harness';
import { FixtureServer } from './harness';

let browser: Browser;
let server: FixtureServer;

beforeAll(async () => {
  server = await new FixtureServer().start();
  ({ browser } = await launchFirefoxWithExtension());
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Robust</title>
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
  DEFINE
</script></head>
<body><p id="one">Ketamine is an anaesthetic.</p><p id="two">So is esketamine.</p></body></html>`;

async function openPage(path: string, define = ''): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(server.page(path, PAGE.replace('DEFINE', define)));
  await waitForReady(page);
  return page;
}

function waitForReady(page: Page): Promise<unknown> {
  return page.waitForFunction(
    () => performance.getEntriesByName('ketamine-lens:ready').length > 0,
    { timeout: 30_000 },
  );
}

/** The centre of the first highlighted range inside `within`. */
function termPoint(page: Page, within: string): Promise<{ x: number; y: number }> {
  return page.evaluate((selector) => {
    const scope = document.querySelector(selector);
    for (const range of CSS.highlights.get('ketamine-lens-term') ?? []) {
      if (!(range instanceof Range) || !scope?.contains(range.startContainer)) continue;
      const rect = range.getClientRects()[0] as DOMRect;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`no term in ${selector}`);
  }, within);
}

/** Waits for a shown, laid-out card with this heading in an open shadow root. */
function waitForCard(page: Page, heading: string): Promise<unknown> {
  return page.waitForFunction(
    (wanted) => {
      const dialog = document
        .querySelector('ketamine-lens-card')
        ?.shadowRoot?.querySelector<HTMLElement>('[role=dialog]');
      return (
        dialog?.querySelector('h2')?.textContent === wanted &&
        dialog.getBoundingClientRect().width > 100 &&
        dialog.querySelectorAll('article[data-card-id]').length > 0
      );
    },
    { timeout: 10_000 },
    heading,
  );
}

function waitForNoCard(page: Page): Promise<unknown> {
  return page.waitForFunction(
    () => !document.querySelector('ketamine-lens-card')?.shadowRoot?.querySelector('[role=dialog]'),
    { timeout: 10_000 },
  );
}

/** The `q` of every open search tab (WebDriver BiDi lists them as about:blank; they know). */
async function searchQueries(): Promise<string[]> {
  const queries: string[] = [];
  for (const tab of await browser.pages()) {
    const href = await tab.evaluate(() => location.href).catch(() => '');
    if (href.includes('/popup.html')) queries.push(new URL(href).searchParams.get('q') ?? '');
  }
  return queries;
}

async function hover(page: Page, within: string, heading: string): Promise<void> {
  const { x, y } = await termPoint(page, within);
  await page.mouse.move(x, y);
  await waitForCard(page, heading);
}

async function hoverBoth(page: Page): Promise<void> {
  for (const [within, heading] of [
    ['#one', 'Ketamine'],
    ['#two', 'Esketamine'],
  ] as const) {
    await hover(page, within, heading);
    await page.mouse.move(2, 2);
    await waitForNoCard(page);
  }
}

describe('in Firefox, against a page working against us', () => {
  it('opens no card for a synthetic touch pointerup, and no tab for a .click() on the card', async () => {
    const page = await openPage('/ff-forged.html');
    const point = await termPoint(page, '#two');
    await page.evaluate(({ x, y }) => {
      const target = document.elementFromPoint(x, y) as Element;
      const init = { bubbles: true, composed: true, clientX: x, clientY: y, pointerType: 'touch' };
      target.dispatchEvent(new PointerEvent('pointerdown', init));
      target.dispatchEvent(new PointerEvent('pointerup', init));
    }, point);
    // A real hover afterwards proves the handlers are live; its card is the only one opened.
    await hover(page, '#one', 'Ketamine');
    expect(
      await page.evaluate(() => (window as unknown as { __klOpened: number }).__klOpened),
    ).toBe(1);

    // The page clicks the Esketamine card's button, then the reader the Ketamine card's. Tabs
    // open in the order asked for: once the reader's tab is there, a forged one would be too.
    // (The pointer leaves first: the open card lies over the next paragraph.)
    await page.mouse.move(2, 2);
    await waitForNoCard(page);
    await hover(page, '#two', 'Esketamine');
    await page.evaluate(() => {
      const button = document
        .querySelector('ketamine-lens-card')
        ?.shadowRoot?.querySelector<HTMLElement>('.kl-hover__more');
      button?.click();
      button?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    });
    await page.mouse.move(2, 2);
    await waitForNoCard(page);
    await hover(page, '#one', 'Ketamine');
    const button = await page.evaluate(() => {
      const button = document
        .querySelector('ketamine-lens-card')
        ?.shadowRoot?.querySelector('.kl-hover__more');
      if (!button) throw new Error('no search button in the card');
      const rect = button.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(button.x, button.y, { steps: 3 });
    await page.mouse.click(button.x, button.y);
    await expect.poll(() => searchQueries(), { timeout: 10_000 }).toContain('Ketamine');
    expect(await searchQueries()).toEqual(['Ketamine']);
    await page.close();
  }, 60_000);

  it('still opens cards after document.open() rewrote the page', async () => {
    const page = await openPage('/ff-rewrite.html');
    await page.evaluate(() => {
      document.open();
      document.write('<!doctype html><p id="fresh">Written anew: ketamine.</p>');
      document.close();
    });
    await page.waitForFunction(
      () =>
        [...(CSS.highlights.get('ketamine-lens-term') ?? [])].some((range) =>
          document.querySelector('#fresh')?.contains((range as Range).startContainer),
        ),
      { timeout: 15_000 },
    );
    await hover(page, '#fresh', 'Ketamine');
    await page.close();
  }, 60_000);

  for (const kind of ['takes-shadow', 'throws', 'plain']) {
    it(`opens working cards when the page defined <ketamine-lens-card> first (${kind})`, async () => {
      const page = await openPage(
        `/ff-own-${kind}.html`,
        `defineHostile(${JSON.stringify(kind)});`,
      );
      await hoverBoth(page);
      await page.close();
    }, 60_000);
  }

  it('opens working cards when the page defines <ketamine-lens-card> after a first card', async () => {
    const page = await openPage('/ff-own-later.html');
    await hoverBoth(page);
    await page.evaluate(() =>
      (window as unknown as { defineHostile: (kind: string) => void }).defineHostile('plain'),
    );
    await hoverBoth(page);
    await page.close();
  }, 60_000);
});
