import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TERM, useExtension } from './harness';
import {
  ENDLESS_FEED,
  type FeedOptions,
  feedPage,
  feedTerms,
  LONG_PAGE_BURSTS,
} from './live-pages';
import { type MainThreadTask, traceMainThreadTasks } from './trace-tasks';

// Pages that append stories in bursts after load. However many records a burst makes, the
// next batch finds every story in it: the first scan pass that begins after the last burst
// ends with every term lit, and no task of ours comes near the long-task line meanwhile. How
// soon that is (within 300 ms of the burst) is measured by `BENCH=live npm run bench`.

const lens = useExtension();
const LONG_TASK_MS = 50;

/** Runs the feed to its end, traced; resolves once every term of every burst is lit. */
async function runFeed(page: Page, feed: FeedOptions): Promise<MainThreadTask[]> {
  return traceMainThreadTasks(lens.context, page, async () => {
    await page.evaluate(() => (window as unknown as { __startFeed(): void }).__startFeed());
    await page.waitForFunction(
      ([name, terms]) => CSS.highlights.get(name as string)?.size === terms,
      [TERM, feedTerms(feed)] as const,
      { timeout: 60_000, polling: 100 },
    );
    // The first pass after the last burst has ended (the page noted how many terms it left lit).
    await page.waitForFunction(
      () => (window as unknown as { __firstPassAfter?: number }).__firstPassAfter !== undefined,
      undefined,
      { timeout: 30_000, polling: 100 },
    );
  });
}

function longestOwn(tasks: MainThreadTask[]): number {
  return Math.max(
    0,
    ...tasks.map((task) => task.ownMs),
    ...tasks.filter((task) => task.resumesYield).map((task) => task.threadMs),
  );
}

describe('stories appended in bursts', () => {
  it.each([
    ['an endless feed: ten bursts of 1,000 paragraphs, one record each', ENDLESS_FEED],
    ['a 5,000-paragraph page: ten bursts of 100 paragraphs after load', LONG_PAGE_BURSTS],
  ] as const)(
    '%s: the next pass lights them all, with no long task of ours',
    {
      timeout: 180_000,
    },
    async (_name, feed) => {
      const page = await lens.open(lens.server.page(`/feed-${feed.initial}.html`, feedPage(feed)));
      try {
        const tasks = await runFeed(page, feed);
        const terms = feedTerms(feed);
        expect(await page.evaluate((n) => CSS.highlights.get(n)?.size, TERM)).toBe(terms);
        expect(
          await page.evaluate(
            () => (window as unknown as { __firstPassAfter: number }).__firstPassAfter,
          ),
        ).toBe(terms);
        expect(longestOwn(tasks)).toBeLessThan(LONG_TASK_MS);
      } finally {
        await page.close();
      }
    },
  );
});
