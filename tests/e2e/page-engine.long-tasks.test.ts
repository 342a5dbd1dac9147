import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scanDetails } from './engine-helpers';
import { SCAN, TERM, useExtension, waitForReady } from './harness';
import { rangeCount } from './popup-helpers';
import { type MainThreadTask, traceMainThreadTasks } from './trace-tasks';

// A page can hand the lens a lot at once: 100,000 terms, or one 10 MB text node. However much,
// no task of ours may reach the 50 ms long-task line: the work is sliced.

const lens = useExtension();
const LONG_TASK_MS = 50;

/** The longest part of any traced task that was our script, with the task's length. */
function longestOwn(tasks: MainThreadTask[]): MainThreadTask {
  return tasks.reduce((a, b) => (b.ownMs > a.ownMs ? b : a), {
    ms: 0,
    ownMs: 0,
    threadMs: 0,
    resumesYield: false,
    gcMs: 0,
  });
}

/**
 * No slice of ours (a task resuming a yield) and no call into our script came near a long
 * task. Judged by the time our thread ran (traced), which other processes on a busy machine do
 * not lengthen, unlike the scan measure's wall time.
 */
function expectShortSlices(tasks: MainThreadTask[]): void {
  const slices = tasks.filter((task) => task.resumesYield);
  expect(slices.length).toBeGreaterThan(5);
  // Less garbage collection: its pauses land in whichever task fills the heap, and their
  // length follows the whole renderer's heap (earlier pages of this file share the process),
  // not the slice's work.
  const work = (task: MainThreadTask) => task.threadMs - task.gcMs;
  const longest = slices.reduce((a, b) => (work(b) > work(a) ? b : a));
  expect(work(longest), JSON.stringify(longest)).toBeLessThan(LONG_TASK_MS);
  expect(longestOwn(tasks).ownMs).toBeLessThan(LONG_TASK_MS);
}

/** The page got no range, and our script did run on it, never near a long task. */
async function expectLookedAtNothingFound(page: Page, tasks: MainThreadTask[]): Promise<void> {
  expect(await rangeCount(page)).toBe(0);
  const own = longestOwn(tasks);
  expect(own.ownMs).toBeGreaterThan(0);
  expect(own.ownMs).toBeLessThan(LONG_TASK_MS);
}

describe('100,000 terms added at once', () => {
  it('are highlighted in slices, none of them a long task', { timeout: 180_000 }, async () => {
    const page = await lens.context.newPage();
    try {
      await page.goto(
        lens.server.page(
          '/many-terms.html',
          '<!doctype html><html lang="en"><body><main id="main"><p>Ketamine.</p></main></body></html>',
        ),
      );
      await waitForReady(page);
      const before = (await scanDetails(page)).length;
      const tasks = await traceMainThreadTasks(lens.context, page, async () => {
        await page.evaluate(() => {
          const line = 'ketamine and more ketamine, '.repeat(5);
          const main = document.getElementById('main') as HTMLElement;
          const fragment = document.createDocumentFragment();
          for (let i = 0; i < 10_000; i++) {
            const p = document.createElement('p');
            p.textContent = line;
            fragment.append(p);
          }
          main.append(fragment);
        });
        await page.waitForFunction((n) => CSS.highlights.get(n)?.size === 100_001, TERM, {
          timeout: 120_000,
          polling: 200,
        });
      });
      expect(await rangeCount(page)).toBe(100_001);
      const scans = (await scanDetails(page)).slice(before);
      // Each term was matched once, in one pass or more.
      expect(scans.reduce((sum, d) => sum + d.matched, 0)).toBe(100_000);
      expectShortSlices(tasks);
    } finally {
      await page.close();
    }
  });
});

/**
 * Opens a page with one short paragraph, then appends `words` repeated to 10 MB as the one text
 * node of a new `tag`, and traces the renderer until that change's scan pass is measured.
 */
async function appendTenMegabytes(path: string, opening: string, tag: string, words: string) {
  const page = await lens.context.newPage();
  await page.goto(
    lens.server.page(
      path,
      `<!doctype html><html lang="en"><body><main id="main"><p>${opening}</p></main></body></html>`,
    ),
  );
  await waitForReady(page);
  const before = (await scanDetails(page)).length;
  const tasks = await traceMainThreadTasks(lens.context, page, async () => {
    await page.evaluate(
      ({ tag, words }) => {
        const block = document.createElement(tag);
        block.textContent = words.repeat(Math.ceil(10_000_000 / words.length));
        document.getElementById('main')?.append(block);
      },
      { tag, words },
    );
    await page.waitForFunction(
      ([name, count]) => performance.getEntriesByName(name).length > count,
      [SCAN, before] as const,
      { timeout: 90_000, polling: 200 },
    );
  });
  return { page, tasks, scans: (await scanDetails(page)).slice(before) };
}

describe('a 10 MB text node', () => {
  it('without a term is looked at in slices by the sentinel', { timeout: 120_000 }, async () => {
    const { page, tasks } = await appendTenMegabytes(
      '/ten-mb.html',
      'The bus timetable.',
      'pre',
      'time\u00adtable council straße gardeners roses library thursday ',
    );
    try {
      await expectLookedAtNothingFound(page, tasks);
    } finally {
      await page.close();
    }
  });

  it('without a term, loaded with the page, gets a first look in slices', {
    timeout: 120_000,
  }, async () => {
    // Soft hyphens and ß: characters the anchor test folds before it searches.
    const words = 'time\u00adtable council straße gardeners roses library thursday rain ';
    const text = words.repeat(Math.ceil(10_000_000 / words.length));
    const page = await lens.context.newPage();
    try {
      await page.goto(
        lens.server.page(
          '/ten-mb-load.html',
          `<!doctype html><html lang="en"><body><pre>${text}</pre></body></html>`,
        ),
      );
      await waitForReady(page, 60_000);
      // Traced from a reload: the trace finds the page's thread by its address.
      const tasks = await traceMainThreadTasks(lens.context, page, async () => {
        await page.reload();
        await waitForReady(page, 60_000);
      });
      await expectLookedAtNothingFound(page, tasks);
    } finally {
      await page.close();
    }
  });

  it('with terms is highlighted in slices', { timeout: 120_000 }, async () => {
    const { page, tasks, scans } = await appendTenMegabytes(
      '/ten-mb-terms.html',
      'Ketamine.',
      'div',
      'timetable council gardeners roses library thursday rain ketamine.\n',
    );
    try {
      expect(scans[0]?.slices).toBeGreaterThan(5);
      expectShortSlices(tasks);
    } finally {
      await page.close();
    }
  });
});
