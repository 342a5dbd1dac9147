/**
 * `npm run bench`: speed and memory, printed as tables (never asserted by tests).
 *  1. The matcher alone, in Node: MB/s and automaton steps per character as terms grow.
 *  2. The extension in real Chromium on the saved-page corpus: scan time per page, compared
 *     with a DOM-wrapping highlighter (one <mark> per match, the usual approach) on the same
 *     page.
 *  3. A page whose text changes 100 times a second: scan passes and busy time per second.
 *  6. Pages that change after load (scripts/bench-live.ts): the page's DOM work around 300
 *     highlights, burst to highlight on feeds, the heap of a 2,000-paragraph page.
 *  0. Per page load, against mark.js and a TreeWalker floor, with the budgets of
 *     docs/benchmarks.md (scripts/bench-load.ts).
 *  0b. The six biggest corpus pages against a TreeWalker floor, and each extra term-free frame
 *     against an extension of one statement (scripts/bench-sentinel.ts).
 *  4. A table of 5,000 cells rewritten every 100 ms, for 15 s: the share of CPU spent in the
 *     extension's frames (DevTools CPU profiler), and with and without the extension the
 *     page's own tick and the long tasks the page saw.
 *  5. Hover intent to visible card in Firefox ESR (scripts/bench-firefox.ts).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { highlightPatterns, pack } from '../content/pack';
import { compileMatcher, countScanSteps } from '../core/term-matching';
import { profileExtensionCpu } from '../tests/e2e/cpu-profile';
import {
  type ExtensionBrowser,
  FixtureServer,
  launchPlain,
  launchWithExtension,
  openScanned,
  ROOT,
  waitForReady,
} from '../tests/e2e/harness';
import { clockParagraphsPage } from '../tests/e2e/live-pages';
import { liveTablePage } from '../tests/e2e/load-pages';
import { benchFirefoxCard } from './bench-firefox';
import { benchLive } from './bench-live';
import { benchLoad } from './bench-load';
import { benchSearch } from './bench-search';
import { benchSentinel } from './bench-sentinel';

function table(rows: Record<string, string | number>[]): void {
  console.table(rows);
}

// 1. Matcher
function benchMatcher(): void {
  const prose =
    'Researchers said ketamine-assisted psychotherapy and esketamine were studied; the NHS reported results. ';
  const text = prose.repeat(Math.ceil(2_000_000 / prose.length));
  const real = highlightPatterns(pack).map((p) => ({ text: p.text, value: p.id }));
  const rows: Record<string, string | number>[] = [];
  for (const extra of [0, 1_000, 10_000]) {
    const synthetic = Array.from({ length: extra }, (_, i) => ({
      text: `term${i.toString(36)}x${(i * 7919).toString(36)}`,
      value: `s${i}`,
    }));
    const patterns = [...real, ...synthetic];
    const compileStart = performance.now();
    const matcher = compileMatcher(patterns);
    const compileMs = performance.now() - compileStart;
    matcher.find(text.slice(0, 100_000));
    const start = performance.now();
    const found = matcher.find(text).length;
    const ms = performance.now() - start;
    rows.push({
      patterns: patterns.length,
      'compile ms': compileMs.toFixed(1),
      'chars scanned': text.length,
      'scan ms': ms.toFixed(1),
      'MB/s': (text.length / 1e6 / (ms / 1000)).toFixed(1),
      'steps/char': (countScanSteps(matcher, text.slice(0, 200_000)) / 200_000).toFixed(2),
      matches: found,
    });
  }
  console.log('\nMatcher (Node, one thread)');
  table(rows);
}

// 2. Corpus in Chromium
const WRAP_HIGHLIGHTER = `(() => {
  const words = ${JSON.stringify(highlightPatterns(pack).map((p) => p.text))};
  const escaped = words.sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&'));
  const pattern = new RegExp('\\\\b(' + escaped.join('|') + ')\\\\b', 'giu');
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => /^(SCRIPT|STYLE|NOSCRIPT|TEXTAREA)$/.test(n.parentNode.nodeName) ? 2 : 1,
  });
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  let count = 0;
  for (const node of nodes) {
    const text = node.data;
    pattern.lastIndex = 0;
    let match, last = 0, frag = null;
    while ((match = pattern.exec(text))) {
      frag ??= document.createDocumentFragment();
      frag.append(text.slice(last, match.index));
      const mark = document.createElement('mark');
      mark.textContent = match[0];
      frag.append(mark);
      last = match.index + match[0].length;
      count++;
    }
    if (frag) { frag.append(text.slice(last)); node.replaceWith(frag); }
  }
  document.body.offsetHeight; // the wrapper pays for layout of what it changed
  return { ms: performance.now() - start, count };
})()`;

type Plain = Awaited<ReturnType<typeof launchPlain>>;

// Real pages rarely mention ketamine, so a second round plants terms into every tenth
// sentence-sized text node before either highlighter runs: the case where wrapping must
// change the DOM and the page must lay itself out again.
const PLANT_TERMS = `document.addEventListener('DOMContentLoaded', () => {
  const words = ['ketamine', 'esketamine', 'ketamine-assisted psychotherapy', 'horse tranquilizer'];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = 0, planted = 0;
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (/^(SCRIPT|STYLE|NOSCRIPT|TEXTAREA|TITLE)$/.test(node.parentNode.nodeName)) continue;
    if (node.data.trim().length < 20 || seen++ % 10 !== 0) continue;
    node.data += ' ' + words[planted++ % words.length] + ' ';
  }
}, { once: true, capture: true });`;

interface PageCost {
  lensBusy: number;
  lensWall: number;
  matched: number;
  chars: number;
  wrap: number;
  wrapped: number;
}

async function measurePage(
  browser: ExtensionBrowser,
  plain: Plain,
  url: string,
  plant: boolean,
): Promise<PageCost> {
  const page = await browser.context.newPage();
  if (plant) await page.addInitScript(PLANT_TERMS);
  await page.goto(url);
  await waitForReady(page, 30_000);
  const scan = await page.evaluate(() => {
    const first = performance.getEntriesByName('ketamine-lens:scan')[0] as PerformanceMeasure;
    const detail = (first?.detail ?? {}) as { busyMs?: number; matched?: number };
    return {
      busy: detail.busyMs ?? 0,
      wall: first?.duration ?? 0,
      matched: detail.matched ?? 0,
      chars: document.body?.textContent?.length ?? 0,
    };
  });
  await page.close();
  const plainPage = await plain.context.newPage();
  if (plant) await plainPage.addInitScript(PLANT_TERMS);
  await plainPage.goto(url);
  const wrap = (await plainPage.evaluate(WRAP_HIGHLIGHTER)) as { ms: number; count: number };
  await plainPage.close();
  return {
    lensBusy: scan.busy,
    lensWall: scan.wall,
    matched: scan.matched,
    chars: scan.chars,
    wrap: wrap.ms,
    wrapped: wrap.count,
  };
}

async function benchCorpus(browser: ExtensionBrowser, plain: Plain): Promise<void> {
  const corpus = resolve(process.env.CORPUS_DIR ?? join(ROOT, '../shared/corpus'));
  if (!existsSync(corpus)) {
    console.log(`\nCorpus benchmark skipped: no corpus at ${corpus} (set CORPUS_DIR).`);
    return;
  }
  const server = await new FixtureServer({ '/corpus/': corpus }).start();
  const files = readdirSync(corpus)
    .filter((f) => f.endsWith('.html'))
    .sort((a, b) => statSync(join(corpus, b)).size - statSync(join(corpus, a)).size);
  for (const plant of [false, true]) {
    const rows: Record<string, string | number>[] = [];
    let totalLens = 0;
    let totalWrap = 0;
    let worstWall = 0;
    for (const file of files) {
      const cost = await measurePage(browser, plain, server.url(`/corpus/${file}`), plant);
      totalLens += cost.lensBusy;
      totalWrap += cost.wrap;
      worstWall = Math.max(worstWall, cost.lensWall);
      if (rows.length < 10) {
        rows.push({
          page: file,
          'text KB': Math.round(cost.chars / 1024),
          'lens busy ms': cost.lensBusy.toFixed(1),
          'wrapping ms': cost.wrap.toFixed(1),
          'lens/wrap': (cost.lensBusy / cost.wrap).toFixed(2),
          'lens ranges': cost.matched,
          'wrapped marks': cost.wrapped,
        });
      }
    }
    console.log(
      `\nFirst full scan, 10 largest of ${files.length} corpus pages, ${plant ? 'with terms planted in every tenth text' : 'as saved (no terms)'} (Chromium, headless)`,
    );
    table(rows);
    console.log(
      `All ${files.length} pages: lens ${totalLens.toFixed(0)} ms busy in total (longest first scan ${worstWall.toFixed(0)} ms wall, in slices of ~8 ms), DOM-wrapping ${totalWrap.toFixed(0)} ms in single tasks: lens/wrap = ${(totalLens / totalWrap).toFixed(2)}.`,
    );
  }
  await server.stop();
}

async function benchClockPage(browser: ExtensionBrowser): Promise<void> {
  const server = await new FixtureServer().start();
  const url = server.page('/storm.html', clockParagraphsPage());
  const page = await openScanned(browser.context, url);
  const stats = await page.evaluate(async () => {
    const before = performance.getEntriesByName('ketamine-lens:scan').length;
    const start = performance.now();
    await new Promise((r) => setTimeout(r, 5000));
    const measures = (
      performance.getEntriesByName('ketamine-lens:scan') as PerformanceMeasure[]
    ).filter((m) => m.startTime >= start);
    const busy = measures.reduce(
      (sum, m) => sum + ((m.detail as { busyMs?: number })?.busyMs ?? 0),
      0,
    );
    return { passes: performance.getEntriesByName('ketamine-lens:scan').length - before, busy };
  });
  console.log('\nA 2,000-paragraph page whose clock text changes every 10 ms, over 5 s');
  table([
    {
      'scan passes': stats.passes,
      'passes/s': (stats.passes / 5).toFixed(1),
      'busy ms/s': (stats.busy / 5).toFixed(2),
      'CPU share': `${((stats.busy / 5000) * 100).toFixed(2)}%`,
    },
  ]);
  await page.close();
  await server.stop();
}

interface LiveTableRun {
  ticks: number;
  /** Median time of the page's own rewrite of the 5,000 cells. */
  tickMs: number;
  longTasks: number[];
}

