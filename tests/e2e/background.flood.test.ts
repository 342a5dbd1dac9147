import { describe, expect, it } from 'vitest';
import { MAX_COUNT, MAX_FRAMES_PER_TAB } from '../../common/messaging/found-limits';
import { FOUND_IDS } from '../../common/messaging/messages';
import { useExtension, waitForReady } from './harness';
import { type Chrome, inWorker, openPopupFor, tabIdOf, waitForBadge } from './popup-helpers';

// A page written to push the background: 100 same-origin srcdoc frames, each adding a mention
// every 250 ms. Before, every report went through one chain shared by all tabs that re-read,
// checked and rewrote the tab's whole record: the popup's request took 24–30 s and another
// tab's badge 6.5 s. Each tab now keeps its latest findings in memory and writes them at most
// every 250 ms. The times below are measured inside the test, from the action to the state.

const FRAMES = 100;
const lens = useExtension();

/** 100 srcdoc frames, each adding a paragraph that names ketamine every 250 ms. */
function churningPage(): string {
  const frame = `<p>Frame on ketamine.</p><script>let n = 0; setInterval(() => { const p = document.createElement('p'); p.textContent = 'ketamine ' + ++n; document.body.append(p); }, 250);</script>`;
  const srcdoc = frame.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const frames = Array.from(
    { length: FRAMES },
    () => `<iframe srcdoc="${srcdoc}" width="40" height="20"></iframe>`,
  ).join('');
  return `<!doctype html><title>Churn</title><p>A page on ketamine.</p>${frames}`;
}

/**
 * Counts, in the worker from now on, the writes of each findings key (storage.onChanged) and
 * the reports frames send (`page-found` messages, heard as the background hears them).
 */
function countWrites() {
  return inWorker(lens.browser, (chrome) => {
    const counts: Record<string, number> = {};
    const seen = globalThis as unknown as {
      __klWrites: Record<string, number>;
      __klReports: number;
    };
    seen.__klWrites = counts;
    seen.__klReports = 0;
    chrome.storage.onChanged.addListener((changes, area) => {
      if (area !== 'session') return;
      for (const key of Object.keys(changes)) counts[key] = (counts[key] ?? 0) + 1;
    });
    chrome.runtime.onMessage.addListener((message: unknown) => {
      if ((message as { type?: string }).type === 'page-found') seen.__klReports++;
    });
  });
}

function reportsSoFar(): Promise<number> {
  return inWorker(
    lens.browser,
    () => (globalThis as unknown as { __klReports: number }).__klReports,
  );
}

function writesSoFar() {
  return inWorker(
    lens.browser,
    () => (globalThis as unknown as { __klWrites: Record<string, number> }).__klWrites,
  );
}

/** Bytes of storage.session in use, as the browser counts them against its 10 MB quota. */
function sessionBytes(): Promise<number> {
  return inWorker(lens.browser, (chrome) =>
    (
      chrome.storage.session as unknown as { getBytesInUse(keys: null): Promise<number> }
    ).getBytesInUse(null),
  );
}

describe('a tab with 100 frames that report without pause', () => {
  it('holds up no other tab, and the popup answers at once', { timeout: 120_000 }, async () => {
    const churn = await lens.site();
    const busy = await lens.context.newPage();
    await busy.goto(churn.page('/churn.html', churningPage()));
    const busyTab = await tabIdOf(lens.browser, churn.origin);
    const countingFrom = Date.now();
    await countWrites();
    // The frames get going: the worker has taken 1,000 reports from them (about 5 s).
    await expect
      .poll(reportsSoFar, { timeout: 60_000, interval: 250 })
      .toBeGreaterThanOrEqual(1000);
    const popup = await openPopupFor(lens.browser);

    // Another tab: from its first scan done to its badge. (Before: 6.5 s.)
    const other = await lens.site();
    other.page('/other.html', '<!doctype html><p>Ketamine, esketamine, a horse tranquilizer.</p>');
    const page = await lens.context.newPage();
    await page.goto(other.url('/other.html'));
    await waitForReady(page);
    const scanned = Date.now();
    const otherTab = await tabIdOf(lens.browser, other.origin);
    await waitForBadge(lens.browser, otherTab, '3', 10_000);
    const badgeMs = Date.now() - scanned;

    // The popup's request for the busy tab, timed inside the popup. (Before: 24–30 s.)
    const answers = await popup.evaluate(async (id) => {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        await (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({
          type: 'get-tab-found',
          tabId: id,
        });
        times.push(performance.now() - started);
      }
      return times;
    }, busyTab);
    const popupMs = Math.max(...answers);

    // The popup opened over the busy tab lists its findings: from opening to the list.
    const opened = Date.now();
    const overBusy = await openPopupFor(lens.browser, busyTab);
    await overBusy.waitForSelector('.kl-found__item', { timeout: 10_000 });
    const listMs = Date.now() - opened;

    const elapsed = Date.now() - countingFrom;
    const writes = await writesSoFar();
    const busyWrites = writes[`found-${busyTab}`] ?? 0;
    const reports = await reportsSoFar();
    const bytes = await sessionBytes();
    console.info(
      `churn: other tab's badge ${badgeMs} ms after its scan; popup request max ${popupMs.toFixed(1)} ms (${answers.map((t) => t.toFixed(1)).join(', ')}); popup list ${listMs} ms; ${reports} reports and ${busyWrites} writes of the busy tab over ${elapsed} ms; storage.session ${bytes} bytes`,
    );
    // The brief's bounds, 1 s and 500 ms, are themselves generous: measured here about
    // a tenth of them on a busy two-core machine.
    expect(badgeMs).toBeLessThan(1000);
    expect(popupMs).toBeLessThan(500);
    // At most a write per 250 ms (and one more to start), over the time they were counted.
    expect(busyWrites).toBeLessThanOrEqual(Math.ceil((Date.now() - countingFrom) / 250) + 1);
    // Storage bounded: at most MAX_FRAMES_PER_TAB frames a tab, each with the pack's ids only.
    const frameRecord = JSON.stringify({
      counts: Object.fromEntries([...FOUND_IDS].map((id) => [id, MAX_COUNT])),
      document: 'f'.repeat(32),
      seq: 1e9,
    });
    expect(bytes).toBeLessThan(2 * MAX_FRAMES_PER_TAB * (frameRecord.length + 12));
    await overBusy.close();
    await popup.close();
    await page.close();
    await busy.close();
  });
});
