/**
 * Pages that change after load (`BENCH=live npm run bench`), with and without the extension in
 * the same run: the page's own DOM work around 300 highlights, how soon a term in an appended
 * burst is lit (an endless feed, and a long page with bursts after load), and the JS heap of a
 * 2,000-paragraph page, with what kinds of object it adds (scripts/heap-objects.ts). Nothing
 * here is asserted; docs/benchmarks.md holds the figures.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { type ExtensionBrowser, FixtureServer, waitForReady } from '../tests/e2e/harness';
import {
  clockParagraphsPage,
  domWorkPage,
  ENDLESS_FEED,
  type FeedOptions,
  feedPage,
  feedTerms,
  LONG_PAGE_BURSTS,
} from '../tests/e2e/live-pages';
import { framesReady, heapUsed } from './bench-load';
import { heapKinds, kindsAdded } from './heap-objects';
import { launchReferenceExtension } from './reference-extension';

type Plain = { context: BrowserContext };

const DOM_WORK_RUNS = 7;
const HEAP_KINDS_SHOWN = 14;
const LOADS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function open(context: BrowserContext, url: string, lens: boolean): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  if (lens) await waitForReady(page, 60_000);
  else await page.waitForLoadState('load');
  return page;
}

/** The page's own DOM work, each run of it timed by the page (ms). */
async function domWork(context: BrowserContext, url: string, lens: boolean): Promise<number[]> {
  const page = await open(context, url, lens);
  const times: number[] = [];
  for (let i = 0; i < DOM_WORK_RUNS; i++) {
    times.push(
      await page.evaluate(() => (window as unknown as { __domWork(): number }).__domWork()),
    );
    // Whatever the extension does after the page's work (its observer, a rescan) lands here.
    await page.waitForTimeout(300);
  }
  await page.close();
  return times;
}

/** From each burst landing to every term up to it lit (ms), one load. */
async function burstToLit(context: BrowserContext, url: string, feed: FeedOptions) {
  const page = await open(context, url, true);
  await page.evaluate(() => (window as unknown as { __startFeed(): void }).__startFeed());
  const lags = await page.waitForFunction(
    (bursts) => {
      const w = window as unknown as { __burstAt: number[]; __litAt: (number | undefined)[] };
      if (w.__litAt.filter((t) => t !== undefined).length < bursts) return false;
      return w.__burstAt.map((at, i) => (w.__litAt[i] as number) - at);
    },
    feed.bursts,
    { timeout: 60_000, polling: 100 },
  );
  const values = (await lags.jsonValue()) as number[];
  const shown = await page.evaluate(() => CSS.highlights.get('ketamine-lens-term')?.size ?? 0);
  await page.close();
  return { lags: values, shown };
}

/** `url` loaded, scanned (with the extension) and left a second to settle. */
async function settled(context: BrowserContext, url: string, lens: boolean): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForLoadState('load');
  // Asked the same way with and without: Playwright's waitForFunction puts its own script, some
  // 0.5 MB of heap, into the page it waits in, which counted as ours.
  if (lens) await framesReady(page, 60_000);
  else await page.evaluate(() => document.readyState);
  await page.waitForTimeout(1000);
  return page;
}

async function heapOn(context: BrowserContext, url: string, lens: boolean): Promise<number> {
  const page = await settled(context, url, lens);
  const used = await heapUsed(context, page);
  await page.close();
  return used;
}

async function heapKindsOn(context: BrowserContext, url: string, lens: boolean) {
  const page = await settled(context, url, lens);
  const kinds = await heapKinds(context, page);
  await page.close();
  return kinds;
}

