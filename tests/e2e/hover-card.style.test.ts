/**
 * Issue 5, style isolation: the card keeps its own look on a page whose CSS attacks every
 * element and even the card's own element, its CSS does not leak into the page, it follows
 * the light/dark scheme and reduced motion, and it shows above the page's own overlays.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser, FixtureServer } from './harness';
import {
  type CardState,
  cardState,
  insideViewport,
  openFixture,
  parkMouse,
  pointAt,
  shoot,
  termBox,
  waitForCard,
} from './hover-helpers';
import { withExtensionBrowser } from './with-extension';

let browser: ExtensionBrowser;
let server: FixtureServer;
withExtensionBrowser((launched) => {
  ({ browser, server } = launched);
});

const luminance = (rgb: string) => {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** Computed styles of every page element (our host excluded), to compare before and after. */
function pageStyles(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const props = [
      'color',
      'background-color',
      'font-size',
      'font-family',
      'line-height',
      'margin',
      'padding',
      'display',
      'position',
      'zoom',
      'direction',
      'width',
      'height',
      'box-sizing',
      'opacity',
      'transform',
      'animation-name',
    ];
    const out: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      if (element.localName === 'ketamine-lens-card') continue;
      const style = getComputedStyle(element);
      out.push(
        `${element.localName}#${element.id}: ${props.map((p) => style.getPropertyValue(p)).join('|')}`,
      );
    }
    const sheets = document.styleSheets.length;
    const adopted = document.adoptedStyleSheets.length;
    out.push(`sheets ${sheets} adopted ${adopted} scroll ${document.documentElement.scrollHeight}`);
    return out;
  });
}

