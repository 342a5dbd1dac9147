/**
 * What the always-on part costs where readers really are (`npm run bench`, or alone with
 * `BENCH=sentinel npm run bench`): the biggest corpus pages, and each extra term-free frame.
 * Nothing here is asserted; it prints figures and the targets they are read against
 * (docs/benchmarks.md).
 *
 * - Big pages: the six biggest corpus pages one by one, extension CPU (profiler samples with a
 *   chrome-extension:// frame, as in bench-load.ts) against the floor of one `TreeWalker` and
 *   one RegExp over the same page's text in a browser without the extension, run in the page's
 *   own world and in a fresh world like a content script's, and the same walk as the content
 *   script of an extension, profiled as ours is; median and worst of a few loads each, and the
 *   sums.
 * - Per frame: main-thread task time (CDP `Performance.getMetrics` TaskDuration) of a page
 *   with 30 term-free frames minus the same page with none, over 30, for Ketamine Lens, for an
 *   extension whose content script is one statement (written to a temporary directory and
 *   loaded here, in the same run) and for no extension; plus Ketamine Lens's own profiler CPU
 *   per frame.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { anchorData } from '../build/pattern-module';
import type { ExtensionBrowser, FixtureServer } from '../tests/e2e/harness';
import {
  doc,
  floorScript,
  framesHtml,
  inEveryFrame,
  loadWithExtension,
  PROSE,
  paragraphs,
  TERMS,
} from './bench-load';
import { startBenchServers } from './bench-servers';
import { launchReferenceExtension, REFERENCE_MARK } from './reference-extension';

type Plain = { context: BrowserContext; close(): Promise<void> };

const BIG_PAGES = 6;
const FRAMES = 30;
const PAGE_LOADS = Number(process.env.BENCH_LOADS ?? 3);
const FRAME_LOADS = Number(process.env.BENCH_FRAME_LOADS ?? 5);

export const TARGETS = { bigPagesSum: 1.5, bigPageWorst: 2, perFrame: 1.15 };

/**
 * The least a term-free page can cost: one TreeWalker over the body's text and the family
 * anchors' RegExp (13 alternatives, the sentinel's exact test) on each text node, where
 * bench-load.ts's floor runs every term's RegExp (503 alternatives).
 */
const anchorFloorScript = () => `(() => {
  const start = performance.now();
  const anchor = new RegExp(${JSON.stringify(anchorData().familyAnchor.source)}, 'iu');
  let count = 0;
  if (document.body) {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) if (anchor.test(walker.currentNode.data)) count++;
  }
  return { ms: performance.now() - start, count };
})()`;
const READY_MARK = 'ketamine-lens:ready';

interface FrameTree {
  frame: { id: string };
  childFrames?: FrameTree[];
}

/**
 * `script`'s own `ms` summed over every frame of `url`, each run in a world made for it, as a
 * content script's is: no object for any node of the page exists there yet, and none of the
 * page's compiled code is shared. `inEveryFrame` runs in the page's own world instead, which
 * its scripts have warmed (most of its elements already have objects there).
 */
async function inFreshWorlds(plain: Plain, url: string, script: string): Promise<number> {
  const page = await plain.context.newPage();
  await page.goto(url, { timeout: 60_000 });
  await page.waitForLoadState('load');
  const cdp = await plain.context.newCDPSession(page);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: FrameTree };
  const ids: string[] = [];
  const collect = (tree: FrameTree) => {
    ids.push(tree.frame.id);
    for (const child of tree.childFrames ?? []) collect(child);
  };
  collect(frameTree);
  let ms = 0;
  for (const frameId of ids) {
    const world = (await cdp
      .send('Page.createIsolatedWorld', { frameId, worldName: 'bench-floor' })
      .catch(() => null)) as { executionContextId: number } | null;
    if (!world) continue;
    const { result } = (await cdp.send('Runtime.evaluate', {
      contextId: world.executionContextId,
      expression: script,
      returnByValue: true,
    })) as { result: { value?: { ms: number } } };
    ms += result.value?.ms ?? 0;
  }
  await cdp.detach();
  await page.close();
  return ms;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0
    ? Number.NaN
    : s.length % 2
      ? (s[mid] ?? 0)
      : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);
const verdict = (ok: boolean) => (ok ? 'within' : 'MISSED');

// ---- big pages -------------------------------------------------------------------------

