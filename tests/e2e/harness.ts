/**
 * The one harness for Chromium end-to-end tests. A test file starts with
 *
 *   const lens = useExtension();            // Chromium with the built extension, for this file
 *   const page = await lens.open('/hover-page.html');   // a fixture, once its first scan is done
 *
 * and reads `lens.browser` (context, service worker, extension id) and `lens.server` (the
 * fixture server on 127.0.0.1; every other request is aborted). Everything waits for a state:
 * `waitForReady` for the ready mark, in a page or a frame.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { type BrowserContext, chromium, type Frame, type Page, type Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { hasMark, highlightTextsOf } from './page-side';

// The contract names (docs/contract.md): what the tests look for in the page.
export const TERM = 'ketamine-lens-term';
export const MYTH = 'ketamine-lens-misconception';
export const SCAN = 'ketamine-lens:scan';
export const READY = 'ketamine-lens:ready';

/** Generous: the machine running these tests may be slow and busy (two cores, two browsers). */
export const SETTLE_MS = 15_000;

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = process.env.KL_OUT_DIR
  ? resolve(process.env.KL_OUT_DIR, 'chrome-mv3')
  : join(ROOT, '.output/chrome-mv3');
const FIXTURES_DIR = join(ROOT, 'tests/e2e/fixtures');
export const DEMO_DIR = join(ROOT, 'demo');
/** The demo site's news article, as `startDemoServer` serves it. */
export const DEMO_ARTICLE = '/demo/ketamine-news.html';

/** A fixture server that also serves the demo site (under /demo/) and `extraDirs`. */
export function startDemoServer(extraDirs: Record<string, string> = {}): Promise<FixtureServer> {
  return new FixtureServer({ '/demo/': DEMO_DIR, ...extraDirs }).start();
}

/** Debian's Chromium unless CHROMIUM_PATH says otherwise; no browser is ever downloaded. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  return path;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

/** Serves fixture files, pages registered by tests, and the saved-page corpus on 127.0.0.1. */
export class FixtureServer {
  private readonly pages = new Map<string, string>();
  private readonly headers = new Map<string, Record<string, string>>();
  private server: Server | undefined;
  origin = '';

  constructor(private readonly extraDirs: Record<string, string> = {}) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const body = this.pages.get(path) ?? this.readFile(path);
      if (body === undefined) {
        res.writeHead(404).end('not found');
        return;
      }
      res
        .writeHead(200, {
          'content-type': TYPES[extname(path)] ?? TYPES['.html'],
          ...this.headers.get(path),
        })
        .end(body);
    });
    await new Promise<void>((done) => this.server?.listen(0, '127.0.0.1', done));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Registers a page (served with these response headers, when given) and returns its URL. */
  page(path: string, html: string, headers?: Record<string, string>): string {
    this.pages.set(path, html);
    if (headers) this.headers.set(path, headers);
    else this.headers.delete(path);
    return this.origin + path;
  }

  url(path: string): string {
    return this.origin + path;
  }

  /** The URL of `path`: a fixture file, or `html` registered there first when given. */
  urlOf(path: string, html?: string): string {
    return html === undefined ? this.url(path) : this.page(path, html);
  }

  /** Serves `path` (a fixture file or a registered page) with these response headers; its URL. */
  withHeaders(path: string, headers: Record<string, string>): string {
    this.headers.set(path, headers);
    return this.origin + path;
  }

  async stop(): Promise<void> {
    const closed = new Promise((done) => this.server?.close(done));
    // Browsers keep connections alive; close() alone would wait for them to time out.
    this.server?.closeAllConnections();
    await closed;
  }

  private readFile(path: string): Buffer | undefined {
    for (const [prefix, dir] of Object.entries({ ...this.extraDirs, '/': FIXTURES_DIR })) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (file.startsWith(dir) && existsSync(file)) return readFileSync(file);
    }
    return undefined;
  }
}

