/**
 * The cost of having Ketamine Lens installed, per page load, side by side with mark.js and a
 * bare TreeWalker + one RegExp on the same page (`npm run bench`, or alone with
 * `BENCH=load npm run bench`). Nothing here is asserted: it prints figures and the budgets
 * they are read against (docs/benchmarks.md).
 *
 * - extension CPU: DevTools CPU profiler samples whose stack holds a chrome-extension://
 *   frame, from navigation until every frame's first scan is done (bundle evaluation,
 *   settings read, matcher, scan, listeners: all of it);
 * - mark.js: its script evaluated and `mark()` run with the same terms in every frame of the
 *   same page, in a browser without the extension (wall time of that synchronous work, plus
 *   the layout it causes);
 * - floor: one TreeWalker over the text nodes and one RegExp of all terms, no DOM change;
 * - per term-free frame: the same page with and without 30 frames, divided by 30.
 *
 * Frames of "mixed origins" are srcdoc, about:blank, data: and pages of two origins
 * (two ports of 127.0.0.1): one site, so they run in the page's process, where the profiler
 * attached to the page sees them. Cross-site frames would be out-of-process and unseen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { matcherPatterns } from '../build/pattern-matcher';
import { profileExtensionCpu } from '../tests/e2e/cpu-profile';
import { EXTENSION_DIR, type ExtensionBrowser, type FixtureServer } from '../tests/e2e/harness';
import { startBenchServers } from './bench-servers';
import { armCardTimer, firstTermPoint, intentToShownMs, OPEN_DELAY_MS } from './card-timing';

type Plain = { context: BrowserContext; close(): Promise<void> };

const MARK_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'),
  'utf8',
);
export const TERMS = [
  ...new Set(
    matcherPatterns({ highlightTerms: true, highlightMisconceptions: true }).map((p) => p.text),
  ),
];
const FRAMES = 30;

export const BUDGETS = {
  cpuVsMark: 0.25,
  scanVsFloor: 3,
  termFreeFrameMs: 1,
  everyFrameGzipKB: 15,
  languageGzipKB: 12,
  longestTaskMs: 50,
  intentToCardMs: 100,
};

// ---- what runs in the page -------------------------------------------------------------

/** mark.js evaluated and run over the frame's body (CSP-proof: one Runtime.evaluate). */
const markScript = (terms: string[]) => `(() => {
  const start = performance.now();
  const exports = undefined, module = undefined, define = undefined;
  ${MARK_SOURCE}
  const Mark = window.Mark;
  let count = 0;
  if (document.body) new Mark(document.body).mark(${JSON.stringify(terms)}, {
    separateWordSearch: false, accuracy: 'exactly', diacritics: false, acrossElements: true,
    each: () => { count++; },
  });
  document.body && document.body.offsetHeight;
  return { ms: performance.now() - start, count };
})()`;

export const floorScript = (terms: string[]) => `(() => {
  const start = performance.now();
  const words = ${JSON.stringify(terms)}.sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&'));
  const pattern = new RegExp(words.join('|'), 'giu');
  let count = 0;
  if (document.body) {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode.data;
      pattern.lastIndex = 0;
      while (pattern.exec(text)) count++;
    }
  }
  return { ms: performance.now() - start, count };
})()`;

/** Page-world long-task log, read back after the load. */
const LONG_TASKS = `window.__klLong = [];
try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__klLong.push(e.duration); })
  .observe({ type: 'longtask', buffered: true }); } catch {}`;

// ---- fixture pages ---------------------------------------------------------------------

export const PROSE = [
  'The council met on Tuesday to discuss the new bus timetable and the price of parking.',
  'Gardeners say the wet spring helped the roses, though slugs had a very good year too.',
  'A local bakery won a regional prize for its sourdough, baked overnight in a wood oven.',
];
const TERM_PROSE = [
  'Researchers studied ketamine-assisted psychotherapy for treatment-resistant depression.',
  'Esketamine, a nasal spray, was licensed in 2019; ketamine itself is a dissociative anaesthetic.',
  'Some still call ketamine just a horse tranquiliser, which the article calls a misconception.',
  'Ketamine therapy is sometimes prescribed off-label, and a ketamine infusion is given in clinic.',
];
export const paragraphs = (n: number, lines: string[]) =>
  Array.from({ length: n }, (_, i) => `<p>${lines[i % lines.length]}</p>`).join('\n');
