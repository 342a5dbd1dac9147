/**
 * Style isolation: the card keeps its own look on a page whose CSS attacks every
 * element and even the card's own element, its CSS does not leak into the page, it follows
 * the light/dark scheme and reduced motion, and it shows above the page's own overlays.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../common/settings/settings';
import { useExtension } from './harness';
import {
  type CardState,
  cardState,
  expectColourScheme,
  hoverTerm,
  insideViewport,
  luminance,
  parkMouse,
  parkMouseAndWaitForNoCard,
  pointAt,
  recordCards,
  restPointerAt,
  shoot,
  termBox,
  waitForCard,
  waitForNoCard,
} from './hover-helpers';
import { changeSettings, resetSettings, storeSettings } from './settings-helpers';

const lens = useExtension();

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
    const page = await lens.open('/hover-hostile.html', { front: true, reducedMotion: true });
    const term = await pointAt(page, { within: '#first' });
    await waitForCard(page, 'Ketamine');
    const card = (await cardState(page)) as CardState;
    await shoot(page, 'hostile');
    expect(card.box.width).toBeGreaterThanOrEqual(300);
    // The compact card: its heading row, a three-line fact and its source line.
    expect(card.box.height).toBeGreaterThanOrEqual(100);
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
      const parts = ['h2', '.kl-hover__more', '.kl-hover__source-toggle', 'article'].map(
        (selector) => {
          const element = shadow.querySelector(selector) as HTMLElement;
          const s = getComputedStyle(element);
          return (
            element.checkVisibility() && s.display !== 'none' && Number.parseFloat(s.fontSize) >= 11
          );
        },
      );
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
    const page = await lens.open('/hover-hostile.html', { front: true });
    await hoverTerm(page, { within: '#first' }, 'Ketamine');
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
    const page = await lens.open('/hover-hostile.html', { front: true });
    await hoverTerm(page, { within: '#first' }, 'Ketamine');
    const opened = lens.context.waitForEvent('page', { timeout: 10_000 });
    await page.getByRole('button', { name: 'Search all cards for “Ketamine”' }).click();
    const tab = await opened;
    await tab.waitForURL(/popup\.html\?q=Ketamine(&|$)/, { timeout: 10_000 });
    await tab.close();
    await page.close();
  });
});

describe('the card’s CSS', () => {
  it('does not leak into the page', async () => {
    const page = await lens.open('/hover-page.html', { front: true });
    await parkMouse(page);
    const before = await pageStyles(page);
    const card = await hoverTerm(page, { within: '#left' }, 'Ketamine');
    // Rest the pointer on the card, off the page's elements, past the close delay.
    await recordCards(page);
    await restPointerAt(page, card.box.left + 40, card.box.top + 40, 3);
    expect(await cardState(page)).not.toBeNull();
    const during = await pageStyles(page);
    expect(during).toEqual(before);
    await page.close();
  });
});

describe('colour scheme and motion', () => {
  /** Paints the page behind its words dark (or leaves it light). */
  const paint = (page: Page, scheme: 'light' | 'dark') =>
    page.evaluate((dark) => {
      if (dark) document.body.style.cssText += ';background:#16181c;color:#e6e6e6';
    }, scheme === 'dark');

  // The page's colours, not the system's: a light page in a dark system gets a light card.
  for (const system of ['light', 'dark'] as const) {
    for (const pageScheme of ['light', 'dark'] as const) {
      it(`is ${pageScheme} on a ${pageScheme} page in a ${system} system`, async () => {
        const page = await lens.open('/hover-page.html', { front: true, reducedMotion: true });
        await page.emulateMedia({ colorScheme: system });
        await paint(page, pageScheme);
        const card = await hoverTerm(page, { within: '#left' }, 'Ketamine');
        expectColourScheme(card, pageScheme);
        await page.close();
      });
    }
  }

  it('takes the colours the reader chose over the page’s, and follows a change live', async () => {
    const choose = (cardTheme: string) => changeSettings(lens.browser, { cardTheme });
    try {
      await choose('dark');
      const page = await lens.open('/hover-page.html', { front: true, reducedMotion: true });
      expectColourScheme(await hoverTerm(page, { within: '#left' }, 'Ketamine'), 'dark');
      await parkMouseAndWaitForNoCard(page);
      await paint(page, 'dark');
      await choose('light');
      // The setting reaches the page; the next card is light, though the page is now dark.
      await expect
        .poll(async () => {
          await parkMouseAndWaitForNoCard(page);
          const card = await hoverTerm(page, { within: '#left' }, 'Ketamine');
          return card.background;
        })
        .toBe('rgb(255, 255, 255)');
      await page.close();
    } finally {
      await resetSettings(lens.browser);
    }
  });

  it('animates its appearance, except when the reader asks for reduced motion', async () => {
    const page = await lens.open('/hover-page.html', { front: true });
    expect((await hoverTerm(page, { within: '#left' }, 'Ketamine')).animationName).not.toBe('none');
    await page.close();

    const still = await lens.open('/hover-page.html', { front: true });
    await still.emulateMedia({ reducedMotion: 'reduce' });
    expect((await hoverTerm(still, { within: '#left' }, 'Ketamine')).animationName).toBe('none');
    await still.close();
  });

  it('draws a system-colour border in forced colours mode', async () => {
    const page = await lens.open('/hover-page.html', { front: true });
    await page.emulateMedia({ forcedColors: 'active' });
    await hoverTerm(page, { within: '#left' }, 'Ketamine');
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
    const page = await lens.open('/hover-overlay.html', { front: true, reducedMotion: true });
    const term = await termBox(page, { within: '#term-line' });
    const card = await hoverTerm(page, { within: '#term-line' }, 'Ketamine');
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
    const opened = lens.context.waitForEvent('page', { timeout: 10_000 });
    await page.getByRole('button', { name: /Search all cards/ }).click();
    await (await opened).close();
    await page.close();
  });
});

