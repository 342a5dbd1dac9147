import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NEVER_SHADOW_HOSTS, SHADOW_HOST_TAGS } from '../../page/sentinel/shadow-hosts';
import {
  addParagraph,
  changeAndWaitForScan,
  ENGINE_STAGE_TYPE,
  rangeInfos,
  texts,
  waitForTexts,
  withErrorLog,
} from './engine-helpers';
import { type FixtureServer, useExtension, waitForReady } from './harness';
import { hoverTerm } from './hover-helpers';
import { LOCKED_DOWN } from './interference-helpers';
import { inWorker, tabIdOf } from './popup-helpers';
import { SHADOW_ONLY_CASES, shadowOnlyPage } from './shadow-only-pages';

// The manifest's content script is a sentinel (page/sentinel/sentinel.ts): a term-free frame
// runs only its anchor test and observer; the engine stage loads when a term may be there.

const lens = useExtension();

async function openTermFree(): Promise<{ page: Page; tabId: number; site: FixtureServer }> {
  const site = await lens.site();
  const page = await lens.open(site.url('/term-free-frames.html'));
  for (const frame of page.frames()) await waitForReady(frame);
  return { page, tabId: await tabIdOf(lens.browser, site.origin), site };
}

/** Sends `message` to the tab's top frame as the popup and the keyboard command do. */
function askTop(tabId: number, message: object): Promise<unknown> {
  return inWorker(
    lens.browser,
    (chrome, [id, m]) =>
      chrome.tabs.sendMessage(id, m, { frameId: 0 }).then(
        (reply) => ({ reply }),
        (error: Error) => ({ error: error.message }),
      ),
    [tabId, message] as const,
  );
}

