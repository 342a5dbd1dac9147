/**
 * The plain build, the one readers install: a page must not be able to tell it is there where
 * it shows nothing, nor read the card a reader opened. This file builds it (no
 * KETAMINE_LENS_CHECKS) into a folder of its own and runs it in Chromium and Firefox ESR; the
 * other end-to-end files run the check build, which adds the marks and an open card root.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CDPSession, Page as ChromiumPage } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionWorlds, followExtensionWorlds } from './content-world';
import { ENGINE_STAGE_TYPE, waitForTexts } from './engine-helpers';
import {
  termCentre,
  useFirefox,
  waitForTexts as waitForFirefoxTexts,
  waitInPage,
} from './firefox-harness';
import { type FixtureServer, ROOT, useExtension } from './harness';
import { pointAt } from './hover-helpers';
import { openPopupFor, tabIdOf, waitForBadge } from './popup-helpers';
import { resetSettings, storeSettings } from './settings-helpers';
import {
  openSidePanelFor,
  pointAtWords,
  waitForCardFor,
  waitForListed,
} from './side-panel-helpers';

const PLAIN_DIR = process.env.KL_PLAIN_OUT_DIR ?? resolve(ROOT, '.output/plain');

beforeAll(() => {
  const env: NodeJS.ProcessEnv = { ...process.env, KL_OUT_DIR: PLAIN_DIR };
  delete env.KETAMINE_LENS_CHECKS;
  for (const target of [[], ['-b', 'firefox']]) {
    execFileSync('npx', ['wxt', 'build', ...target], { cwd: ROOT, env, stdio: 'ignore' });
  }
}, 300_000);

const TERM_FREE_BODY = `<main><p>The council met on Tuesday to discuss the bus timetable.</p>
<div id="open-host"></div><closed-host id="closed-host"></closed-host></main>
<script>
  document.getElementById('open-host').attachShadow({ mode: 'open' }).innerHTML =
    '<p>Gardeners say the wet spring helped the roses.</p>';
  window.closedRoot = document.getElementById('closed-host').attachShadow({ mode: 'closed' });
  window.closedRoot.innerHTML = '<p>The library opens late on Thursdays.</p>';
</script>`;

const TERM_FREE_FRAMES = `<iframe name="srcdoc" srcdoc="${TERM_FREE_BODY.replace(/"/g, '&quot;')}"></iframe>
<iframe name="blank"></iframe>
<script>frames.blank.document.body.innerHTML = '<p>Rain is expected on Friday.</p>';</script>`;

/**
 * Runs in a frame's main world: everything of ours a page could find there. The page kept its
 * closed root (`closedRoot`), so its adopted sheets are counted too.
 */
function pageTraces() {
  // Our names, and our files (a stage's import would be a resource entry named by its URL).
  const ours = (name: string) => /^ketamine-lens|^(chrome|moz)-extension:/.test(name);
  const roots: (Document | ShadowRoot)[] = [document];
  for (const element of document.querySelectorAll('*')) {
    if (element.shadowRoot) roots.push(element.shadowRoot);
  }
  const closed = (window as { closedRoot?: ShadowRoot }).closedRoot;
  if (closed) roots.push(closed);
  return {
    entries: performance
      .getEntries()
      .map((entry) => entry.name)
      .filter(ours),
    highlights: [...CSS.highlights.keys()].map(String).filter(ours),
    adoptedSheets: roots.reduce((sum, root) => sum + root.adoptedStyleSheets.length, 0),
    elements: document.querySelectorAll('ketamine-lens-card').length,
  };
}
const NO_TRACE = { entries: [], highlights: [], adoptedSheets: 0, elements: 0 };