async function benchBigPages(
  browser: ExtensionBrowser,
  plain: Plain,
  server: FixtureServer,
  corpusDir: string,
): Promise<void> {
  const blank = server.page('/blank.html', doc(''));
  const files = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ file: f, size: statSync(join(corpusDir, f)).size }))
    .sort((a, b) => b.size - a.size)
    .slice(0, BIG_PAGES);
  const rows: Record<string, string>[] = [];
  const anchorScript = anchorFloorScript();
  // The same walk and test as an extension's content script in every frame, marking each
  // frame ready as ours does: profiled exactly as we are, injection and compile included.
  const floorExtension = await launchReferenceExtension(
    `${anchorScript};\nperformance.mark(${JSON.stringify(READY_MARK)});\n`,
  );
  const sums = { lens: 0, floor: 0, anchor: 0, fresh: 0, script: 0 };
  const worst = { anchor: 0, fresh: 0, script: 0 };
  const spread = (xs: number[]) => `${f1(median(xs))} (${f1(Math.max(...xs))})`;
  /** The ratio, and whether it is within `limit`. */
  const against = (ms: number, floorMs: number, limit: number) =>
    `${f2(ms / floorMs)} ${ms / floorMs <= limit ? '' : '✗'}`.trim();
  for (const { file, size } of files) {
    const url = server.url(`/corpus/${file}`);
    const lens: number[] = [];
    const floor: number[] = [];
    const anchor: number[] = [];
    const fresh: number[] = [];
    const script: number[] = [];
    for (let i = 0; i < PAGE_LOADS; i++) {
      lens.push((await loadWithExtension(browser, blank, url)).cpu);
      script.push((await loadWithExtension(floorExtension, blank, url)).cpu);
      floor.push(await inEveryFrame(plain, url, floorScript(TERMS)));
      anchor.push(await inEveryFrame(plain, url, anchorScript));
      fresh.push(await inFreshWorlds(plain, url, anchorScript));
    }
    const lensMs = median(lens);
    const anchorMs = median(anchor);
    const freshMs = median(fresh);
    const scriptMs = median(script);
    sums.lens += lensMs;
    sums.floor += median(floor);
    sums.anchor += anchorMs;
    sums.fresh += freshMs;
    sums.script += scriptMs;
    worst.script = Math.max(worst.script, lensMs / scriptMs);
    worst.anchor = Math.max(worst.anchor, lensMs / anchorMs);
    worst.fresh = Math.max(worst.fresh, lensMs / freshMs);
    rows.push({
      page: file,
      KB: String(Math.round(size / 1024)),
      'ext CPU ms (median, worst)': spread(lens),
      'all terms, page world': spread(floor),
      'anchors, page world': spread(anchor),
      'anchors, fresh world': spread(fresh),
      'anchors, content script': spread(script),
      'ext / anchors, page world': against(lensMs, anchorMs, TARGETS.bigPageWorst),
      'ext / anchors, fresh world': against(lensMs, freshMs, TARGETS.bigPageWorst),
      'ext / anchors, content script': against(lensMs, scriptMs, TARGETS.bigPageWorst),
    });
  }
  await floorExtension.close();
  rows.push({
    page: `sum of ${files.length}`,
    KB: '',
    'ext CPU ms (median, worst)': f1(sums.lens),
    'all terms, page world': f1(sums.floor),
    'anchors, page world': f1(sums.anchor),
    'anchors, fresh world': f1(sums.fresh),
    'anchors, content script': f1(sums.script),
    'ext / anchors, page world': against(sums.lens, sums.anchor, TARGETS.bigPagesSum),
    'ext / anchors, fresh world': against(sums.lens, sums.fresh, TARGETS.bigPagesSum),
    'ext / anchors, content script': against(sums.lens, sums.script, TARGETS.bigPagesSum),
  });
  console.log(
    `\nThe ${files.length} biggest corpus pages: extension CPU against floors of one TreeWalker + RegExp, of every term or of the family anchors only, run in the page's own world, in a fresh world as a content script is, or as an extension's content script profiled as ours (Chromium, headless; median of ${PAGE_LOADS} loads; ✗: over ${TARGETS.bigPageWorst}× a page, ${TARGETS.bigPagesSum}× the sum; worst page ${f2(worst.anchor)}× / ${f2(worst.fresh)}× / ${f2(worst.script)}×)`,
  );
  console.table(rows);
}

// ---- per frame -------------------------------------------------------------------------

/** Waits until every frame of the page has `mark` (or, with none, has loaded). */
async function framesMarked(page: Page, mark: string | null, timeout = 30_000): Promise<void> {
  await page.waitForLoadState('load');
  if (!mark) return;
  const deadline = Date.now() + timeout;
  const marked = async (frame: Frame) => {
    while (Date.now() < deadline) {
      const done = await frame
        .evaluate((name) => performance.getEntriesByName(name).length > 0, mark)
        .catch(() => false);
      if (done) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`No ${mark} in ${frame.url()}`);
  };
  await Promise.all(page.frames().map(marked));
}

