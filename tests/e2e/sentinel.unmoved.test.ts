import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ENGINE_STAGE_TYPE, rangeInfos, waitForTexts, withErrorLog } from './engine-helpers';
import { TERM, useExtension, waitForReady } from './harness';
import { pointAt, waitForCard } from './hover-helpers';
import {
  expectHighlightedSoonAfterLoop,
  FRAME_HTML,
  pausedFramesPage,
  STOP_LOOP_PAGE,
  TERM_PARAGRAPH,
} from './interference-helpers';
import { tabIdOf, waitForBadge } from './popup-helpers';
import { resetSettings, storeSettings } from './settings-helpers';

// What a page cannot do to the lens: load it where there is nothing to show, switch it off by
// aborting its imports, or keep it on in the frames of a site the reader paused.

const lens = useExtension();

/** Our highlights and our adopted sheet, as the page's main world of `target` sees them. */
function traces(target: Page | Frame): Promise<{ highlights: string[]; sheets: number[] }> {
  return target.evaluate(() => {
    const highlights = [...CSS.highlights.keys()].filter((name) =>
      String(name).startsWith('ketamine-lens-'),
    );
    // Every root's adopted sheets: the page adopts none of its own here.
    const roots: (Document | ShadowRoot)[] = [document];
    for (const element of document.querySelectorAll('*')) {
      if (element.shadowRoot) roots.push(element.shadowRoot);
    }
    return {
      highlights: highlights.map(String),
      sheets: roots.map((r) => r.adoptedStyleSheets.length),
    };
  });
}

describe('a term-free page with a shadow root', () => {
  it('gets no engine, no highlight and no stylesheet', async () => {
    const site = await lens.site();
    const url = site.page(
      '/shadow-term-free.html',
      `<!doctype html><html lang="en"><body><main><p>The council met on Tuesday.</p>
<div id="host"></div></main>
<script>document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML =
  '<p>The bus timetable changes in May.</p>';</script></body></html>`,
    );
    const page = await lens.context.newPage();
    await withErrorLog(page, async (log) => {
      await page.goto(url);
      await waitForReady(page);
      expect(await log.evaluateInExtensionWorld(ENGINE_STAGE_TYPE)).toBe('undefined');
      expect(await traces(page)).toEqual({ highlights: [], sheets: [0, 0] });
      // A term written into the shadow root later is found: the root is watched.
      await page.evaluate((text) => {
        const root = document.getElementById('host')?.shadowRoot as ShadowRoot;
        root.append(Object.assign(document.createElement('p'), { textContent: text }));
      }, TERM_PARAGRAPH);
      await waitForTexts(page, ['Ketamine']);
      expect((await traces(page)).sheets).toEqual([1, 1]);
    });
  });
});

describe('a page calling window.stop() in a loop', () => {
  it('is highlighted within 3 s of the loop’s end, with no change of the DOM after it', async () => {
    const site = await lens.site();
    // The loop runs from the end of parsing past the sentinel's first look, aborting every
    // load in the frame, and then stops for good; nothing in the document changes after.
    const url = site.page('/stop-loop.html', STOP_LOOP_PAGE);
    const page = await lens.context.newPage();
    try {
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForFunction(() => 'loopEnded' in window, null, { polling: 50 });
      await expectHighlightedSoonAfterLoop(page, (timeout) =>
        waitForTexts(page, ['Ketamine'], timeout),
      );
    } finally {
      await page.close();
    }
  });
});

describe('a page calling window.stop() on each pointer move', () => {
  it('still opens the card once the page lets the import through', async () => {
    const site = await lens.site();
    const page = await lens.context.newPage();
    try {
      await page.goto(
        site.page(
          '/stop-on-move.html',
          `<!doctype html><html lang="en"><body><main><p id="p">${TERM_PARAGRAPH}</p></main>
<script>
  // Each move stops every load in the frame for the next half second, then lets go.
  document.addEventListener('pointermove', () => {
    const until = performance.now() + 500;
    const loop = () => {
      window.stop();
      if (performance.now() < until) setTimeout(loop, 0);
    };
    loop();
  }, true);
</script>
</body></html>`,
        ),
      );
      await waitForReady(page);
      // The card stage's import starts on the move onto the term, and is aborted there.
      await pointAt(page, { within: '#p' });
      await waitForCard(page, undefined, 5_000);
    } finally {
      await page.close();
    }
  });
});

describe('"Pause on this site"', () => {
  it('holds in the site’s srcdoc, about:blank and blob: frames', async () => {
    const site = await lens.site();
    const other = await lens.site();
    // The control: a frame of another site, not paused, with one term.
    const control = other.page('/control.html', `<!doctype html><body>${FRAME_HTML}</body>`);
    const url = site.page('/paused-frames.html', pausedFramesPage(control));
    await storeSettings(lens.browser, { pausedOrigins: [site.origin] });
    const page = await lens.context.newPage();
    try {
      await page.goto(url);
      const frame = (name: string) => page.frames().find((f) => f.name() === name) as Frame;
      await waitForTexts(frame('control'), ['Ketamine']);
      const tabId = await tabIdOf(lens.browser, site.origin);
      // Only the other site's frame counts on the badge.
      await waitForBadge(lens.browser, tabId, '1');
      for (const name of ['srcdoc', 'sandboxed', 'blank', 'blob']) {
        expect(await frame(name).evaluate(() => document.body.textContent)).toContain('Ketamine');
        expect({ name, ranges: await rangeInfos(frame(name)) }).toEqual({ name, ranges: [] });
      }
      expect(await rangeInfos(page)).toEqual([]);
      expect(await page.evaluate((n) => CSS.highlights.has(n), TERM)).toBe(false);
    } finally {
      await resetSettings(lens.browser);
      await page.close();
    }
  });
});
