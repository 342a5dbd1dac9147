/**
 * DOM-level tests of the page engine: plain Chromium (no extension, nothing but 127.0.0.1
 * reachable, as in ./harness), a fixture page, and the engine bundled into a page script
 * (bundle.ts). A test file starts with
 *
 *   const engine = useEnginePage();
 *   const page = await engine.open('/case.html', html);   // window.__klEngine is defined
 *   await page.evaluate(async () => { const run = __klEngine.start(); await run.ready; ... });
 *
 * Faster than the extension (no build, no service worker) and exact: a test awaits the pass
 * that follows a change instead of polling for its effect.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { FixtureServer, started, usePlainBrowser } from '../harness';
import { engineScript } from './bundle';
import type { EngineRun, start } from './entry';

export type { EngineRun };

/** What the engine script defines in the page's main world (`__klRun`: see `openStarted`). */
export interface EngineWindow {
  __klEngine: { start: typeof start };
  __klRun?: EngineRun;
}

export interface EnginePage {
  readonly context: BrowserContext;
  readonly server: FixtureServer;
  /**
   * Opens `path` on the fixture server (a file in tests/e2e/fixtures/, or `html` registered
   * there first) with the engine script added, not started.
   */
  open(path: string, html?: string): Promise<Page>;
  /** As `open`, then starts the engine (as `window.__klRun`) and waits for its first full scan. */
  openStarted(path: string, html?: string): Promise<Page>;
}

/** Plain Chromium, a fixture server and the engine script for the file's tests. */
export function useEnginePage(): EnginePage {
  const plain = usePlainBrowser();
  let server: FixtureServer | undefined;
  let script = '';
  beforeAll(async () => {
    [script, server] = await Promise.all([engineScript(), new FixtureServer().start()]);
  });
  afterAll(async () => {
    await server?.stop();
  });
  const engine: EnginePage = {
    get context() {
      return plain.context;
    },
    get server() {
      return started(server, 'the engine page’s server');
    },
    open: async (path, html) => {
      const page = await engine.context.newPage();
      await page.goto(engine.server.urlOf(path, html));
      await page.addScriptTag({ content: script });
      // The active tab, so the page is laid out and painted as a reader's would be.
      await page.bringToFront();
      return page;
    },
    openStarted: async (path, html) => {
      const page = await engine.open(path, html);
      await page.evaluate(async () => {
        const run = (window as unknown as EngineWindow).__klEngine.start();
        (window as unknown as EngineWindow).__klRun = run;
        await run.ready;
      });
      return page;
    },
  };
  return engine;
}