/** Runs the live table for 15 s (while `during` runs, if given). */
async function liveTableRun(
  context: BrowserContext,
  url: string,
  withLens: boolean,
  during: (page: Page) => Promise<unknown> = (page) => page.waitForTimeout(15_000),
): Promise<LiveTableRun> {
  const page = await context.newPage();
  await page.goto(url);
  if (withLens) await waitForReady(page, 60_000);
  const before = await page.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
  await during(page);
  const run = await page.evaluate((from) => {
    const w = window as unknown as {
      __ticks: number;
      __tickMs: number[];
      __longTaskEntries: { ms: number }[];
    };
    const ticks = w.__tickMs.slice(from).sort((a, b) => a - b);
    return {
      ticks: ticks.length,
      tickMs: ticks[Math.floor(ticks.length / 2)] ?? Number.NaN,
      longTasks: w.__longTaskEntries.map((t) => t.ms),
    };
  }, before);
  await page.close();
  return run;
}

async function benchLiveTable(browser: ExtensionBrowser, plain: Plain): Promise<void> {
  const server = await new FixtureServer().start();
  const url = server.page('/live-table.html', liveTablePage());
  let cpu = { extensionMs: 0, wallMs: 1 };
  const lens = await liveTableRun(browser.context, url, true, async (page) => {
    cpu = await profileExtensionCpu(browser.context, page, () => page.waitForTimeout(15_000));
  });
  const without = await liveTableRun(plain.context, url, false);
  console.log(
    '\nA 5,000-cell table rewritten every 100 ms, 15 s with the extension (profiled) and without',
  );
  const longest = (run: LiveTableRun) => Math.max(0, ...run.longTasks);
  table([
    {
      'extension ms': cpu.extensionMs.toFixed(0),
      'CPU share': `${((cpu.extensionMs / cpu.wallMs) * 100).toFixed(2)}%`,
      'page tick ms, with / without': `${lens.tickMs.toFixed(1)} / ${without.tickMs.toFixed(1)}`,
      'ticks, with / without': `${lens.ticks} / ${without.ticks}`,
      'page-world long tasks, with / without': `${lens.longTasks.length} / ${without.longTasks.length}`,
      'longest ms, with / without': `${longest(lens)} / ${longest(without)}`,
    },
  ]);
  await server.stop();
}

