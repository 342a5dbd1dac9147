/**
 * Touch in Firefox (the path Firefox for Android shares): a long press on a highlighted word
 * inside a link opens its card and does not follow the link; a tap on it
 * still follows the link. Touch comes from WebDriver BiDi actions, trusted input to Firefox.
 */

import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchFirefoxWithExtension,
  termCentre,
  waitForReady,
  waitInPage,
} from './firefox-harness';
import { FixtureServer } from './harness';
import { expectLinkNotFollowed } from './interference-helpers';
import { linkClicks, recordLinkClicks } from './page-side';

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

/** The hover fixture, scanned, with clicks on links recorded (and whether they were cancelled). */
async function openLinkPage(): Promise<{ page: Page; word: { x: number; y: number } }> {
  const page = await browser.newPage();
  await page.goto(server.url('/hover-page.html'));
  await waitForReady(page, 20_000);
  await page.evaluate(recordLinkClicks);
  return { page, word: await termCentre(page, { within: '#link' }) };
}

const cardHeading = (page: Page) =>
  page.evaluate(
    () =>
      document
        .querySelector('ketamine-lens-card')
        ?.shadowRoot?.querySelector('[role=dialog] h2')
        ?.textContent?.trim() ?? null,
  );

describe('touch on a word inside a link, in Firefox', () => {
  it('a long press opens its card and the link is not followed', async () => {
    const { page, word } = await openLinkPage();
    const finger = await page.touchscreen.touchStart(word.x, word.y);
    await waitInPage(
      page,
      () =>
        document.querySelector('ketamine-lens-card')?.shadowRoot?.querySelector('[role=dialog]') !=
        null,
      undefined,
      { timeout: 5_000, polling: 20 },
    );
    await finger.end();
    expect(await cardHeading(page)).toBe('Ketamine');
    // A tap on empty page closes the card: by then the press has had all its events.
    await page.touchscreen.tap(780, 120);
    await waitInPage(page, () => !document.querySelector('ketamine-lens-card'), undefined, {
      timeout: 5_000,
      polling: 20,
    });
    expectLinkNotFollowed(await page.evaluate(linkClicks), page.url(), '/hover-page.html');
    await page.close();
  });

  it('a tap follows the link', async () => {
    const { page, word } = await openLinkPage();
    await Promise.all([
      page.waitForNavigation({ timeout: 10_000 }),
      page.touchscreen.tap(word.x, word.y),
    ]);
    await page.waitForSelector('#arrived');
    expect(new URL(page.url()).pathname).toBe('/hover-target.html');
    await page.close();
  });
});
