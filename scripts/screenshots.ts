/**
 * Takes the screenshots in docs/ in real Chromium with the built extension: a hover card on
 * the demo article (and with "1 more card" open), the bottom sheet on a phone, highlighted
 * words in links in each style, and the popup's search, start view and settings, in light
 * and dark. Run with `npm run screenshots` (it builds first). With `--store` it takes the
 * 1280×800 store screenshots instead (scripts/store-screenshots.ts).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEFAULT_SETTINGS, HIGHLIGHT_STYLES } from '../common/settings/settings';
import {
  launchWithExtension,
  openDemoArticle,
  openScanned,
  ROOT,
  startDemoServer,
} from '../tests/e2e/harness';
import { centreOf, type TermQuery, termBoxIn } from '../tests/e2e/page-side';
import { openPopupFor, tabIdOf } from '../tests/e2e/popup-helpers';
import { storeSettings } from '../tests/e2e/settings-helpers';
import { takeStoreScreenshots } from './store-screenshots';

const OUT = join(ROOT, 'docs');

async function hoverFirst(page: Page, name: TermQuery['highlight']): Promise<void> {
  const box = await page.evaluate(termBoxIn, { highlight: name });
  if (!box) throw new Error(`nothing highlighted as ${name}`);
  const point = centreOf(box);
  await page.mouse.move(point.x, point.y);
  await page.waitForSelector('ketamine-lens-card >> [role=dialog]');
  await page.waitForTimeout(300);
}

/** The bottom sheet on a 390×844 touch phone, after tapping "esketamine". */
async function phoneSheet(): Promise<void> {
  const phone = await launchWithExtension({ hasTouch: true });
  try {
    const page = await openDemoArticle(phone.context, server);
    await page.setViewportSize({ width: 390, height: 844 });
    const box = await page.evaluate(termBoxIn, {
      highlight: 'ketamine-lens-term',
      text: 'esketamine',
    } as TermQuery);
    if (!box) throw new Error('no "esketamine" on the demo page');
    const point = centreOf(box);
    await page.touchscreen.tap(point.x, point.y);
    await page.waitForSelector('ketamine-lens-card >> [role=dialog]');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, 'hover-sheet-phone.png') });
  } finally {
    await phone.close();
  }
}

/** Highlighted words inside links on a light and a dark page, in each highlight style. */
async function linkStyles(): Promise<void> {
  const page = await openScanned(browser.context, server.url('/fixtures/hover-links.html'));
  for (const style of HIGHLIGHT_STYLES) {
    await storeSettings(browser, { ...DEFAULT_SETTINGS, style });
    await page.waitForTimeout(400);
    await page.screenshot({
      path: join(OUT, `links-${style}.png`),
      clip: { x: 16, y: 0, width: 560, height: 300 },
    });
  }
  await storeSettings(browser, DEFAULT_SETTINGS);
  await page.close();
}

const server = await startDemoServer({ '/fixtures/': join(ROOT, 'tests/e2e/fixtures') });
const store = process.argv.includes('--store');
const browser = await launchWithExtension({ keepWelcome: store });
try {
  if (store) {
    await takeStoreScreenshots(browser, server);
    console.log(`store screenshots written to ${join(ROOT, 'docs/store')}`);
  }
  for (const scheme of store ? [] : (['light', 'dark'] as const)) {
    await browser.context.pages()[0]?.emulateMedia({ colorScheme: scheme });
    const page = await openDemoArticle(browser.context, server);
    await page.emulateMedia({ colorScheme: scheme });
    await hoverFirst(page, 'ketamine-lens-term');
    await page.screenshot({ path: join(OUT, `hover-card-${scheme}.png`) });
    if (scheme === 'light') {
      await page.locator('ketamine-lens-card >> .kl-hover__expand').click();
      await page.waitForTimeout(200);
      await page.screenshot({ path: join(OUT, 'hover-card-more-light.png') });
    }
    await page.mouse.move(5, 5);
    await page.waitForTimeout(600);
    await hoverFirst(page, 'ketamine-lens-misconception');
    await page.screenshot({ path: join(OUT, `myth-card-${scheme}.png`) });

    const tabId = await tabIdOf(browser, server.origin);
    const views = [
      { name: 'search', query: 'how fast does it work', ready: 'article[data-card-id]' },
      { name: 'not-covered', query: 'PTSD ketamine', ready: '.kl-not-covered' },
      { name: 'safety', query: 'is ketamine addictive', ready: '.kl-not-covered' },
      { name: 'start', query: '', ready: '.kl-found__item' },
      { name: 'settings', query: '', ready: '.kl-found__item' },
    ];
    for (const view of views) {
      const popup = await openPopupFor(browser, tabId, view.query);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.waitForSelector(view.ready);
      if (view.name === 'settings') await popup.click('.kl-settings > summary');
      await popup.screenshot({ path: join(OUT, `popup-${view.name}-${scheme}.png`) });
      await popup.close();
    }
    await page.close();
  }
  if (!store) {
    await phoneSheet();
    await linkStyles();
    console.log(`screenshots written to ${OUT}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