export const doc = (body: string) => `<!doctype html><meta charset="utf-8"><body>${body}</body>`;

export function framesHtml(same: FixtureServer, other: FixtureServer, count: number): string {
  const inner = doc(paragraphs(6, PROSE));
  const data = `data:text/html;charset=utf-8,${encodeURIComponent(inner)}`;
  const kinds = [
    () => `<iframe srcdoc="${inner.replaceAll('"', '&quot;')}"></iframe>`,
    () => `<iframe src="${same.url('/frame.html')}"></iframe>`,
    () => `<iframe src="${other.url('/frame.html')}"></iframe>`,
    () => `<iframe src="${data}"></iframe>`,
    () => '<iframe></iframe>',
  ];
  return Array.from({ length: count }, (_, i) => kinds[i % kinds.length]?.() ?? '').join('\n');
}

interface Fixture {
  name: string;
  url: string;
}

function fixtures(same: FixtureServer, other: FixtureServer): Fixture[] {
  const inner = doc(paragraphs(6, PROSE));
  same.page('/frame.html', inner);
  other.page('/frame.html', inner);
  const base = paragraphs(40, PROSE);
  // ~5 MB of prose, a term in one paragraph of 500.
  const bigParagraphs = Array.from({ length: 60_000 }, (_, i) =>
    i % 500 === 0 ? `<p>${TERM_PROSE[0]}</p>` : `<p>${PROSE[i % PROSE.length]}</p>`,
  ).join('\n');
  return [
    { name: 'fixture: term-free page', url: same.page('/plain.html', doc(base)) },
    {
      name: `fixture: term-free page + ${FRAMES} frames`,
      url: same.page('/frames.html', doc(base + framesHtml(same, other, FRAMES))),
    },
    { name: 'fixture: 5 MB page', url: same.page('/big.html', doc(bigParagraphs)) },
    {
      name: 'fixture: article, many terms',
      url: same.page('/article.html', doc(paragraphs(300, [...TERM_PROSE, ...PROSE]))),
    },
  ];
}

// ---- measuring -------------------------------------------------------------------------

export async function framesReady(page: Page, timeout = 30_000): Promise<number> {
  const deadline = Date.now() + timeout;
  const ready = async (frame: Frame) => {
    while (Date.now() < deadline) {
      const done = await frame
        .evaluate(() => performance.getEntriesByName('ketamine-lens:ready').length > 0)
        .catch(() => false);
      if (done) return true;
      await new Promise((r) => setTimeout(r, 20));
    }
    return false;
  };
  const results = await Promise.all(page.frames().map(ready));
  return results.filter(Boolean).length;
}

interface LoadCost {
  cpu: number;
  scanBusy: number;
  longestSlice: number;
  longTask: number;
  frames: number;
}

export async function loadWithExtension(
  browser: ExtensionBrowser,
  blank: string,
  url: string,
): Promise<LoadCost> {
  const page = await browser.context.newPage();
  await page.addInitScript(LONG_TASKS);
  await page.goto(blank); // same site: the profiled navigation stays in this process
  let frames = 0;
  const cpu = await profileExtensionCpu(browser.context, page, async () => {
    await page.goto(url, { timeout: 60_000 });
    frames = await framesReady(page);
  });
  const perFrame = await Promise.all(
    page
      .frames()
      .map((frame) =>
        frame
          .evaluate(() =>
            (performance.getEntriesByName('ketamine-lens:scan') as PerformanceMeasure[]).map(
              (m) => m.detail as { busyMs: number; longestSliceMs: number },
            ),
          )
          .catch(() => []),
      ),
  );
  const scans = perFrame.flat();
  const longTask = await page.evaluate(() =>
    Math.max(0, ...((window as unknown as { __klLong: number[] }).__klLong ?? [])),
  );
  await page.close();
  return {
    cpu: cpu.extensionMs,
    scanBusy: scans.reduce((s, d) => s + (d?.busyMs ?? 0), 0),
    longestSlice: Math.max(0, ...scans.map((d) => d?.longestSliceMs ?? 0)),
    longTask,
    frames,
  };
}

export async function inEveryFrame(plain: Plain, url: string, script: string): Promise<number> {
  const page = await plain.context.newPage();
  await page.goto(url, { timeout: 60_000 });
  await page.waitForLoadState('load');
  let ms = 0;
  for (const frame of page.frames()) {
    const r = (await frame.evaluate(script).catch(() => ({ ms: 0 }))) as { ms: number };
    ms += r.ms;
  }
  await page.close();
  return ms;
}

