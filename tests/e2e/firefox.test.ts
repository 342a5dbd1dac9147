import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixtureServer, ROOT } from './harness';

// The Firefox build in Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core.
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const FIREFOX_BUILD = resolve(process.env.KL_OUT_DIR ?? resolve(ROOT, '.output'), 'firefox-mv2');

let browser: Browser;
let server: FixtureServer;

beforeAll(async () => {
  if (!existsSync(FIREFOX)) {
    throw new Error(
      `No Firefox at ${FIREFOX}. Install Debian's package (apt-get install firefox-esr) or set FIREFOX_PATH.`,
    );
  }
  if (!existsSync(resolve(FIREFOX_BUILD, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_BUILD}: run \`npm run build:firefox\` first.`);
  }
  server = await new FixtureServer().start();
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  await browser.installExtension(FIREFOX_BUILD);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * The tab the install opened. Over BiDi, Firefox ESR reports a tab that an extension opened
 * as about:blank, so each tab is asked where it is until one is the welcome page.
 */
async function welcomeTab(timeout = 20_000): Promise<Page> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && href.endsWith('/welcome.html')) return page;
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error('The install opened no welcome page');
}

describe('in Firefox', () => {
  it('highlights terms and myths and marks the page ready', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/article.html'));
    await page.waitForFunction(
      () => performance.getEntriesByName('ketamine-lens:ready').length > 0,
      { timeout: 20_000 },
    );
    const texts = await page.evaluate(() =>
      ['ketamine-lens-term', 'ketamine-lens-misconception'].map((name) =>
        [...(CSS.highlights.get(name) ?? [])].map((range) => (range as Range).toString()).sort(),
      ),
    );
    expect(texts).toEqual([
      ['Ketamine', 'esketamine', 'ketamine-assisted psychotherapy'],
      ['horse tranquilizer'],
    ]);
    await page.close();
  });

  it('opens the hover card where the pointer rests (caret hit-testing)', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/article.html'));
    await page.waitForFunction(
      () => performance.getEntriesByName('ketamine-lens:ready').length > 0,
      { timeout: 20_000 },
    );
    const point = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('ketamine-lens-term') ?? [])].find(
        (r) => (r as Range).toString() === 'esketamine',
      ) as Range;
      const rect = range.getClientRects()[0] as DOMRect;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    await page.waitForFunction(
      () =>
        document
          .querySelector('ketamine-lens-card')
          ?.shadowRoot?.querySelector('[role=dialog] h2')
          ?.textContent?.includes('Esketamine'),
      { timeout: 10_000 },
    );
    const cardIds = await page.evaluate(() =>
      [
        ...(document
          .querySelector('ketamine-lens-card')
          ?.shadowRoot?.querySelectorAll('article[data-card-id]') ?? []),
      ].map((card) => card.getAttribute('data-card-id')),
    );
    expect(cardIds.length).toBeGreaterThan(0);
    await page.close();
  });

  it('opens the welcome page on install, with the shortcuts and a live example', async () => {
    const page = await welcomeTab();
    await page.waitForFunction(
      () => performance.getEntriesByName('ketamine-lens:ready').length > 0,
      { timeout: 20_000 },
    );
    await page.waitForSelector('[data-command="next-term"] kbd');
    const shown = await page.evaluate(() => ({
      keys: [...document.querySelectorAll('[data-command="next-term"] kbd')].map(
        (kbd) => kbd.textContent,
      ),
      example: [...(CSS.highlights.get('ketamine-lens-term') ?? [])]
        .filter((range) =>
          document.querySelector('[data-example]')?.contains((range as Range).startContainer),
        )
        .map((range) => (range as Range).toString()),
    }));
    expect(shown.keys).toEqual(['Alt', 'Shift', 'K']);
    expect(shown.example).toEqual(expect.arrayContaining(['Ketamine', 'esketamine']));
  });
});