// BENCH=load runs only the per-load table (scripts/bench-load.ts), BENCH=sentinel only the big
// pages and the per-frame cost (scripts/bench-sentinel.ts), BENCH=live the pages that change
// after load (scripts/bench-live.ts) and the live table, BENCH=changes only the former,
// BENCH=firefox only the card timing in Firefox (scripts/bench-firefox.ts), BENCH=search
// only the popup's card search (scripts/bench-search.ts, Node, no browser).
const only = process.env.BENCH;
if (!only) benchMatcher();
if (!only || only === 'search') benchSearch();
if (only !== 'firefox' && only !== 'search') {
  const browser = await launchWithExtension();
  const plain = await launchPlain();
  try {
    const corpus = resolve(process.env.CORPUS_DIR ?? join(ROOT, '../shared/corpus'));
    if (!only || only === 'load') {
      await benchLoad(browser, plain, existsSync(corpus) ? corpus : null);
    }
    if (!only || only === 'sentinel') {
      await benchSentinel(browser, plain, existsSync(corpus) ? corpus : null);
    }
    if (!only) {
      await benchCorpus(browser, plain);
      await benchClockPage(browser);
    }
    if (!only || only === 'live' || only === 'changes') await benchLive(browser, plain);
    if (!only || only === 'live') await benchLiveTable(browser, plain);
  } finally {
    await browser.close();
    await plain.close();
  }
}
if (!only || only === 'firefox') await benchFirefoxCard();
