/**
 * The store screenshots, 1280×800 as the Chrome Web Store asks (AMO takes the same), in real
 * Chromium with the built extension, on the bundled demo article. A toolbar popup cannot be
 * captured over its page, so the popup shot places a real screenshot of the popup over a
 * real screenshot of the page, where the browser would show it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  type ExtensionBrowser,
  type FixtureServer,
  openDemoArticle,
  ROOT,
} from '../tests/e2e/harness';
import { pointAt, waitForCard } from '../tests/e2e/hover-helpers';
import { openPopupFor, tabIdOf } from '../tests/e2e/popup-helpers';

const OUT = join(ROOT, 'docs/store');
const SIZE = { width: 1280, height: 800 };

type Scheme = 'light' | 'dark';

/** Reduced motion, so the card is shot fully shown without waiting out its animation. */
async function prepare(page: Page, colorScheme: Scheme): Promise<void> {
  await page.setViewportSize(SIZE);
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
}

async function demoPage(browser: ExtensionBrowser, server: FixtureServer, scheme: Scheme) {
  const page = await openDemoArticle(browser.context, server);
  await prepare(page, scheme);
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(OUT, name) });
}

export async function takeStoreScreenshots(
  browser: ExtensionBrowser,
  server: FixtureServer,
): Promise<void> {
  mkdirSync(OUT, { recursive: true });

  const light = await demoPage(browser, server, 'light');
  // "esketamine" in the story's second paragraph (the welcome shot shows ketamine's card).
  await pointAt(light, {
    within: 'article p:nth-of-type(3)',
    highlight: 'ketamine-lens-term',
    nth: 1,
  });
  await waitForCard(light, 'Esketamine');
  await shot(light, 'store-1-hover-card.png');
  await light.close();

  const dark = await demoPage(browser, server, 'dark');
  await pointAt(dark, { within: 'article', highlight: 'ketamine-lens-misconception' });
  await waitForCard(dark);
  await shot(dark, 'store-2-myth-card.png');
  await dark.close();

  // The popup over its page: both real screenshots, placed as the browser shows them.
  const page = await demoPage(browser, server, 'light');
  const pageImage = await page.screenshot();
  const tabId = await tabIdOf(browser, server.origin);
  const popup = await openPopupFor(browser, tabId, 'how fast does it work');
  await prepare(popup, 'light');
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.waitForSelector('article[data-card-id]');
  const popupImage = await popup.screenshot();
  await popup.close();
  await page.close();
  const composite = await browser.context.newPage();
  await composite.setViewportSize(SIZE);
  await composite.setContent(compositeHtml(pageImage, popupImage));
  await composite.waitForFunction(() => [...document.images].every((img) => img.complete));
  await shot(composite, 'store-3-popup-search.png');
  await composite.close();

  const welcome = browser.welcome;
  if (!welcome) throw new Error('the install opened no welcome page');
  await prepare(welcome, 'light');
  await welcome.bringToFront();
  await welcome.waitForFunction(() => performance.getEntriesByName('ketamine-lens:ready').length);
  // The example's first word: its card opens below, leaving the page's title in view.
  await pointAt(welcome, { within: '[data-example]', highlight: 'ketamine-lens-term', nth: 0 });
  await waitForCard(welcome, 'Ketamine');
  await shot(welcome, 'store-4-welcome.png');
}

function compositeHtml(page: Buffer, popup: Buffer): string {
  const src = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  return `<!doctype html><style>
    body { margin: 0; width: 1280px; height: 800px; overflow: hidden; position: relative; }
    .page { position: absolute; inset: 0; filter: brightness(0.97); }
    .popup { position: absolute; top: 8px; right: 16px; border-radius: 8px;
      box-shadow: 0 8px 28px rgba(0, 0, 0, 0.28), 0 0 0 1px rgba(0, 0, 0, 0.12); }
  </style><img class="page" src="${src(page)}" alt=""><img class="popup" src="${src(popup)}" alt="">`;
}
