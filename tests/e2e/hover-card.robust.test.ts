/**
 * Issues 11 and 13, the hover card against a page that works against it: forged input,
 * document.open(), its own <ketamine-lens-card>, and a highlightsFromPoint() that answers
 * nothing (device emulation at a device pixel ratio of 2).
 */

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser, FixtureServer } from './harness';
import { waitForReady } from './harness';
import {
  cardLog,
  centreOf,
  openFixture,
  parkMouse,
  pointAt,
  recordCards,
  termBox,
  waitForCard,
  waitForNoCard,
} from './hover-helpers';
import { withExtensionBrowser } from './with-extension';

let browser: ExtensionBrowser;
let server: FixtureServer;
withExtensionBrowser(
  (launched) => {
    ({ browser, server } = launched);
  },
  { hasTouch: true },
);

const open = () => openFixture(browser.context, server.url('/hover-page.html'));

/** The centre of the card's "Search all cards" button, in viewport coordinates. */
function searchButton(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const button = document
      .querySelector('ketamine-lens-card')
      ?.shadowRoot?.querySelector<HTMLElement>('.kl-hover__more');
    if (!button) throw new Error('no search button in the card');
    const rect = button.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
}

describe('device emulation at a device pixel ratio of 2', () => {
  it('opens the card although highlightsFromPoint() finds nothing', async () => {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: 1000,
      height: 800,
      deviceScaleFactor: 2,
      mobile: false,
    });
    await page.goto(server.url('/hover-page.html'));
    await waitForReady(page);
    const box = await pointAt(page, { within: '#left' });
    // The premise: the browser's own answer at that point is empty.
    const fromPoint = await page.evaluate(({ x, y }) => {
      const registry = CSS.highlights as unknown as {
        highlightsFromPoint?: (x: number, y: number) => unknown[];
      };
      return registry.highlightsFromPoint?.(x, y).length ?? null;
    }, centreOf(box));
    expect(fromPoint === 0 || fromPoint === null).toBe(true);
    await waitForCard(page, 'Ketamine');
    await page.close();
  });
});

describe('forged input', () => {
  it('opens no card for a page’s synthetic touch pointerup on a term', async () => {
    const page = await open();
    await recordCards(page);
    const point = centreOf(await termBox(page, { within: '#left' }));
    await page.evaluate(({ x, y }) => {
      const target = document.elementFromPoint(x, y) as Element;
      const init = { bubbles: true, composed: true, clientX: x, clientY: y, pointerType: 'touch' };
      target.dispatchEvent(new PointerEvent('pointerdown', init));
      target.dispatchEvent(new PointerEvent('pointerup', init));
    }, point);
    // A real tap afterwards proves the handler is live; it must be the only card opened.
    await page.touchscreen.tap(point.x, point.y);
    await waitForCard(page, 'Ketamine');
    expect((await cardLog(page)).opened).toHaveLength(1);
    await page.close();
  });

  it('opens no tab for a page’s .click() on the card’s search button; a real click opens one', async () => {
    const page = await open();
    // The page clicks the Esketamine card's button...
    await pointAt(page, { within: '#right' });
    await waitForCard(page, 'Esketamine');
    await page.evaluate(() => {
      const button = document
        .querySelector('ketamine-lens-card')
        ?.shadowRoot?.querySelector<HTMLElement>('.kl-hover__more');
      button?.click();
      button?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    });
    // ...then the reader clicks the Ketamine card's. Tabs open in the order asked for, so
    // once the reader's search tab is there, one from the forged clicks would be too.
    await pointAt(page, { within: '#left' });
    await waitForCard(page, 'Ketamine');
    const button = await searchButton(page);
    await page.mouse.move(button.x, button.y, { steps: 3 });
    await page.mouse.click(button.x, button.y);
    const searchTab = (q: string) =>
      browser.context.pages().filter((tab) => new URL(tab.url()).searchParams.get('q') === q);
    await expect.poll(() => searchTab('Ketamine').length, { timeout: 10_000 }).toBe(1);
    expect(searchTab('Esketamine')).toEqual([]);
    for (const tab of searchTab('Ketamine')) await tab.close();
    await page.close();
  });
});

describe('a page that rewrites itself with document.open()', () => {
  it('still opens cards on the new document’s terms', async () => {
    const page = await open();
    await page.evaluate(() => {
      document.open();
      document.write(
        '<!doctype html><html lang="en"><body><p id="fresh">Written anew: ketamine.</p></body></html>',
      );
      document.close();
    });
    await page.waitForFunction(() =>
      [...(CSS.highlights.get('ketamine-lens-term') ?? [])].some((range) =>
        document.querySelector('#fresh')?.contains((range as Range).startContainer),
      ),
    );
    await pointAt(page, { within: '#fresh' });
    await waitForCard(page, 'Ketamine');
    await parkMouse(page);
    await waitForNoCard(page);
    // And again, after a second rewrite.
    await page.evaluate(() => {
      document.open();
      document.write('<p id="again">Once more on esketamine.</p>');
      document.close();
    });
    await page.waitForFunction(() =>
      [...(CSS.highlights.get('ketamine-lens-term') ?? [])].some((range) =>
        document.querySelector('#again')?.contains((range as Range).startContainer),
      ),
    );
    await pointAt(page, { within: '#again' });
    await waitForCard(page, 'Esketamine');
    await page.close();
  });
});

/** Page script defining its own <ketamine-lens-card>; logs what its class got to do. */
const HOSTILE_CLASS = `
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
  });`;

function hostilePage(name: string, kind: string, when: 'before' | 'later'): string {
  const define = when === 'before' ? `defineHostile(${JSON.stringify(kind)});` : '';
  return server.page(
    `/hostile-${name}.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Own element</title>
    <script>${HOSTILE_CLASS}${define}</script></head>
    <body><p id="one">Ketamine is an anaesthetic.</p><p id="two">So is esketamine.</p></body></html>`,
  );
}

/** Hovers both terms in turn; each must open its own, visible card. */
async function hoverBoth(page: Page): Promise<void> {
  for (const [within, heading] of [
    ['#one', 'Ketamine'],
    ['#two', 'Esketamine'],
  ] as const) {
    await pointAt(page, { within });
    const card = await waitForCard(page, heading);
    expect(card.shadowMode).toBe('open');
    expect(card.hosts).toBe(1);
    expect(card.box.width).toBeGreaterThan(100);
    expect(card.ids.length).toBeGreaterThan(0);
    await parkMouse(page);
    await waitForNoCard(page);
  }
}

describe('a page that defines its own <ketamine-lens-card>', () => {
  for (const kind of ['takes-shadow', 'throws', 'plain']) {
    it(`before we start (${kind}): the card opens and works, and the page’s class never runs on it`, async () => {
      const page = await browser.context.newPage();
      await page.goto(hostilePage(`before-${kind}`, kind, 'before'));
      await waitForReady(page);
      await hoverBoth(page);
      expect(
        await page.evaluate(() => (window as unknown as { __klPageClass: string[] }).__klPageClass),
      ).toEqual([]);
      await page.close();
    });
  }

  it('after we start, between two cards: the next card opens and works', async () => {
    const page = await browser.context.newPage();
    await page.goto(hostilePage('later', 'plain', 'later'));
    await waitForReady(page);
    await hoverBoth(page);
    await page.evaluate(() =>
      (window as unknown as { defineHostile: (k: string) => void }).defineHostile('plain'),
    );
    await hoverBoth(page);
    expect(
      await page.evaluate(() => (window as unknown as { __klPageClass: string[] }).__klPageClass),
    ).toEqual([]);
    await page.close();
  });
});
