/**
 * Pages that interfere: whatever a page does to the highlight registry, to adopted
 * stylesheets, or with forged events, it can neither switch Ketamine Lens off nor make it act.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { rangeInfos, texts, waitForTexts, watchErrors } from './engine-helpers';
import { TERM, useExtension } from './harness';
import { cardLog, centreOf, hoverTerm, recordCards, termBox, waitForCard } from './hover-helpers';
import {
  forgedStartedEvent,
  highlightBackground,
  itGetsHighlightsBackAfterEachAttack,
  MARKER_BACKGROUND,
  ORIGINAL_TEXTS,
} from './interference-helpers';
import { addParagraphIn } from './page-side';
import { inWorker, openPopupFor, tabIdOf, waitForBadge } from './popup-helpers';

// Taps open a card at once, which lets a test prove what a tap did not open.
const lens = useExtension({ hasTouch: true });

const openGuardPage = async (): Promise<Page> => {
  const page = await lens.open('/guard.html', { front: true });
  await waitForTexts(page, ORIGINAL_TEXTS);
  return page;
};

describe('a page touching CSS.highlights', () => {
  itGetsHighlightsBackAfterEachAttack(openGuardPage, (page) => waitForTexts(page, ORIGINAL_TEXTS));

  it('replaces a Highlight the page set under our name, leaving the page’s own untouched', async () => {
    const page = await openGuardPage();
    await page.evaluate((term) => {
      const range = document.createRange();
      const word = document.querySelector('#plain')?.firstChild as Text;
      range.setStart(word, 0);
      range.setEnd(word, 'Critics'.length);
      const own = new Highlight(range);
      (window as unknown as { pageOwn: Highlight }).pageOwn = own;
      CSS.highlights.set(term, own);
    }, TERM);
    await waitForTexts(page, ORIGINAL_TEXTS);
    // The page's Highlight object still holds its range: we replaced it, we did not empty it.
    expect(
      await page.evaluate(() => (window as unknown as { pageOwn: Highlight }).pageOwn.size),
    ).toBe(1);
    await page.close();
  });

  it('never opens a card for a range the page keeps slipping into our Highlight', async () => {
    const page = await openGuardPage();
    await recordCards(page);
    const plain = await page.evaluate((term) => {
      const word = document.querySelector('#plain')?.firstChild as Text;
      const range = document.createRange();
      range.setStart(word, 0);
      range.setEnd(word, 'Critics'.length);
      // A hostile page puts its range back into our Highlight on every frame.
      const slipIn = () => {
        CSS.highlights.get(term)?.add(range);
        requestAnimationFrame(slipIn);
      };
      slipIn();
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }, TERM);
    // Taps open at once (no hover delay): the first decides before the second is handled.
    await page.touchscreen.tap(plain.x, plain.y);
    const term = await termBox(page, { within: '#first' });
    await page.touchscreen.tap(centreOf(term).x, centreOf(term).y);
    await waitForCard(page, 'Ketamine');
    expect((await cardLog(page)).opened).toHaveLength(1);
    await page.close();
  });
});

describe('a page replacing adopted stylesheets', () => {
  it('keeps the document’s highlight style and the page’s own sheet', async () => {
    const page = await openGuardPage();
    expect(await highlightBackground(page, '#first')).toBe(MARKER_BACKGROUND);
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('body { margin: 3px; }');
      (window as unknown as { pageSheet: CSSStyleSheet }).pageSheet = sheet;
      document.adoptedStyleSheets = [sheet];
    });
    await page.waitForFunction(() => document.adoptedStyleSheets.length === 2, undefined, {
      timeout: 15_000,
    });
    expect(
      await page.evaluate(
        () =>
          document.adoptedStyleSheets[0] ===
          (window as unknown as { pageSheet: CSSStyleSheet }).pageSheet,
      ),
    ).toBe(true);
    expect(await highlightBackground(page, '#first')).toBe(MARKER_BACKGROUND);
    await page.close();
  });

  it('restores our sheet’s rules when the page empties it', async () => {
    const page = await openGuardPage();
    await page.evaluate(() => {
      for (const sheet of document.adoptedStyleSheets) sheet.replaceSync('');
    });
    await page.waitForFunction(
      (selector) =>
        getComputedStyle(
          document.querySelector(selector) as Element,
          '::highlight(ketamine-lens-term)',
        ).backgroundColor !== 'rgba(0, 0, 0, 0)',
      '#first',
      { timeout: 15_000 },
    );
    expect(await highlightBackground(page, '#first')).toBe(MARKER_BACKGROUND);
    await page.close();
  });

  it('keeps a shadow root’s highlight style when the page replaces its sheets', async () => {
    const page = await lens.open('/guard-shadow.html');
    await waitForTexts(page, ['ketamine', 'esketamine']);
    expect(await highlightBackground(page, '#inner', '#host')).toBe(MARKER_BACKGROUND);
    await page.evaluate(() => {
      const root = document.querySelector('#host')?.shadowRoot as ShadowRoot;
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('p { margin: 3px; }');
      root.adoptedStyleSheets = [sheet];
    });
    await page.waitForFunction(
      () => document.querySelector('#host')?.shadowRoot?.adoptedStyleSheets.length === 2,
      undefined,
      { timeout: 15_000 },
    );
    expect(await highlightBackground(page, '#inner', '#host')).toBe(MARKER_BACKGROUND);
    await page.close();
  });

  it('repairs the last of 400 shadow roots too (roots are checked a batch at a time)', async () => {
    const hosts = '<div class="host"></div>'.repeat(400);
    const page = await lens.open(
      lens.server.page(
        '/guard-many-shadows.html',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Many shadows</title>
        </head><body>${hosts}<script>
          for (const host of document.querySelectorAll('.host')) {
            host.attachShadow({ mode: 'open' }).innerHTML = '<p>A shadow on ketamine.</p>';
          }
        </script></body></html>`,
      ),
    );
    const lastRoot = () =>
      page.evaluate(() => {
        const root = [...document.querySelectorAll('.host')].at(-1)?.shadowRoot as ShadowRoot;
        return root.adoptedStyleSheets.length;
      });
    await expect.poll(lastRoot, { timeout: 15_000 }).toBe(1);
    await page.evaluate(() => {
      const root = [...document.querySelectorAll('.host')].at(-1)?.shadowRoot as ShadowRoot;
      root.adoptedStyleSheets = [];
    });
    await expect.poll(lastRoot, { timeout: 15_000 }).toBe(1);
    await page.close();
  });
});

describe('a page forging WXT’s content-script-started event', () => {
  it('does not stop highlighting, hover or the mutation observer', async () => {
    const page = await openGuardPage();
    const forged = forgedStartedEvent(lens.browser.extensionId);
    await page.evaluate(({ name, detail }) => {
      document.dispatchEvent(new CustomEvent(name, { detail }));
    }, forged);
    // Dispatch is synchronous: had it worked, the ranges would be gone by now.
    expect(texts(await rangeInfos(page)).length).toBeGreaterThan(0);
    await page.evaluate(addParagraphIn, { text: 'A later paragraph on Spravato.', id: 'later' });
    await waitForTexts(page, [...ORIGINAL_TEXTS, 'Spravato']);
    await hoverTerm(page, { within: '#later' });
    await page.close();
  });

  it('ends only when a newer copy starts in our own world, not when the page claims one', async () => {
    const page = await lens.context.newPage();
    const log = await watchErrors(page);
    await page.goto(lens.server.url('/guard.html'));
    await waitForTexts(page, ORIGINAL_TEXTS);
    const claim = "globalThis[Symbol.for('ketamine-lens:newest-context')] = {};";
    // The page's claim lands on its own window, which our world does not share.
    await page.evaluate(claim);
    await page.evaluate(addParagraphIn, { text: 'Still on Spravato.' });
    await waitForTexts(page, [...ORIGINAL_TEXTS, 'Spravato']);
    // The same claim made in our own isolated world ends this copy, which takes all away.
    await log.evaluateInExtensionWorld(claim);
    await waitForTexts(page, []);
    expect(log.errors).toEqual([]);
    await log.stop();
    await page.close();
  });

  it('lets the page read nothing that names the extension id: no posted message, DOM or resource timing', async () => {
    const page = await lens.open('/guard-spy.html');
    // A message posted now arrives after any the content script posted when it started.
    await page.evaluate(() => window.postMessage('probe', '*'));
    await page.waitForFunction(() =>
      (window as unknown as { seen: string[] }).seen.includes('"probe"'),
    );
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.filter((text) => text.includes(lens.browser.extensionId))).toEqual([]);
    // Nor does anything else the page can read, with a card open: DOM, card, resource timing.
    await hoverTerm(page, { within: 'p' }, 'Ketamine');
    const readable = await page.evaluate(() => {
      const host = document.querySelector('ketamine-lens-card');
      return [
        document.documentElement.outerHTML,
        host?.shadowRoot?.innerHTML ?? '',
        ...performance.getEntriesByType('resource').map((entry) => entry.name),
      ].join('\n');
    });
    expect(readable).toContain('data-card-id');
    expect(readable).not.toContain(lens.browser.extensionId);
    expect(readable).not.toContain('chrome-extension:');
    await page.close();
  });
});

describe('a page forging pagehide', () => {
  it('leaves the badge and “On this page” as they were', async () => {
    const site = await lens.site();
    const page = await lens.open(site.url('/guard.html'));
    const tabId = await tabIdOf(lens.browser, site.origin);
    await waitForBadge(lens.browser, tabId, '3');
    // The worker logs what the tab reports from here on.
    await inWorker(lens.browser, (chrome) => {
      const log: unknown[] = [];
      (globalThis as unknown as { __klFound: unknown[] }).__klFound = log;
      chrome.runtime.onMessage.addListener((message: unknown) => {
        if ((message as { type?: string }).type === 'page-found') log.push(message);
      });
    });
    await page.evaluate(() => {
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
      // Then a real change: its report arrives after any the forged event caused.
      const p = document.createElement('p');
      p.textContent = 'Now an off-label use too.';
      document.body.append(p);
    });
    await waitForBadge(lens.browser, tabId, '4');
    const reports = await inWorker(
      lens.browser,
      () => (globalThis as unknown as { __klFound: { counts: object }[] }).__klFound,
    );
    expect(reports.map((r) => Object.keys(r.counts).length)).toEqual([4]);
    const popup = await openPopupFor(lens.browser, tabId);
    await popup.waitForSelector('.kl-found__item', { timeout: 15_000 });
    const found = await popup
      .locator('.kl-found__item')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-found-id')));
    expect(found).toHaveLength(4);
    await popup.close();
    await page.close();
  });
});