/** Flags that work on this kind of machine: no sandbox as root, no GPU, no calls home. */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Lets through only the test server (and data:/blob: URLs and, optionally, our pages). */
async function onlyLocal(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const allowed =
      url.hostname === '127.0.0.1' ||
      url.protocol === 'chrome-extension:' ||
      url.protocol === 'data:' ||
      url.protocol === 'blob:';
    return allowed ? route.continue() : route.abort();
  });
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  /** The welcome page the install opened, when `keepWelcome` asked to keep it. */
  welcome?: Page;
  close(): Promise<void>;
}

/** Launches real Chromium with the built extension loaded; only 127.0.0.1 is reachable. */
export async function launchWithExtension(
  /**
   * `hasTouch` gives the context a touchscreen (for page.touchscreen.tap); off by default.
   * A first launch in a profile installs the extension, which opens the welcome page; it is
   * closed so that each test starts from its own tabs, unless `keepWelcome`. `uiLanguage`
   * (e.g. "de") is the browser's own language, which picks the extension's strings.
   */
  options: {
    userDataDir?: string;
    hasTouch?: boolean;
    keepWelcome?: boolean;
    uiLanguage?: string;
    /** Developer mode on in a new profile: Chromium keeps an unpacked extension on reload only then. */
    developerMode?: boolean;
    /** The Chromium build to load, when not EXTENSION_DIR (the plain build, say). */
    extensionDir?: string;
    /** False for an extension that opens no welcome page on install (the bench's reference). */
    opensWelcome?: boolean;
  } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No build at ${extensionDir}: run \`npm run build:checks\` first.`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'ketamine-lens-e2e-'));
  if (options.developerMode && !existsSync(join(userDataDir, 'Default'))) {
    mkdirSync(join(userDataDir, 'Default'));
    writeFileSync(
      join(userDataDir, 'Default', 'Preferences'),
      JSON.stringify({ extensions: { ui: { developer_mode: true } } }),
    );
  }
  const installs = options.opensWelcome !== false && !existsSync(join(userDataDir, 'Default'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1000, height: 800 },
    hasTouch: options.hasTouch ?? false,
    // Chromium on Linux takes its UI language from LANGUAGE; --lang is for other systems.
    ...(options.uiLanguage && {
      env: { ...process.env, LANGUAGE: options.uiLanguage },
      locale: options.uiLanguage,
    }),
    args: [
      ...(options.uiLanguage ? [`--lang=${options.uiLanguage}`] : []),
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  await onlyLocal(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const welcome = installs ? await welcomePage(context, extensionId) : undefined;
  if (welcome && !options.keepWelcome) await welcome.close();
  return {
    context,
    extensionId,
    worker,
    userDataDir,
    welcome: options.keepWelcome ? welcome : undefined,
    close: async () => {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The tab the install opens (background/welcome.ts), once it has loaded. */
async function welcomePage(context: BrowserContext, extensionId: string): Promise<Page> {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  // A new tab may be reported before it navigates, so each tab is watched until one is it.
  const page = await new Promise<Page>((resolve, reject) => {
    const timer = setTimeout(() => {
      context.off('page', watch);
      reject(new Error(`The install opened no ${url}`));
    }, 15_000);
    const check = (tab: Page) => {
      if (tab.url() !== url) return;
      clearTimeout(timer);
      context.off('page', watch);
      resolve(tab);
    };
    function watch(tab: Page) {
      tab.on('framenavigated', (frame) => frame === tab.mainFrame() && check(tab));
      check(tab);
    }
    context.on('page', watch);
    for (const tab of context.pages()) watch(tab);
  });
  await page.waitForLoadState('domcontentloaded');
  return page;
}

/**
 * A plain Chromium without the extension, same window size and the same rule that nothing
 * but 127.0.0.1 is reachable: the reference for "the page is unchanged" and for benchmarks.
 */
export async function launchPlain(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'ketamine-lens-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1000, height: 800 },
    args: [...CHROMIUM_FLAGS, '--disable-extensions'],
  });
  await onlyLocal(context);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * What a `use…` helper starts in its beforeAll (a browser, a server), or a clear error for a
 * test that reaches it before then.
 */
export function started<T>(value: T | undefined, what: string): T {
  if (value === undefined)
    throw new Error(`${what} is reached before the beforeAll that starts it`);
  return value;
}

/** How to open a page: see `openScanned`. */
export interface OpenOptions {
  front?: boolean;
  reducedMotion?: boolean;
  timeout?: number;
}

/**
 * Opens a page and waits until the content script finished its first full scan; `front`
 * makes it the active tab (what the keyboard command and the popup speak to), and
 * `reducedMotion` asks for reduced motion, so the card shows in place at once (no animation
 * to wait for before measuring it or taking a screenshot).
 */
export async function openScanned(
  context: BrowserContext,
  url: string,
  options: OpenOptions = {},
): Promise<Page> {
  const page = await context.newPage();
  if (options.reducedMotion) await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(url);
  await waitForReady(page, options.timeout);
  if (options.front) await page.bringToFront();
  return page;
}

/** Opens the bundled demo article from a demo server (`startDemoServer`), scanned. */
export function openDemoArticle(context: BrowserContext, server: FixtureServer): Promise<Page> {
  return openScanned(context, server.url(DEMO_ARTICLE));
}

/** Waits until the document of a page or frame has the ready mark (its first full scan). */
export async function waitForReady(target: Page | Frame, timeout = SETTLE_MS): Promise<void> {
  await target.waitForFunction(hasMark, READY, { timeout, polling: 50 });
}

/** One test file's Chromium with the extension and its fixture server (see the top of this file). */
export interface Lens {
  readonly browser: ExtensionBrowser;
  readonly context: BrowserContext;
  readonly server: FixtureServer;
  /**
   * Opens a path on the fixture server (or any URL) and waits for its first full scan; see
   * `openScanned` for the options.
   */
  open(where: string, options?: OpenOptions): Promise<Page>;
  /** Another fixture server, with an origin of its own; stopped after the browser. */
  site(): Promise<FixtureServer>;
}

/**
 * Launches Chromium with the extension and a fixture server before the file's (or the
 * describe block's) tests and closes them after. `serve` maps URL prefixes to more folders.
 */
export function useExtension(
  options: Parameters<typeof launchWithExtension>[0] & { serve?: Record<string, string> } = {},
): Lens {
  const { serve, ...launch } = options;
  let browser: ExtensionBrowser | undefined;
  let server: FixtureServer | undefined;
  const sites: FixtureServer[] = [];
  beforeAll(async () => {
    server = await new FixtureServer(serve).start();
    browser = await launchWithExtension(launch);
  });
  afterAll(async () => {
    await browser?.close();
    // Only after the browser: Chrome keeps connections open, and close() waits for them.
    for (const site of [server, ...sites]) await site?.stop();
  });
  const lens: Lens = {
    get browser() {
      return started(browser, 'the browser');
    },
    get context() {
      return lens.browser.context;
    },
    get server() {
      return started(server, 'the fixture server');
    },
    open: (where, openOptions) =>
      openScanned(
        lens.context,
        where.startsWith('/') ? lens.server.url(where) : where,
        openOptions,
      ),
    site: async () => {
      const site = await new FixtureServer().start();
      sites.push(site);
      return site;
    },
  };
  return lens;
}

/** Closes every page the lens's browser has open. */
export async function closeAllPages(lens: Lens): Promise<void> {
  for (const page of lens.context.pages()) if (!page.isClosed()) await page.close();
}

/** Every page closed after each test, so a test that fails leaves no page open for the next. */
export function closePagesAfterEach(lens: Lens): void {
  afterEach(() => closeAllPages(lens));
}

/** A plain Chromium (see `launchPlain`) for the file's tests, closed after them. */
export function usePlainBrowser(): { readonly context: BrowserContext } {
  let plain: Awaited<ReturnType<typeof launchPlain>> | undefined;
  beforeAll(async () => {
    plain = await launchPlain();
  });
  afterAll(async () => {
    await plain?.close();
  });
  return {
    get context() {
      return started(plain, 'the plain browser').context;
    },
  };
}

/** The text of every range in one of our highlights (sorted), as the page's main world sees it. */
export function highlightedTexts(page: Page, name = TERM, within?: string): Promise<string[]> {
  return page.evaluate(highlightTextsOf, { names: [name], within });
}

export async function openPopup(browser: ExtensionBrowser, query = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html${query}`);
  return page;
}
