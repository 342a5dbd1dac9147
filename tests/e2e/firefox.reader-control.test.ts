import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  chooseHeadlineAction,
  clickOn,
  highlightedTexts,
  stableCentreOf,
  storedSettingsFrom,
  storeSettingsFrom,
  useFirefox,
  waitForTexts,
} from './firefox-harness';
import { pressUndoFromPage } from './page-side';

// The reader's control in Firefox (undo.test.ts and options.test.ts have the Chromium half):
// a page's scripted clicks cannot press Undo, and the options page changes open tabs live.

// The welcome tab is an extension page: from there the test reads and writes the settings.
const firefox = useFirefox({ keepWelcome: true });

function welcome(): Page {
  const page = firefox.welcome;
  if (!page) throw new Error('The install opened no welcome page');
  return page;
}

afterEach(() => storeSettingsFrom(welcome(), null));

describe('reader control in Firefox', () => {
  it('a page’s scripted clicks on Undo change nothing; the reader’s own click does', async () => {
    const page = await firefox.open('/reader-control.html');
    const before = await highlightedTexts(page);
    await chooseHeadlineAction(page, 'Pause site');
    await waitForTexts(page, []);
    const paused = await storedSettingsFrom(welcome());
    expect(paused).toMatchObject({ pausedOrigins: [firefox.server.origin] });
    await stableCentreOf(page, { selector: 'button', words: 'Undo', inCard: true });
    await page.evaluate(pressUndoFromPage);
    // A frame and a round trip to the extension's storage later, still paused and offered.
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(await storedSettingsFrom(welcome())).toEqual(paused);
    await stableCentreOf(page, { selector: 'button', words: 'Undo', inCard: true });
    expect(await highlightedTexts(page)).toEqual([]);
    await clickOn(page, { selector: 'button', words: 'Undo', inCard: true });
    await waitForTexts(page, before);
    expect(await storedSettingsFrom(welcome())).toMatchObject({ pausedOrigins: [] });
    await page.close();
  });

  it('turning highlighting off on the options page clears an open tab, and back on', async () => {
    const page = await firefox.open('/reader-control.html');
    const before = await highlightedTexts(page);
    expect(before.length).toBeGreaterThan(0);
    // The welcome tab becomes the options page (Firefox over BiDi does not open an extension
    // page in a new tab), in front.
    const options = welcome();
    await options.evaluate(() => location.assign('/options.html'));
    await options.bringToFront();
    const onPages = { selector: 'label', words: 'Highlight on pages' };
    await clickOn(options, onPages);
    await waitForTexts(page, []);
    await clickOn(options, onPages);
    await waitForTexts(page, before);
    await page.close();
  });
});