describe('the sentinel on a term-free page', () => {
  it('marks every frame ready, loads no engine, and answers the popup and the keyboard step', async () => {
    const { page, tabId, site } = await openTermFree();
    await withErrorLog(page, async (log) => {
      expect(await log.evaluateInExtensionWorld(ENGINE_STAGE_TYPE)).toBe('undefined');
      // "Pause on this site" needs the top page's origin; nothing to step to or reveal.
      expect(await askTop(tabId, { type: 'get-origin' })).toEqual({ reply: site.origin });
      expect(await askTop(tabId, { type: 'step-term' })).toEqual({ reply: false });
      expect(await askTop(tabId, { type: 'reveal', id: 'ketamine' })).toEqual({ reply: false });
      // This document never reported: no answer (or none that parses), so the background
      // drops the frame (background/frame-check.ts), as it shows nothing.
      const found = (await askTop(tabId, { type: 'get-found' })) as { reply?: unknown };
      expect(found.reply).toBeUndefined();
      expect(log.errors).toEqual([]);
    });
  });

  it('loads the engine stage when a term arrives, which then answers alone', async () => {
    const { page, tabId } = await openTermFree();
    await withErrorLog(page, async (log) => {
      await addParagraph(page, 'A later paragraph on ketamine-assisted psychotherapy.');
      await waitForTexts(page, ['ketamine-assisted psychotherapy']);
      expect(await log.evaluateInExtensionWorld(ENGINE_STAGE_TYPE)).toBe('object');
      // The sentinel's listener came first and would answer `false`: `true` is the stage's.
      expect(await askTop(tabId, { type: 'step-term' })).toEqual({ reply: true });
      const found = (await askTop(tabId, { type: 'get-found' })) as { reply?: { counts: object } };
      expect(found.reply?.counts).toEqual({ 'ketamine-assisted-psychotherapy': 1 });
      // The frames stay with their sentinels: a term in one loads the stage there.
      const srcdoc = page.frame({ url: 'about:srcdoc' });
      if (!srcdoc) throw new Error('no srcdoc frame');
      await srcdoc.evaluate(() => {
        document.body.append(
          Object.assign(document.createElement('p'), { textContent: 'Esketamine too.' }),
        );
      });
      await waitForTexts(srcdoc, ['Esketamine']);
      expect(log.errors).toEqual([]);
    });
  });

  it('reads no script or style text: a page naming ketamine only there loads no engine', async () => {
    const site = await lens.site();
    const url = site.page(
      '/term-in-scripts.html',
      `<!doctype html><html lang="en"><head><style>/* .ketamine { color: red } */</style>
<script type="application/json">{"tags": ["ketamine", "esketamine"]}</script></head>
<body><main id="main"><p>The council met on Tuesday.</p>
<script>window.related = 'Ketamine news';</script><noscript>Ketamine</noscript>
<template><p>Ketamine</p></template></main></body></html>`,
    );
    const page = await lens.context.newPage();
    await withErrorLog(page, async (log) => {
      await page.goto(url);
      await waitForReady(page);
      // A script added later, with a term in its text, is no reason either.
      await changeAndWaitForScan(page, () =>
        page.evaluate(() => {
          const script = document.createElement('script');
          script.type = 'text/plain';
          script.textContent = 'ketamine ketamine';
          document.getElementById('main')?.append(script);
        }),
      );
      expect(await log.evaluateInExtensionWorld(ENGINE_STAGE_TYPE)).toBe('undefined');
      // Text a reader sees still loads it.
      await addParagraph(page, 'Ketamine is an anaesthetic.');
      await waitForTexts(page, ['Ketamine']);
      expect(texts(await rangeInfos(page))).toEqual(['Ketamine']);
      expect(log.errors).toEqual([]);
    });
  });

  it.each(SHADOW_ONLY_CASES)('finds a term that only %s holds', async (_, markup, mode) => {
    const site = await lens.site();
    const url = site.page(
      `/shadow-only-${mode}-${markup.length}.html`,
      shadowOnlyPage(markup, mode),
    );
    const page = await lens.context.newPage();
    await withErrorLog(page, async (log) => {
      await page.goto(url);
      await waitForTexts(page, ['Ketamine']);
      expect(log.errors).toEqual([]);
    });
  });

  it('watches a bare frame (an empty ad slot) and loads the engine there when a term is written in', async () => {
    const page = await lens.open(
      lens.server.page(
        '/bare-frame.html',
        '<!doctype html><p>The weather.</p><iframe id="slot"></iframe>',
      ),
    );
    const frame = page.frames()[1];
    if (!frame) throw new Error('the page has no frame');
    await waitForReady(frame);
    await page.evaluate(() => {
      const slot = document.getElementById('slot') as HTMLIFrameElement;
      const body = slot.contentDocument?.body;
      const paragraph = slot.contentDocument?.createElement('p');
      if (!body || !paragraph) throw new Error('the frame has no body');
      paragraph.textContent = 'A clinic offers ketamine.';
      body.append(paragraph);
    });
    await waitForTexts(frame, ['ketamine']);
    await page.close();
  });

  it('looks into the shadow root of a body that holds nothing else', async () => {
    const page = await lens.open(
      lens.server.page(
        '/body-shadow.html',
        `<!doctype html><html lang="en"><body><script>
document.body.attachShadow({ mode: 'open' }).append(
  Object.assign(document.createElement('p'), { textContent: 'Ketamine, in the shadow.' }),
);
document.currentScript.remove();
</script></body></html>`,
      ),
    );
    await waitForTexts(page, ['Ketamine']);
    await page.close();
  });

  it('looks for shadow roots on every element that can hold one, and leaves out only those that cannot', async () => {
    const page = await lens.open(
      lens.server.page('/blank-hosts.html', '<!doctype html><p>hosts</p>'),
    );
    const accepts = (names: readonly string[]) =>
      page.evaluate(
        (all) =>
          all.filter((name) => {
            try {
              document.createElement(name).attachShadow({ mode: 'open' });
              return true;
            } catch {
              return false;
            }
          }),
        [...names],
      );
    expect(await accepts(SHADOW_HOST_TAGS)).toEqual([...SHADOW_HOST_TAGS]);
    expect(await accepts(NEVER_SHADOW_HOSTS)).toEqual([]);
    expect(NEVER_SHADOW_HOSTS.filter((name) => name.includes('-'))).toEqual([]);
    await page.close();
  });

  it('tries the engine stage again at the next change when its import failed', async () => {
    const { page } = await openTermFree();
    await withErrorLog(page, async (log) => {
      // The stage's address made unreachable in our own world, as a stopped extension would.
      await log.evaluateInExtensionWorld(`(() => {
        const runtime = chrome.runtime;
        globalThis.__klRealGetURL = runtime.getURL.bind(runtime);
        globalThis.__klTries = 0;
        runtime.getURL = (path) => {
          globalThis.__klTries++;
          return 'chrome-extension://' + 'a'.repeat(32) + path;
        };
      })()`);
      await changeAndWaitForScan(page, () => addParagraph(page, 'A paragraph on ketamine.'));
      // The look that saw the anchor tried the import at once.
      expect(await log.evaluateInExtensionWorld('globalThis.__klTries')).toBe(1);
      expect(await log.evaluateInExtensionWorld(ENGINE_STAGE_TYPE)).toBe('undefined');
      await log.evaluateInExtensionWorld('chrome.runtime.getURL = globalThis.__klRealGetURL');
      // Each change is a new chance; the failed import settles at some point after the try.
      await expect
        .poll(
          async () => {
            await addParagraph(page, 'The council met again.');
            return texts(await rangeInfos(page));
          },
          { timeout: 10_000 },
        )
        .toEqual(['ketamine']);
      expect(log.errors.filter((e) => !e.includes('aaaaaaaa'))).toEqual([]);
    });
  });
});

describe('on a page whose CSP allows nothing and requires Trusted Types', () => {
  it('highlights at load and later, and opens the card', async () => {
    const site = await lens.site();
    const page = await lens.open(site.withHeaders('/single-term.html', LOCKED_DOWN));
    await withErrorLog(page, async (log) => {
      await waitForTexts(page, ['esketamine']);
      await hoverTerm(page, { within: '#first' }, 'Esketamine');
      const later = await lens.open(site.withHeaders('/term-free.html', LOCKED_DOWN));
      await addParagraph(later, 'A paragraph on ketamine-assisted psychotherapy.');
      await waitForTexts(later, ['ketamine-assisted psychotherapy']);
      await later.close();
      expect(log.errors).toEqual([]);
    });
  });
});