export async function benchLive(browser: ExtensionBrowser, plain: Plain): Promise<void> {
  const server = await new FixtureServer().start();
  const rows: Record<string, string>[] = [];
  const ms = (value: number) => `${value.toFixed(1)} ms`;

  const workUrl = server.page('/dom-work.html', domWorkPage());
  // Each against the page alone; all but the first run without the extension, the page doing
  // part of what the extension does itself (live-pages.ts), to price that part alone.
  const variants = [
    ["page's own DOM work, 300 highlights (40 × add and remove 1,000 nodes)", null],
    ['the same without the extension, the page running one empty subtree observer', '?observer'],
    ['the same, the empty observer watching only nodes added and removed', '?observer=childList'],
    [
      'the same, the page also lighting its own 300 terms (a StaticRange each)',
      '?highlights&observer',
    ],
  ] as const;
  const without: number[] = [];
  const priced = variants.map(([measure, query]) => ({ measure, query, times: [] as number[] }));
  for (let load = 0; load < LOADS; load++) {
    without.push(...(await domWork(plain.context, workUrl, false)));
    for (const { query, times } of priced) {
      const run =
        query === null
          ? domWork(browser.context, workUrl, true)
          : domWork(plain.context, `${workUrl}${query}`, false);
      times.push(...(await run));
    }
  }
  for (const { measure, times } of priced) {
    const ratio = (median(times) / median(without)).toFixed(2);
    rows.push({
      measure,
      'with / without (median)': `${ms(median(times))} / ${ms(median(without))} = ${ratio}×`,
      'worst with / without': `${ms(Math.max(...times))} / ${ms(Math.max(...without))}`,
    });
  }

  for (const [name, feed] of [
    ['endless feed (10 bursts of 1,000 paragraphs, every 100 ms)', ENDLESS_FEED],
    ['5,000-paragraph page, 10 bursts of 100 paragraphs', LONG_PAGE_BURSTS],
  ] as const) {
    const url = server.page(`/feed-${feed.initial}.html`, feedPage(feed));
    const last: number[] = [];
    const all: number[] = [];
    let shown = 0;
    for (let load = 0; load < LOADS; load++) {
      const run = await burstToLit(browser.context, url, feed);
      last.push(run.lags[run.lags.length - 1] as number);
      all.push(...run.lags);
      shown = run.shown;
    }
    rows.push({
      measure: `${name}: burst landed → every term lit`,
      'with / without (median)': `last burst ${ms(median(last))}; any burst ${ms(median(all))}`,
      'worst with / without': `last burst ${ms(Math.max(...last))}; any burst ${ms(Math.max(...all))} (${shown}/${feedTerms(feed)} terms)`,
    });
  }

  const heapUrl = server.page('/heap-2000.html', clockParagraphsPage());
  const heapWith: number[] = [];
  const heapWithout: number[] = [];
  // Any content script's own world costs heap: the one-statement extension shows how much.
  const heapOneStatement: number[] = [];
  const reference = await launchReferenceExtension();
  try {
    for (let load = 0; load < LOADS; load++) {
      heapWith.push(await heapOn(browser.context, heapUrl, true));
      heapWithout.push(await heapOn(plain.context, heapUrl, false));
      heapOneStatement.push(await heapOn(reference.context, heapUrl, false));
    }
  } finally {
    await reference.close();
  }
  const mb = (bytes: number) => `${(bytes / 1048576).toFixed(2)} MB`;
  // The engine's own fixed share (its code, the compiled matcher): a page naming one term.
  const oneUrl = server.page('/heap-one.html', '<!doctype html><p>One mention of ketamine.</p>');
  const oneWith: number[] = [];
  const oneWithout: number[] = [];
  for (let load = 0; load < LOADS; load++) {
    oneWith.push(await heapOn(browser.context, oneUrl, true));
    oneWithout.push(await heapOn(plain.context, oneUrl, false));
  }
  rows.push({
    measure: 'JS heap of a page naming one term (the engine stage itself)',
    'with / without (median)': `${mb(median(oneWith))} / ${mb(median(oneWithout))}: ${mb(median(oneWith) - median(oneWithout))} added`,
    'worst with / without': `${mb(Math.max(...oneWith))} / ${mb(Math.max(...oneWithout))}`,
  });
  rows.push({
    measure: 'JS heap of the 2,000-paragraph page (after a GC)',
    'with / without (median)': `${mb(median(heapWith))} / ${mb(median(heapWithout))}: ${mb(median(heapWith) - median(heapWithout))} added`,
    'worst with / without': `${mb(Math.max(...heapWith))} / ${mb(Math.max(...heapWithout))}`,
  });
  rows.push({
    measure: 'the same with the one-statement extension instead (any content script’s world)',
    'with / without (median)': `${mb(median(heapOneStatement))} / ${mb(median(heapWithout))}: ${mb(median(heapOneStatement) - median(heapWithout))} added`,
    'worst with / without': `${mb(Math.max(...heapOneStatement))} / ${mb(Math.max(...heapWithout))}`,
  });

  console.log(
    `\nPages that change after load, ${LOADS} loads each, with and without the extension`,
  );
  console.table(rows);

  // Where the 2,000-paragraph page's added heap goes, by a heap snapshot of one load each.
  const added = kindsAdded(
    await heapKindsOn(browser.context, heapUrl, true),
    await heapKindsOn(plain.context, heapUrl, false),
  );
  const total = added.reduce((sum, { bytes }) => sum + bytes, 0);
  console.log(
    `\nThe 2,000-paragraph page's heap added, by kind of object (one snapshot each; ${(total / 1024).toFixed(0)} KB in all; minified class names)`,
  );
  console.table(
    added.slice(0, HEAP_KINDS_SHOWN).map(({ kind, count, bytes }) => ({
      kind,
      'objects added': count,
      'KB added': (bytes / 1024).toFixed(1),
      'bytes each': count > 0 ? (bytes / count).toFixed(0) : '',
    })),
  );
  await server.stop();
}