/** JS heap of the page's isolate (page and content-script worlds together), after a GC. */
export async function heapUsed(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

async function heapOf(context: BrowserContext, url: string, extension: boolean): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  // Asked through evaluate in both runs: the driver's script is in both heaps.
  if (extension) await framesReady(page);
  else await page.waitForLoadState('load').then(() => page.evaluate(() => document.readyState));
  const used = await heapUsed(context, page);
  await page.close();
  return used;
}

/** From the hover intent (pointer resting on a term for the open delay) to a visible card. */
async function intentToCard(browser: ExtensionBrowser, url: string): Promise<number> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await framesReady(page);
  const point = await page.evaluate(firstTermPoint);
  await page.evaluate(armCardTimer);
  await page.mouse.move(point.x, point.y);
  const ms = await page.evaluate(intentToShownMs, OPEN_DELAY_MS);
  await page.close();
  return ms;
}

// ---- bytes -----------------------------------------------------------------------------

/**
 * What every frame loads (the manifest's content scripts: the sentinel), what a frame that may
 * hold a term adds (the engine stage) and what the first card adds (the card stage).
 */
export function bundleBytes(): {
  frame: [number, number];
  engine: [number, number];
  card: [number, number];
  /** Each language's translation stage, the largest: what a reader's language adds to the card. */
  language: [number, number];
} {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
    web_accessible_resources?: (string | { resources?: string[] })[];
  };
  const everyFrame = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  const size = (files: string[]) => {
    const bytes = files.map((f) => readFileSync(join(EXTENSION_DIR, f)));
    return [
      bytes.reduce((s, b) => s + b.length, 0),
      bytes.reduce((s, b) => s + gzipSync(b).length, 0),
    ] as [number, number];
  };
  // The stages: the web-accessible files a frame imports.
  const stages = (manifest.web_accessible_resources ?? [])
    .flatMap((entry) => (typeof entry === 'string' ? [entry] : (entry.resources ?? [])))
    .filter((f) => f.endsWith('.js'));
  return {
    frame: size(everyFrame),
    engine: size(stages.filter((f) => f.includes('engine-stage'))),
    card: size(stages.filter((f) => f.includes('card-stage'))),
    language: stages
      .filter((f) => f.includes('knowledge-'))
      .map((f) => size([f]))
      .reduce((a, b) => (b[1] > a[1] ? b : a), [0, 0] as [number, number]),
  };
}

// ---- the table -------------------------------------------------------------------------

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0
    ? 0
    : s.length % 2
      ? (s[mid] ?? 0)
      : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const f1 = (n: number) => n.toFixed(1);
const verdict = (ok: boolean) => (ok ? 'within' : 'MISSED');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const rawAndGzip = ([raw, gzip]: [number, number]) => `${kb(raw)} / ${kb(gzip)}`;

/** A row of the budget table: `value` (shown as `figure`) against its upper `limit`. */
function budgetRow(measure: string, figure: string, value: number, limit: number, unit = '') {
  return { measure, figure, budget: `≤ ${limit}${unit}`, '': verdict(value <= limit) };
}

/** A row of the budget table that is reported only, with no budget to keep. */
function reportRow(measure: string, figure: string) {
  return { measure, figure, budget: '', '': '' };
}

