/**
 * Hover intent to visible card in Firefox ESR with the Firefox build (the budget,
 * docs/benchmarks.md, is the same in both browsers): the demo article, cold (a new tab each time), median of 5.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchFirefoxWithExtension, waitForReady } from '../tests/e2e/firefox-harness';
import { DEMO_DIR, FixtureServer } from '../tests/e2e/harness';
import { armCardTimer, firstTermPoint, intentToShownMs, OPEN_DELAY_MS } from './card-timing';

const RUNS = 5;
const BUDGET_MS = 100;

export async function benchFirefoxCard(): Promise<void> {
  const server = await new FixtureServer().start();
  const url = server.page('/news.html', readFileSync(join(DEMO_DIR, 'ketamine-news.html'), 'utf8'));
  const { browser } = await launchFirefoxWithExtension();
  const runs: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage();
      await page.goto(url);
      await waitForReady(page);
      const point = await page.evaluate(firstTermPoint);
      await page.evaluate(armCardTimer);
      await page.mouse.move(point.x, point.y);
      runs.push(await page.evaluate(intentToShownMs, OPEN_DELAY_MS));
      await page.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  runs.sort((a, b) => a - b);
  const median = runs[Math.floor(runs.length / 2)] ?? Number.NaN;
  console.log(`\nFirefox ESR: hover intent → visible card (median of ${RUNS}, cold)`);
  console.table([
    {
      median: `${median.toFixed(1)} ms`,
      max: `${(runs[runs.length - 1] ?? Number.NaN).toFixed(1)} ms`,
      budget: `≤ ${BUDGET_MS} ms`,
      '': median <= BUDGET_MS ? 'within' : 'MISSED',
    },
  ]);
}
