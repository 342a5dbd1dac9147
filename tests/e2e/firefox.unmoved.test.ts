import type { Frame } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeSettingsFrom, useFirefox, waitForTexts, waitInPage } from './firefox-harness';
import { FixtureServer, TERM } from './harness';
import {
  expectHighlightedSoonAfterLoop,
  FRAME_HTML,
  pausedFramesPage,
  STOP_LOOP_PAGE,
} from './interference-helpers';

// What a page cannot do to the lens in Firefox (tests/e2e/sentinel.unmoved.test.ts has the
// Chromium half): keep it on in the frames of a site the reader paused, or switch it off by
// aborting its imports with window.stop().

// The welcome tab is an extension page: from there the test writes the settings.
const firefox = useFirefox({ keepWelcome: true });

let other: FixtureServer;
beforeAll(async () => {
  other = await new FixtureServer().start();
});
afterAll(() => other.stop());

function storeSettings(settings: object | null): Promise<void> {
  const welcome = firefox.welcome;
  if (!welcome) throw new Error('The install opened no welcome page');
  return storeSettingsFrom(welcome, settings);
}

/** Our highlights' range count in a frame, as its main world sees them, and its text. */
function rangesAndText(frame: Frame) {
  return frame.evaluate(
    (name) => ({
      ranges: CSS.highlights.get(name)?.size ?? 0,
      text: document.body?.textContent ?? '',
    }),
    TERM,
  );
}

describe('in Firefox, "Pause on this site"', () => {
  it('holds in the site’s srcdoc, about:blank and blob: frames', async () => {
    // The control: a frame of another site, not paused, with one term.
    const control = other.page('/control.html', `<!doctype html><body>${FRAME_HTML}</body>`);
    const url = firefox.server.page('/paused-frames.html', pausedFramesPage(control));
    await storeSettings({ pausedOrigins: [firefox.server.origin] });
    const page = await firefox.browser.newPage();
    try {
      await page.goto(url);
      const frames = () => page.frames().filter((frame) => frame !== page.mainFrame());
      // The sign the frames' scans ran: the other site's frame is highlighted.
      const controlFrame = async () => {
        for (const frame of frames()) if (frame.url() === control) return frame;
        return null;
      };
      await expect.poll(controlFrame, { timeout: 20_000 }).not.toBeNull();
      const shown = (await controlFrame()) as Frame;
      await waitInPage(shown, (name) => (CSS.highlights.get(name)?.size ?? 0) === 1, TERM, {
        timeout: 20_000,
      });
      const paused = frames().filter((frame) => frame !== shown);
      expect(paused.map((frame) => frame.url().split(':')[0]).sort()).toEqual([
        'about',
        'about',
        'about',
        'blob',
      ]);
      for (const frame of paused) {
        // Its text is there (the blob: frame may still be loading), yet nothing is shown.
        await waitInPage(frame, () => document.body?.textContent?.includes('Ketamine'));
        const seen = await rangesAndText(frame);
        expect({ url: frame.url(), ranges: seen.ranges }).toEqual({ url: frame.url(), ranges: 0 });
        expect(seen.text).toContain('Ketamine');
      }
      expect((await rangesAndText(page.mainFrame())).ranges).toBe(0);
    } finally {
      await storeSettings(null);
      await page.close();
    }
  });
});

describe('in Firefox, a page calling window.stop() in a loop', () => {
  it('is highlighted within 3 s of the loop’s end, with no change of the DOM after it', async () => {
    const url = firefox.server.page('/stop-loop.html', STOP_LOOP_PAGE);
    const page = await firefox.browser.newPage();
    try {
      // The page stops its own load, so the navigation may never report one.
      void page.goto(url, { waitUntil: 'domcontentloaded' }).catch(() => {});
      await waitInPage(page, () => 'loopEnded' in window, undefined, { timeout: 20_000 });
      await expectHighlightedSoonAfterLoop(page, (timeout) =>
        waitForTexts(page, ['Ketamine'], timeout),
      );
    } finally {
      await page.close();
    }
  });
});