export async function benchLoad(
  browser: ExtensionBrowser,
  plain: Plain,
  corpusDir: string | null,
): Promise<void> {
  const { same, other, stop } = await startBenchServers(corpusDir);
  const blank = same.page('/blank.html', doc(''));
  // BENCH_FIXTURES=term-free keeps only the fixtures whose name holds that text, and no corpus
  // page (the per-frame figures need only the two term-free fixtures).
  const only = process.env.BENCH_FIXTURES;
  const pages = fixtures(same, other).filter((p) => !only || p.name.includes(only));
  if (corpusDir && !only) {
    const limit = Number(process.env.BENCH_PAGES ?? Infinity);
    const files = readdirSync(corpusDir)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .slice(0, limit);
    for (const file of files) pages.push({ name: file, url: same.url(`/corpus/${file}`) });
  }

  const rows: Record<string, string | number>[] = [];
  const cpuVsMark: number[] = [];
  const scanVsFloor: number[] = [];
  const cpus: number[] = [];
  let longest = 0;
  let longestPageTask = 0;
  const costs = new Map<string, LoadCost>();
  for (const { name, url } of pages) {
    const lens = await loadWithExtension(browser, blank, url);
    const mark = await inEveryFrame(plain, url, markScript(TERMS));
    const floor = await inEveryFrame(plain, url, floorScript(TERMS));
    costs.set(name, lens);
    longest = Math.max(longest, lens.longestSlice);
    longestPageTask = Math.max(longestPageTask, lens.longTask);
    cpus.push(lens.cpu);
    if (mark > 0) cpuVsMark.push(lens.cpu / mark);
    if (floor > 0.05) scanVsFloor.push(lens.scanBusy / floor);
    rows.push({
      page: name.slice(0, 44),
      frames: lens.frames,
      'ext CPU ms': f1(lens.cpu),
      'scan busy ms': f1(lens.scanBusy),
      'mark.js ms': f1(mark),
      'floor ms': f1(floor),
      'CPU/mark.js': mark > 0 ? (lens.cpu / mark).toFixed(2) : '-',
      'scan/floor': floor > 0.05 ? (lens.scanBusy / floor).toFixed(1) : '-',
      'longest slice/task ms': `${f1(lens.longestSlice)} / ${f1(lens.longTask)}`,
    });
  }
  console.log(`\nPer page load (Chromium, headless; ${pages.length} pages)`);
  console.table(rows);

  const plainCost = costs.get('fixture: term-free page');
  const framesCost = costs.get(`fixture: term-free page + ${FRAMES} frames`);
  const perFrameMs =
    plainCost && framesCost ? (framesCost.cpu - plainCost.cpu) / FRAMES : Number.NaN;
  const plainUrl = same.url('/plain.html');
  const framesUrl = same.url('/frames.html');
  const heapExt =
    (await heapOf(browser.context, framesUrl, true)) -
    (await heapOf(browser.context, plainUrl, true));
  const heapPlain =
    (await heapOf(plain.context, framesUrl, false)) -
    (await heapOf(plain.context, plainUrl, false));
  const heapPerFrameKB = (heapExt - heapPlain) / FRAMES / 1024;

  const cardMs: number[] = [];
  const article = same.url('/article.html');
  for (let i = 0; i < 5; i++) cardMs.push(await intentToCard(browser, article));
  const bytes = bundleBytes();

  console.log('\nAgainst the budgets (docs/benchmarks.md)');
  console.table([
    budgetRow(
      'median ext CPU per load / mark.js',
      median(cpuVsMark).toFixed(2),
      median(cpuVsMark),
      BUDGETS.cpuVsMark,
    ),
    reportRow('median ext CPU per load', `${f1(median(cpus))} ms`),
    budgetRow(
      'median scan busy / floor',
      median(scanVsFloor).toFixed(1),
      median(scanVsFloor),
      BUDGETS.scanVsFloor,
    ),
    budgetRow(
      'CPU per extra term-free frame',
      `${perFrameMs.toFixed(2)} ms`,
      perFrameMs,
      BUDGETS.termFreeFrameMs,
      ' ms',
    ),
    reportRow('JS heap added per term-free frame', `${heapPerFrameKB.toFixed(0)} KB`),
    budgetRow(
      'every frame loads (raw / gzip)',
      rawAndGzip(bytes.frame),
      bytes.frame[1] / 1024,
      BUDGETS.everyFrameGzipKB,
      ' KB gzip',
    ),
    reportRow('a frame that may hold a term adds (raw / gzip)', rawAndGzip(bytes.engine)),
    reportRow('first card adds (raw / gzip)', rawAndGzip(bytes.card)),
    budgetRow(
      "the reader's language adds to the card, largest (raw / gzip)",
      rawAndGzip(bytes.language),
      bytes.language[1] / 1024,
      BUDGETS.languageGzipKB,
      ' KB gzip',
    ),
    // The page-world long-task observer cannot tell our tasks from the page's own parsing.
    budgetRow(
      'longest scan slice (page-world long task)',
      `${f1(longest)} ms (${f1(longestPageTask)} ms)`,
      longest,
      BUDGETS.longestTaskMs,
      ' ms',
    ),
    budgetRow(
      'hover intent → visible card (median of 5, cold)',
      `${f1(median(cardMs))} ms (max ${f1(Math.max(...cardMs))})`,
      median(cardMs),
      BUDGETS.intentToCardMs,
      ' ms',
    ),
  ]);
  await stop();
}
