import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = process.env.KL_OUT_DIR
  ? resolve(process.env.KL_OUT_DIR, 'chrome-mv3')
  : join(ROOT, '.output/chrome-mv3');
const FIXTURES_DIR = join(ROOT, 'tests/e2e/fixtures');
export const DEMO_DIR = join(ROOT, 'demo');

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
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? TYPES['.html'] }).end(body);
    });
    await new Promise<void>((done) => this.server?.listen(0, '127.0.0.1', done));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Registers a page and returns its URL. */
  page(path: string, html: string): string {
    this.pages.set(path, html);
    return this.origin + path;
  }

  url(path: string): string {
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
  } = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No build at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'ketamine-lens-e2e-'));
  const installs = !existsSync(join(userDataDir, 'Default'));
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
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
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

/** The tab the install opens (background-services/welcome.ts), once it has loaded. */
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

/** Opens a page and waits until the content script finished its first full scan. */
export async function openScanned(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await waitForReady(page);
  return page;
}

export async function waitForReady(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('ketamine-lens:ready').length > 0,
    undefined,
    { timeout },
  );
}

/** The text of every range in one of our highlights, as the page's main world sees it. */
export function highlightedTexts(page: Page, name = 'ketamine-lens-term'): Promise<string[]> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    return highlight ? [...highlight].map((range) => (range as Range).toString()) : [];
  }, name);
}

export async function openPopup(browser: ExtensionBrowser, query = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html${query}`);
  return page;
}
