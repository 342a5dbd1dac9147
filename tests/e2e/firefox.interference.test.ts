import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  ADDON_ID,
  FIREFOX_BUILD,
  highlightedTexts,
  termCentre,
  useFirefox,
  waitForCard,
  waitForTexts,
  waitInPage,
} from './firefox-harness';
import {
  forgedStartedEvent,
  highlightBackgroundOf,
  itGetsHighlightsBackAfterEachAttack,
  MARKER_BACKGROUND,
  ORIGINAL_TEXTS,
} from './interference-helpers';
import { addParagraphIn } from './page-side';

// The page attacks of page-interference.test.ts, in Debian's Firefox ESR with the Firefox build (puppeteer-core over
// WebDriver BiDi), where content scripts share CSS.highlights with the page as in Chromium.

const firefox = useFirefox();

async function openGuardPage(): Promise<Page> {
  const page = await firefox.open('/guard.html');
  await waitForTexts(page, ORIGINAL_TEXTS);
  return page;
}

describe('in Firefox, a page that interferes', () => {
  itGetsHighlightsBackAfterEachAttack(openGuardPage, (page) => waitForTexts(page, ORIGINAL_TEXTS));

  it('keeps a shadow root’s highlight style when it replaces that root’s sheets', async () => {
    const page = await firefox.open('/guard-shadow.html');
    await waitForTexts(page, ['ketamine', 'esketamine']);
    const inShadow = { selector: '#inner', host: '#host' };
    expect(await page.evaluate(highlightBackgroundOf, inShadow)).toBe(MARKER_BACKGROUND);
    await page.evaluate(() => {
      const root = document.querySelector('#host')?.shadowRoot as ShadowRoot;
      root.adoptedStyleSheets = [];
    });
    await waitInPage(
      page,
      () => document.querySelector('#host')?.shadowRoot?.adoptedStyleSheets.length === 1,
      undefined,
      { timeout: 20_000 },
    );
    expect(await page.evaluate(highlightBackgroundOf, inShadow)).toBe(MARKER_BACKGROUND);
    await page.close();
  });

  it('keeps the highlight style when it replaces document.adoptedStyleSheets', async () => {
    const page = await openGuardPage();
    expect(await page.evaluate(highlightBackgroundOf, { selector: '#first' })).toBe(
      MARKER_BACKGROUND,
    );
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('body { margin: 3px; }');
      document.adoptedStyleSheets = [sheet];
    });
    await waitInPage(page, () => document.adoptedStyleSheets.length === 2, undefined, {
      timeout: 20_000,
    });
    expect(await page.evaluate(highlightBackgroundOf, { selector: '#first' })).toBe(
      MARKER_BACKGROUND,
    );
    await page.close();
  });

  it('cannot stop the content script with a forged content-script-started event', async () => {
    const page = await openGuardPage();
    const forged = forgedStartedEvent(ADDON_ID, FIREFOX_BUILD);
    await page.evaluate(({ name, detail }) => {
      document.dispatchEvent(new CustomEvent(name, { detail }));
    }, forged);
    expect(await highlightedTexts(page)).toEqual([...ORIGINAL_TEXTS].sort());
    await page.evaluate(addParagraphIn, { text: 'A later paragraph on esketamine.', id: 'later' });
    await waitForTexts(page, [...ORIGINAL_TEXTS, 'esketamine']);
    // Hover still opens the card (caret hit-testing in Firefox).
    const point = await termCentre(page, { within: '#later' });
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, 'Esketamine');
    await page.close();
  });

  it('is posted no message naming the add-on', async () => {
    const page = await firefox.open('/guard-spy.html');
    await waitForTexts(page, ['Ketamine']);
    await page.evaluate(() => window.postMessage('probe', '*'));
    await waitInPage(page, () =>
      (window as unknown as { seen: string[] }).seen.includes('"probe"'),
    );
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.filter((text) => text.includes(ADDON_ID))).toEqual([]);
    await page.close();
  });
});