/** Main-thread task time (ms) of one load of `url`, until every frame is marked. */
async function loadTaskMs(
  context: BrowserContext,
  blank: string,
  url: string,
  mark: string | null,
): Promise<{ task: number; script: number }> {
  const page = await context.newPage();
  await page.goto(blank); // same site: the measured navigation stays in this process
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return { task: value('TaskDuration'), script: value('ScriptDuration') };
  };
  const before = await read();
  await page.goto(url, { timeout: 60_000 });
  await framesMarked(page, mark);
  const after = await read();
  await cdp.detach();
  await page.close();
  return { task: after.task - before.task, script: after.script - before.script };
}

interface PerFrame {
  /** Per extra frame, one figure per pair of loads. */
  task: number[];
  script: number[];
}

async function perFrameTask(
  context: BrowserContext,
  blank: string,
  none: string,
  frames: string,
  mark: string | null,
  into: PerFrame,
): Promise<void> {
  const without = await loadTaskMs(context, blank, none, mark);
  const withFrames = await loadTaskMs(context, blank, frames, mark);
  into.task.push((withFrames.task - without.task) / FRAMES);
  into.script.push((withFrames.script - without.script) / FRAMES);
}

async function benchPerFrame(
  browser: ExtensionBrowser,
  plain: Plain,
  same: FixtureServer,
  other: FixtureServer,
): Promise<void> {
  const inner = doc(paragraphs(6, PROSE));
  same.page('/frame.html', inner);
  other.page('/frame.html', inner);
  const blank = same.page('/blank-frames.html', doc(''));
  const base = paragraphs(40, PROSE);
  const none = same.page('/no-frames.html', doc(base));
  const srcdoc = `<iframe srcdoc="${inner.replaceAll('"', '&quot;')}"></iframe>\n`.repeat(FRAMES);
  const layouts = [
    { name: `${FRAMES} srcdoc frames`, url: same.page('/srcdoc-frames.html', doc(base + srcdoc)) },
    {
      name: `${FRAMES} mixed frames`,
      url: same.page('/mixed-frames.html', doc(base + framesHtml(same, other, FRAMES))),
    },
  ];
  const reference = await launchReferenceExtension();
  const rows: Record<string, string>[] = [];
  try {
    for (const layout of layouts) {
      const lens: PerFrame = { task: [], script: [] };
      const one: PerFrame = { task: [], script: [] };
      const bare: PerFrame = { task: [], script: [] };
      const lensCpu: number[] = [];
      // Interleaved, so that the machine's load changes all three alike.
      for (let i = 0; i < FRAME_LOADS; i++) {
        await perFrameTask(browser.context, blank, none, layout.url, READY_MARK, lens);
        await perFrameTask(reference.context, blank, none, layout.url, REFERENCE_MARK, one);
        await perFrameTask(plain.context, blank, none, layout.url, null, bare);
        const withFrames = await loadWithExtension(browser, blank, layout.url);
        const without = await loadWithExtension(browser, blank, none);
        lensCpu.push((withFrames.cpu - without.cpu) / FRAMES);
      }
      const ratio = median(lens.task) / median(one.task);
      const row = (who: string, figures: PerFrame, extra = '') => ({
        frames: layout.name,
        extension: who,
        'task ms/frame (median, worst)': `${f2(median(figures.task))} (${f2(Math.max(...figures.task))})`,
        'script ms/frame (median)': f2(median(figures.script)),
        note: extra,
      });
      rows.push(row('none', bare));
      rows.push(row('one statement', one));
      rows.push(
        row(
          'Ketamine Lens',
          lens,
          `${f2(ratio)}× one statement (≤ ${TARGETS.perFrame}: ${verdict(ratio <= TARGETS.perFrame)}); profiler CPU ${f2(median(lensCpu))} ms/frame (worst ${f2(Math.max(...lensCpu))})`,
        ),
      );
    }
  } finally {
    await reference.close();
  }
  console.log(
    `\nPer extra term-free frame: the page with ${FRAMES} frames minus the page with none, over ${FRAMES} (CDP TaskDuration and ScriptDuration; ${FRAME_LOADS} pairs of loads, interleaved)`,
  );
  console.table(rows);
}

export async function benchSentinel(
  browser: ExtensionBrowser,
  plain: Plain,
  corpusDir: string | null,
): Promise<void> {
  const { same, other, stop } = await startBenchServers(corpusDir);
  try {
    // BENCH_PART=pages or frames runs one of the two.
    const part = process.env.BENCH_PART;
    if (part !== 'frames') {
      if (corpusDir) await benchBigPages(browser, plain, same, corpusDir);
      else console.log('\nBig pages skipped: no corpus (set CORPUS_DIR).');
    }
    if (part !== 'pages') await benchPerFrame(browser, plain, same, other);
  } finally {
    await stop();
  }
}