describe('the plain build’s files', () => {
  it('hold no mark or measure code, and attach the card’s root closed', () => {
    for (const build of ['chrome-mv3', 'firefox-mv2']) {
      for (const file of ['sentinel.js', 'engine-stage.js', 'card-stage.js']) {
        const code = readFileSync(join(PLAIN_DIR, build, file), 'utf8');
        expect({
          file,
          marks: code.match(/ketamine-lens:(scan|ready)|performance\.(mark|measure)/g),
        }).toEqual({
          file,
          marks: null,
        });
      }
      const card = readFileSync(join(PLAIN_DIR, build, 'card-stage.js'), 'utf8');
      expect(card).toMatch(/attachShadow\(\{mode:[`'"]closed[`'"]\}\)/);
    }
  });
});

async function frameCount(cdp: CDPSession): Promise<number> {
  type Tree = { childFrames?: Tree[] };
  const count = (tree: Tree): number =>
    1 + (tree.childFrames ?? []).reduce((sum, child) => sum + count(child), 0);
  return count((await cdp.send('Page.getFrameTree')).frameTree as Tree);
}

describe('the plain build in Chromium', () => {
  const lens = useExtension({ extensionDir: join(PLAIN_DIR, 'chrome-mv3') });

  /** Runs `test` on a new page of a site of its own, following the extension's worlds in it. */
  async function withWatchedPage(
    test: (opened: {
      site: FixtureServer;
      page: ChromiumPage;
      cdp: CDPSession;
      worlds: ExtensionWorlds;
    }) => Promise<void>,
  ): Promise<void> {
    const site = await lens.site();
    const page = await lens.context.newPage();
    const cdp = await lens.context.newCDPSession(page);
    try {
      await test({ site, page, cdp, worlds: await followExtensionWorlds(cdp) });
    } finally {
      await cdp.detach().catch(() => {});
      await page.close();
    }
  }

  it('leaves no trace in a term-free page, its frames and its shadow roots', async () => {
    await withWatchedPage(async ({ site, page, cdp, worlds }) => {
      await page.goto(
        site.page(
          '/term-free.html',
          `<!doctype html><html lang="en"><body>${TERM_FREE_BODY}${TERM_FREE_FRAMES}</body></html>`,
        ),
      );
      // Every frame's sentinel has made its first look.
      await expect
        .poll(async () => worlds.frames.size >= (await frameCount(cdp)), { timeout: 15_000 })
        .toBe(true);
      expect(await worlds.evaluate(ENGINE_STAGE_TYPE)).toBe('undefined');
      for (const frame of page.frames()) {
        expect({ frame: frame.name(), ...(await frame.evaluate(pageTraces)) }).toEqual({
          frame: frame.name(),
          ...NO_TRACE,
        });
      }
      // The watch is live: a term the page adds is highlighted, and still nothing is measured.
      await page.evaluate(() => {
        const root = document.getElementById('open-host')?.shadowRoot;
        root?.append(Object.assign(document.createElement('p'), { textContent: 'Ketamine' }));
      });
      await waitForTexts(page, ['Ketamine']);
      const after = await page.evaluate(pageTraces);
      expect(after.entries).toEqual([]);
      expect(after.highlights).toContain('ketamine-lens-term');
    });
  });

  it('opens the card in a closed shadow root that the page’s observer cannot read', async () => {
    await withWatchedPage(async ({ site, page, worlds }) => {
      await page.goto(
        site.page(
          '/card.html',
          `<!doctype html><html lang="en"><body><main><p id="p">Ketamine is an anaesthetic.</p></main>
<script>
  window.seen = [];
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) {
      if (node.nodeType !== 1) continue;
      window.seen.push({ name: node.localName, root: node.shadowRoot !== null,
        text: node.textContent, html: node.shadowRoot?.innerHTML ?? '' });
    }
  }).observe(document, { childList: true, subtree: true });
</script></body></html>`,
        ),
      );
      await waitForTexts(page, ['Ketamine']);
      await pointAt(page, { within: '#p' });
      await page.waitForSelector('ketamine-lens-card', { state: 'attached', timeout: 10_000 });
      // The reader's card is there, with its heading, in the closed root only we can reach.
      await expect
        .poll(
          () =>
            worlds.evaluate(
              `chrome.dom.openOrClosedShadowRoot(document.querySelector('ketamine-lens-card'))
                ?.querySelector('[role=dialog] h2')?.textContent ?? ''`,
            ),
          { timeout: 10_000 },
        )
        .not.toBe('');
      const seen = await page.evaluate(() => ({
        root: document.querySelector('ketamine-lens-card')?.shadowRoot ?? null,
        added: (window as unknown as { seen: { name: string; root: boolean; text: string }[] })
          .seen,
        entries: performance
          .getEntries()
          .map((e) => e.name)
          .filter((name) => /^ketamine-lens|^(chrome|moz)-extension:/.test(name)),
      }));
      expect(seen.root).toBeNull();
      expect(seen.added).toEqual([{ name: 'ketamine-lens-card', root: false, text: '', html: '' }]);
      expect(seen.entries).toEqual([]);
    });
  });
});

const DISCREET_PAGE = `<!doctype html><html lang="en"><body><main>
<p>Ketamine is an anaesthetic. Esketamine is a nasal spray.</p></main>
<iframe name="srcdoc" srcdoc="<p>Ketamine infusion, in a frame.</p>"></iframe></body></html>`;

describe('the plain build in Chromium, in discreet mode', () => {
  const lens = useExtension({ extensionDir: join(PLAIN_DIR, 'chrome-mv3') });

  it('leaves no trace on a page with terms, while the badge, the popup and the side panel have them', async () => {
    await storeSettings(lens.browser, { discreet: true });
    const site = await lens.site();
    const page = await lens.context.newPage();
    try {
      await page.goto(site.page('/discreet.html', DISCREET_PAGE));
      const tabId = await tabIdOf(lens.browser, site.origin);
      // Found and counted in both frames (the frame's term is its own): the badge is the sign
      // the scans are done.
      await waitForBadge(lens.browser, tabId, '3');
      const panel = await openSidePanelFor(lens.browser, tabId);
      await page.bringToFront();
      await waitForListed(panel, ['esketamine', 'ketamine', 'ketamine-infusion']);
      // The pointer resting on a term shows its card in the side panel only.
      await pointAtWords(page, 'Esketamine');
      expect(await waitForCardFor(panel, 'esketamine')).toBe('Esketamine');
      for (const frame of page.frames()) {
        expect({ frame: frame.name(), ...(await frame.evaluate(pageTraces)) }).toEqual({
          frame: frame.name(),
          ...NO_TRACE,
        });
      }
      await panel.close();
      // The popup lists them and shows a chosen term's card itself, not on the page.
      const popup = await openPopupFor(lens.browser, tabId);
      await waitForListed(popup, ['esketamine', 'ketamine', 'ketamine-infusion']);
      await popup.click('[data-found-id="ketamine"]');
      expect(await waitForCardFor(popup, 'ketamine')).toBe('Ketamine');
      await popup.close();
      expect(await page.evaluate(pageTraces)).toEqual(NO_TRACE);
    } finally {
      await resetSettings(lens.browser);
      await page.close();
    }
  });
});

describe('the plain build in Firefox', () => {
  const firefox = useFirefox({ buildDir: join(PLAIN_DIR, 'firefox-mv2') });

  /** Opens a page and waits for its highlights (the top frame's term: the sign the lens ran). */
  async function openHighlighted(path: string, html: string): Promise<FirefoxPage> {
    const page = await firefox.browser.newPage();
    await page.goto(firefox.server.page(path, html));
    await waitForFirefoxTexts(page, ['Ketamine']);
    return page;
  }

  it('leaves no trace in term-free frames and shadow roots, and no mark where it highlights', async () => {
    firefox.server.page(
      '/term-free-frame.html',
      `<!doctype html><html lang="en"><body>${TERM_FREE_BODY}</body></html>`,
    );
    const page = await openHighlighted(
      '/frames.html',
      `<!doctype html><html lang="en"><body><p>Ketamine is an anaesthetic.</p>
${TERM_FREE_FRAMES}<iframe name="plain" src="/term-free-frame.html"></iframe></body></html>`,
    );
    try {
      const top = await page.evaluate(pageTraces);
      expect(top.entries).toEqual([]);
      expect(top.highlights).toContain('ketamine-lens-term');
      const frames = page.frames().filter((frame) => frame !== page.mainFrame());
      expect(frames.length).toBeGreaterThanOrEqual(2);
      for (const frame of frames) {
        await waitInPage(frame, () => document.readyState === 'complete');
        expect({ frame: frame.url(), ...(await frame.evaluate(pageTraces)) }).toEqual({
          frame: frame.url(),
          ...NO_TRACE,
        });
      }
    } finally {
      await page.close();
    }
  });

  it('opens the card in a closed shadow root', async () => {
    const page = await openHighlighted(
      '/card.html',
      '<!doctype html><html lang="en"><body><p id="p">Ketamine is an anaesthetic.</p></body></html>',
    );
    try {
      const point = await termCentre(page, { within: '#p' });
      await page.mouse.move(point.x, point.y);
      await page.waitForSelector('ketamine-lens-card', { timeout: 10_000 });
      expect(
        await page.evaluate(() => ({
          root: document.querySelector('ketamine-lens-card')?.shadowRoot ?? null,
          text: document.querySelector('ketamine-lens-card')?.textContent,
        })),
      ).toEqual({ root: null, text: '' });
    } finally {
      await page.close();
    }
  });
});

describe('the plain build in Firefox, in discreet mode', () => {
  // The welcome tab is an extension page: it writes the settings, asks the background, and
  // then becomes the sidebar's page (WebDriver cannot open the browser's sidebar).
  const firefox = useFirefox({ buildDir: join(PLAIN_DIR, 'firefox-mv2'), keepWelcome: true });
  type Api = typeof import('webextension-polyfill');
  const api = () => (globalThis as unknown as { browser: Api }).browser;

  it('leaves no trace on a page with terms, while the badge and the sidebar have them', async () => {
    const welcome = firefox.welcome;
    if (!welcome) throw new Error('The install opened no welcome page');
    await welcome.evaluate(`(${api})().storage.local.set({ settings: { discreet: true } })`);
    const page = await firefox.browser.newPage();
    try {
      await page.goto(firefox.server.page('/discreet.html', DISCREET_PAGE));
      const origin = firefox.server.origin;
      const tabId = (await welcome.evaluate(
        `(async () => {
          const b = (${api})();
          for (const tab of await b.tabs.query({})) {
            const answer = await b.tabs
              .sendMessage(tab.id, { type: 'get-origin' }, { frameId: 0 })
              .catch(() => null);
            if (answer === ${JSON.stringify(origin)}) return tab.id;
          }
          return -1;
        })()`,
      )) as number;
      expect(tabId).toBeGreaterThan(0);
      // Found and counted in both frames: the badge is the sign the scans are done.
      await waitInPage(
        welcome,
        `(${api})().browserAction.getBadgeText({ tabId: ${tabId} }).then((text) => text === '3')`,
        undefined,
        { timeout: 20_000, polling: 100 },
      );
      for (const frame of page.frames()) {
        await waitInPage(frame, () => document.readyState === 'complete');
        expect({ frame: frame.url(), ...(await frame.evaluate(pageTraces)) }).toEqual({
          frame: frame.url(),
          ...NO_TRACE,
        });
      }
      // The sidebar's page, following the window's active tab: the page's terms, and the card
      // of the one the pointer rests on.
      const windowId = (await welcome.evaluate(
        `(${api})().windows.getCurrent().then((w) => w.id)`,
      )) as number;
      await welcome.evaluate(`location.assign('/sidepanel.html?window=${windowId}')`);
      await page.bringToFront();
      await waitInPage(
        welcome,
        () => document.querySelectorAll('[data-found-id]').length === 3,
        undefined,
        {
          timeout: 20_000,
          polling: 100,
        },
      );
      const point = await page.evaluate(() => {
        const text = document.querySelector('p')?.firstChild as Text;
        const at = text.data.indexOf('Esketamine');
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 'Esketamine'.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      });
      await page.mouse.move(point.x, point.y);
      await waitInPage(
        welcome,
        () => document.querySelector('[data-card-for="esketamine"] .kl-hover__heading') !== null,
        undefined,
        { timeout: 20_000, polling: 100 },
      );
      expect(await page.evaluate(pageTraces)).toEqual(NO_TRACE);
    } finally {
      await page.close();
    }
  });
});
