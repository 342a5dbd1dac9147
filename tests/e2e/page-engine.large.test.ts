import { describe, expect, it } from 'vitest';
import { badRanges, rangeInfos, scanDetails } from './engine-helpers';
import { MYTH, SCAN, TERM, useExtension, waitForReady } from './harness';
import { traceMainThreadTasks } from './trace-tasks';

// A 5 MB page: every term found, exactly once, and the scan never blocks the page.

const lens = useExtension();

const FILLER = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor'.split(
  ' ',
);
// Where the scanner cuts a huge text run into match windows (page-scanner.ts MATCH_WINDOW).
const MATCH_WINDOW = 64 * 1024;

function filler(words: number, seed: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(FILLER[(seed + i * 7) % FILLER.length] as string);
  return out.join(' ');
}

/** ~4 MB of paragraphs and a ~1.2 MB <pre>, with the terms it holds counted as it is built. */
function bigPage(): { html: string; terms: number; myths: number; bytes: number } {
  let terms = 0;
  let myths = 0;
  const paragraphs: string[] = [];
  for (let i = 0; i < 4000; i++) {
    let inner = filler(70, i);
    if (i % 10 === 0) {
      inner += ' about ketamine';
      terms++;
    } else if (i % 10 === 3) {
      inner += ' about <b>keta</b>mine';
      terms++;
    } else if (i % 25 === 5) {
      inner += ' on <i>es</i>ketamine';
      terms++;
    }
    // In a paragraph that names the drug: a myth is flagged only near it.
    if (i % 50 === 10) {
      inner += ' not a horse tranquilizer';
      myths++;
    }
    paragraphs.push(`<p>${inner} ${filler(80, i + 3)}.</p>`);
  }

  // The <pre>: short lines (as in a log file), a term every 40 lines, and one phrase laid
  // across the boundary between two match windows: "IV" before it, "ketamine" after it.
  let pre = '';
  let line = 0;
  const addLine = (text: string) => {
    pre += `${text}\n`;
    line++;
  };
  const straddle = MATCH_WINDOW - 3;
  while (pre.length < straddle - 200) {
    if (line % 40 === 39) {
      addLine(`${line} ${filler(8, line)} esketamine`);
      terms++;
    } else addLine(`${line} ${filler(12, line)}`);
  }
  pre += ' '.repeat(straddle - pre.length);
  pre += 'IV ketamine was given\n';
  terms++;
  while (pre.length < 1_200_000) {
    if (line % 40 === 39) {
      addLine(`${line} ${filler(8, line)} ketamine infusion`);
      terms++;
    } else addLine(`${line} ${filler(12, line)}`);
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Engine: a 5 MB page</title></head><body>
${paragraphs.join('\n')}
<pre>${pre}</pre>
</body></html>`;
  return { html, terms, myths, bytes: html.length };
}

describe('a 5 MB page', () => {
  // Why slices and not the Long Tasks API: a scanner that never yields blocks this page in
  // one long task, and neither a 'longtask' observer nor 'long-animation-frame' reports it:
  // Chrome leaves content-script tasks out of both. The scanner therefore records its own slices in
  // each measure's detail, and a slice of 50 ms or more is a long task of ours.
  it('finds every term exactly once, in slices that never become long tasks', async () => {
    const { html, terms, myths, bytes } = bigPage();
    expect(bytes).toBeGreaterThan(5_000_000);
    const page = await lens.context.newPage();
    const tasks = await traceMainThreadTasks(lens.context, page, async () => {
      await page.goto(lens.server.page('/engine-big.html', html));
      await waitForReady(page, 60_000);
    });
    const infos = await rangeInfos(page);
    expect(infos.filter((r) => r.highlight === TERM)).toHaveLength(terms);
    expect(infos.filter((r) => r.highlight === MYTH)).toHaveLength(myths);
    expect(badRanges(infos)).toEqual([]);
    // The phrase laid across two match windows is one range, not also "ketamine" on its own.
    expect(infos.filter((r) => r.text === 'IV ketamine')).toHaveLength(1);

    const [first] = await scanDetails(page);
    if (!first) throw new Error('no scan measure');
    // 5 MB cannot be scanned in one 8 ms slice: the pass yielded to the page many times.
    expect(first.slices).toBeGreaterThan(5);
    // And no slice came near the 50 ms long-task line: judged by the time our thread ran in
    // each (traced), which other processes on a busy machine do not lengthen, unlike the
    // measure's wall time.
    const slices = tasks.filter((task) => task.resumesYield);
    expect(slices.length).toBeGreaterThanOrEqual(first.slices - 1);
    expect(Math.max(...slices.map((task) => task.threadMs))).toBeLessThan(50);

    // A change on the big page rescans only the changed paragraph.
    await page.evaluate(() => {
      const p = document.querySelectorAll('p')[1] as HTMLElement;
      p.append(' and Spravato');
    });
    await page.waitForFunction(
      (scanName) => performance.getEntriesByName(scanName, 'measure').length > 1,
      SCAN,
      { timeout: 15_000 },
    );
    const later = (await scanDetails(page)).slice(1);
    expect(later.map((d) => [d.scopes, d.matched])).toEqual([[1, 1]]);
    expect(later.every((d) => d.longestSliceMs < 50)).toBe(true);
    expect((await rangeInfos(page)).filter((r) => r.text === 'Spravato')).toHaveLength(1);
    await page.close();
  }, 120_000);
});

describe('a page with one very long unwrapped line', () => {
  // Chrome paints the highlights of one unwrapped line at a cost that grows with the line's
  // length times its number of ranges (without the extension too): a megabyte-long line full
  // of terms freezes the tab.
  it('skips terms in that line, so the page keeps rendering', async () => {
    let line = '';
    for (let i = 0; line.length < 1_500_000; i++) {
      line += i % 20 === 0 ? 'ketamine ' : `${FILLER[i % FILLER.length]} `;
    }
    const lines = Array.from({ length: 200 }, (_, i) =>
      i % 10 === 0 ? `line ${i} on esketamine` : `line ${i} ${filler(10, i)}`,
    ).join('\n');
    const page = await lens.context.newPage();
    await page.goto(
      lens.server.page(
        '/engine-long-line.html',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Engine: long line</title>
        </head><body><p>Intro on ketamine.</p><pre id="data">${line}</pre>
        <pre id="log">${lines}</pre><p style="white-space: nowrap">Short nowrap Spravato.</p>
        </body></html>`,
      ),
    );
    await waitForReady(page, 60_000);
    // Two animation frames: the page has painted with our highlights registered.
    const painted = await Promise.race([
      page.evaluate(
        () =>
          new Promise<boolean>((resolve) =>
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))),
          ),
      ),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000)),
    ]);
    expect(painted).toBe(true);
    const infos = await rangeInfos(page);
    expect(infos.filter((r) => r.id === 'data')).toEqual([]);
    expect(infos.filter((r) => r.id === 'log')).toHaveLength(20);
    expect(infos.map((r) => r.text).filter((t) => t !== 'esketamine')).toEqual([
      'ketamine',
      'Spravato',
    ]);
    await page.close();
  }, 120_000);
});
