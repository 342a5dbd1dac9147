import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension } from './firefox-harness';
import { FixtureServer } from './harness';

// The Firefox build in Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core.

let browser: Browser;
let server: FixtureServer;
let welcome: Page | undefined;

beforeAll(async () => {
  server = await new FixtureServer().start();
  ({ browser, welcome } = await launchFirefoxWithExtension({ keepWelcome: true }));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

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
    const page = welcome;
    if (!page) throw new Error('The install opened no welcome page');
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
