import type { Frame } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useFirefox, waitForTexts, waitInPage } from './firefox-harness';
import { FixtureServer, TERM } from './harness';

// What a page cannot do to the lens in Firefox (tests/e2e/sentinel.unmoved.test.ts has the
// Chromium half): keep it on in the frames of a site the reader paused, or switch it off by
// aborting its imports with window.stop().

// The welcome tab is an extension page: from there the test writes the settings.
const firefox = useFirefox({ keepWelcome: true });
const PARAGRAPH = 'Ketamine is an anaesthetic.';

let other: FixtureServer;
beforeAll(async () => {
  other = await new FixtureServer().start();
});
afterAll(() => other.stop());

function storeSettings(settings: object | null): Promise<void> {
  const welcome = firefox.welcome;
  if (!welcome) throw new Error('The install opened no welcome page');
  return welcome.evaluate(async (value) => {
    const storage = (
      globalThis as unknown as {
        browser: {
          storage: { local: { set(v: object): Promise<void>; remove(k: string): Promise<void> } };
        };
      }
    ).browser.storage.local;
    if (value === null) await storage.remove('settings');
    else await storage.set({ settings: value });
  }, settings);
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
    const frameHtml = `<p>${PARAGRAPH}</p>`;
    // The control: a frame of another site, not paused, with one term.
    const control = other.page('/control.html', `<!doctype html><body>${frameHtml}</body>`);
    const url = firefox.server.page(
      '/paused-frames.html',
      `<!doctype html><html lang="en"><body><main><p>${PARAGRAPH}</p></main>
<iframe name="srcdoc" srcdoc="${frameHtml}"></iframe>
<iframe name="sandboxed" sandbox srcdoc="${frameHtml}"></iframe>
<iframe name="blank"></iframe>
<iframe name="blob"></iframe>
<script>
  // Written once the page has loaded: Firefox may replace a frame's first about:blank before.
  addEventListener('load', () => { frames.blank.document.body.innerHTML = ${JSON.stringify(frameHtml)}; });
  document.querySelector('[name=blob]').src = URL.createObjectURL(
    new Blob([${JSON.stringify(`<!doctype html><body>${frameHtml}</body>`)}], { type: 'text/html' }));
</script>
<iframe name="control" src="${control}"></iframe></body></html>`,
    );
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
    const url = firefox.server.page(
      '/stop-loop.html',
      `<!doctype html><html lang="en"><body><main><p>${PARAGRAPH}</p></main>
<script>
  const until = performance.now() + 2500;
  const loop = () => {
    window.stop();
    if (performance.now() < until) setTimeout(loop, 0);
    else window.loopEnded = performance.now();
  };
  document.addEventListener('DOMContentLoaded', loop);
</script></body></html>`,
    );
    const page = await firefox.browser.newPage();
    try {
      // The page stops its own load, so the navigation may never report one.
      void page.goto(url, { waitUntil: 'domcontentloaded' }).catch(() => {});
      await waitInPage(page, () => 'loopEnded' in window, undefined, { timeout: 20_000 });
      const ended = await page.evaluate(() => (window as { loopEnded?: number }).loopEnded ?? 0);
      await waitForTexts(page, ['Ketamine'], 3_000 + 500);
      // Measured on the page's own clock: at most 3 s after the loop's last stop.
      const shownAt = await page.evaluate(() => performance.now());
      expect(shownAt - ended).toBeLessThan(3_000 + 500);
    } finally {
      await page.close();
    }
  });
});