describe('a highlighted word inside a link', () => {
  /**
   * Share of the word's glyph pixels (the top 70 % of its box, above any underline) that are
   * the link's own colour (blue: b well above r and g).
   */
  async function linkColouredShare(page: Page, within: string): Promise<number> {
    const box = await termBox(page, { within });
    const shot = await page.screenshot({
      clip: { x: box.left, y: box.top, width: box.width, height: box.height * 0.7 },
    });
    return page.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      let blue = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        const [r = 0, g = 0, b = 0] = [pixels[i], pixels[i + 1], pixels[i + 2]];
        if (b > r + 60 && b > g + 40) blue++;
      }
      return blue / (pixels.length / 4);
    }, shot.toString('base64'));
  }

  for (const style of ['marker', 'underline', 'dotted'] as const) {
    it(`keeps the link's own colour in the ${style} style, on a light and a dark page`, async () => {
      const page = await lens.open('/hover-links.html', { front: true });
      await storeSettings(lens.browser, { ...DEFAULT_SETTINGS, style });
      const marker = style === 'marker';
      await page.waitForFunction(
        (wanted) =>
          document.adoptedStyleSheets.some((sheet) =>
            [...sheet.cssRules].some((rule) =>
              rule.cssText.startsWith('::highlight(ketamine-lens-term)')
                ? rule.cssText.includes('background-color') === wanted
                : false,
            ),
          ),
        marker,
      );
      // The link's text keeps its blue; the plain word next to it has none.
      for (const section of ['light', 'dark']) {
        expect(await linkColouredShare(page, `#${section}-a`), section).toBeGreaterThan(0.05);
        expect(await linkColouredShare(page, `#${section}-plain`), section).toBeLessThan(0.01);
      }
      expect(await linkColouredShare(page, '#light-span')).toBeGreaterThan(0.05);
      await page.screenshot({
        path: `/tmp/hover-links-${style}.png`,
        clip: { x: 0, y: 0, width: 700, height: 330 },
      });
      // A term's own underline is never a link's solid one.
      const termRule = await page.evaluate(() =>
        document.adoptedStyleSheets
          .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
          .find((text) => text.startsWith('::highlight(ketamine-lens-term)')),
      );
      if (!marker) expect(termRule).toMatch(/dashed|dotted/);
      await page.close();
    });
  }
});

describe('on paper', () => {
  it('closes an open card before printing, and prints no highlight', async () => {
    const page = await lens.open('/hover-page.html', { front: true, reducedMotion: true });
    await hoverTerm(page, { within: '#left' }, 'Ketamine');
    // What the browser fires as printing starts (a headless print dialog cannot be opened).
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await waitForNoCard(page);
    await parkMouse(page);
    // The word as printed looks as it does with nothing highlighted at all.
    const word = await termBox(page, { within: '#left' });
    const clip = {
      x: word.left - 4,
      y: word.top - 4,
      width: word.right - word.left + 8,
      height: word.bottom - word.top + 8,
    };
    const onScreen = await page.screenshot({ clip });
    await page.emulateMedia({ media: 'print' });
    const printed = await page.screenshot({ clip });
    await page.emulateMedia({ media: 'screen' });
    expect(printed.equals(onScreen)).toBe(false);
    try {
      await storeSettings(lens.browser, { ...DEFAULT_SETTINGS, enabled: false });
      await page.waitForFunction(() => (CSS.highlights.get('ketamine-lens-term')?.size ?? 0) === 0);
      expect((await page.screenshot({ clip })).equals(printed)).toBe(true);
    } finally {
      await resetSettings(lens.browser);
    }
    await page.close();
  });
});