describe('on a page whose CSS attacks every element', () => {
  it('still shows the card at its own size, font sizes and colours', async () => {
    const page = await openFixture(browser.context, server.url('/hover-hostile.html'));
    const term = await pointAt(page, { within: '#first' });
    await waitForCard(page, 'Ketamine');
    await page.waitForTimeout(300);
    const card = (await cardState(page)) as CardState;
    await shoot(page, 'hostile');
    expect(card.box.width).toBeGreaterThanOrEqual(300);
    expect(card.box.height).toBeGreaterThanOrEqual(200);
    expect(card.headingFontSize).toBeGreaterThanOrEqual(15);
    expect(card.fontSize).toBeGreaterThanOrEqual(12);
    expect(card.background).toBe('rgb(255, 255, 255)');
    expect(luminance(card.color)).toBeLessThan(60);
    expect(insideViewport(card.box, { width: 1000, height: 800 })).toBe(true);
    // Right below its term, not wherever the page's custom properties say.
    expect(card.box.top).toBeGreaterThan(term.bottom);
    expect(card.box.top - term.bottom).toBeLessThanOrEqual(12);
    // Every part is really rendered and reachable at the card's centre.
    const visible = await page.evaluate(() => {
      const host = document.querySelector('ketamine-lens-card') as HTMLElement;
      const style = getComputedStyle(host);
      const shadow = host.shadowRoot as ShadowRoot;
      const parts = ['h2', '.kl-hover__more', '.kl-disclaimer', 'article'].map((selector) => {
        const element = shadow.querySelector(selector) as HTMLElement;
        const s = getComputedStyle(element);
        return (
          element.checkVisibility() && s.display !== 'none' && Number.parseFloat(s.fontSize) >= 11
        );
      });
      const rect = host.getBoundingClientRect();
      const atCentre = document.elementFromPoint(
        rect.left + rect.width / 2,
        rect.top + rect.height / 2,
      );
      return {
        parts,
        opacity: style.opacity,
        transform: style.transform,
        filter: style.filter,
        pointerEvents: style.pointerEvents,
        zoom: style.zoom,
        before: getComputedStyle(host, '::before').content,
        onTop: atCentre === host,
      };
    });
    expect(visible).toEqual({
      parts: [true, true, true, true],
      opacity: '1',
      transform: 'none',
      filter: 'none',
      pointerEvents: 'auto',
      zoom: '1',
      before: 'none',
      onTop: true,
    });
    await page.close();
  });

  it('sizes everything in px: no rem (the page’s root font size) and no em in its CSS', async () => {
    const page = await openFixture(browser.context, server.url('/hover-hostile.html'));
    await pointAt(page, { within: '#first' });
    await waitForCard(page, 'Ketamine');
    const css = await page.evaluate(() =>
      [
        ...(document.querySelector('ketamine-lens-card')?.shadowRoot?.querySelectorAll('style') ??
          []),
      ]
        .map((style) => style.textContent)
        .join('\n')
        .replace(/\/\*[\s\S]*?\*\//g, ''),
    );
    expect(css.length).toBeGreaterThan(1000);
    expect(css.match(/[\d.]r?em\b/g)).toBeNull();
    await page.close();
  });

  it('keeps its buttons working there', async () => {
    const page = await openFixture(browser.context, server.url('/hover-hostile.html'));
    await pointAt(page, { within: '#first' });
    await waitForCard(page, 'Ketamine');
    const opened = browser.context.waitForEvent('page', { timeout: 10_000 });
    await page.getByRole('button', { name: 'Search all cards for “Ketamine”' }).click();
    const tab = await opened;
    await tab.waitForURL(/popup\.html\?q=Ketamine(&|$)/, { timeout: 10_000 });
    await tab.close();
    await page.close();
  });
});

describe('the card’s CSS', () => {
  it('does not leak into the page', async () => {
    const page = await openFixture(browser.context, server.url('/hover-page.html'));
    await parkMouse(page);
    const before = await pageStyles(page);
    await pointAt(page, { within: '#left' });
    const card = await waitForCard(page, 'Ketamine');
    // Rest the pointer on the card, off the page's elements.
    await page.mouse.move(card.box.left + 40, card.box.top + 40, { steps: 3 });
    await page.waitForTimeout(200);
    expect(await cardState(page)).not.toBeNull();
    const during = await pageStyles(page);
    expect(during).toEqual(before);
    await page.close();
  });
});

describe('colour scheme and motion', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`follows the ${scheme} colour scheme`, async () => {
      const page = await openFixture(browser.context, server.url('/hover-page.html'));
      await page.emulateMedia({ colorScheme: scheme });
      await pointAt(page, { within: '#left' });
      await waitForCard(page, 'Ketamine');
      await page.waitForTimeout(200);
      const card = (await cardState(page)) as CardState;
      if (scheme === 'dark') {
        expect(luminance(card.background)).toBeLessThan(60);
        expect(luminance(card.color)).toBeGreaterThan(200);
      } else {
        expect(luminance(card.background)).toBeGreaterThan(240);
        expect(luminance(card.color)).toBeLessThan(60);
      }
      await page.close();
    });
  }

  it('animates its appearance, except when the reader asks for reduced motion', async () => {
    const page = await openFixture(browser.context, server.url('/hover-page.html'));
    await pointAt(page, { within: '#left' });
    expect((await waitForCard(page, 'Ketamine')).animationName).not.toBe('none');
    await page.close();

    const still = await openFixture(browser.context, server.url('/hover-page.html'));
    await still.emulateMedia({ reducedMotion: 'reduce' });
    await pointAt(still, { within: '#left' });
    expect((await waitForCard(still, 'Ketamine')).animationName).toBe('none');
    await still.close();
  });

  it('draws a system-colour border in forced colours mode', async () => {
    const page = await openFixture(browser.context, server.url('/hover-page.html'));
    await page.emulateMedia({ forcedColors: 'active' });
    await pointAt(page, { within: '#left' });
    await waitForCard(page, 'Ketamine');
    const border = await page.evaluate(() => {
      const dialog = document
        .querySelector('ketamine-lens-card')
        ?.shadowRoot?.querySelector('[role=dialog]') as HTMLElement;
      return getComputedStyle(dialog).borderTopWidth;
    });
    expect(Number.parseFloat(border)).toBeGreaterThanOrEqual(1);
    await page.close();
  });
});

describe('page overlays', () => {
  it('shows above a fixed overlay with the highest z-index', async () => {
    const page = await openFixture(browser.context, server.url('/hover-overlay.html'));
    const term = await termBox(page, { within: '#term-line' });
    await pointAt(page, { within: '#term-line' });
    const card = await waitForCard(page, 'Ketamine');
    await page.waitForTimeout(200);
    // The banner starts 60 px down; the card, below the term, overlaps it.
    expect(card.box.bottom).toBeGreaterThan(60);
    expect(card.box.top).toBeGreaterThan(term.bottom);
    const onTop = await page.evaluate(() => {
      const host = document.querySelector('ketamine-lens-card') as HTMLElement;
      const dialog = host.shadowRoot?.querySelector('[role=dialog]') as HTMLElement;
      const rect = dialog.getBoundingClientRect();
      const points = [
        [rect.left + rect.width / 2, rect.top + rect.height / 2],
        [rect.left + 10, rect.bottom - 10],
        [rect.right - 10, 70],
      ];
      return points.map(([x, y]) => {
        const hit = document.elementFromPoint(x as number, y as number);
        const inner = host.shadowRoot?.elementFromPoint(x as number, y as number);
        return hit === host && dialog.contains(inner ?? null);
      });
    });
    expect(onTop).toEqual([true, true, true]);
    await shoot(page, 'overlay');
    // And it takes the pointer there: its button is clickable over the banner.
    const opened = browser.context.waitForEvent('page', { timeout: 10_000 });
    await page.getByRole('button', { name: /Search all cards/ }).click();
    await (await opened).close();
    await page.close();
  });
});
