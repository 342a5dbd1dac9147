/**
 * Pages that load the engine: shared by the e2e load tests and `npm run bench`, so the
 * figures in docs/benchmarks.md come from the pages the tests check.
 */

/** Page-world observer of long tasks: it sees content-script tasks too (they share the thread). */
export const LONG_TASK_OBSERVER = `<script>
  window.__longTaskEntries = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__longTaskEntries.push({ start: entry.startTime, ms: Math.round(entry.duration) });
    }
  }).observe({ type: 'longtask', buffered: true });
</script>`;

export const LIVE_TABLE_ROWS = 500;
export const LIVE_TABLE_COLUMNS = 10;
export const LIVE_TABLE_TICK_MS = 100;

/**
 * A table of 5,000 cells whose every cell is rewritten every 100 ms, as a dashboard that
 * re-renders everything does: each tick about one cell in ten gets a new number, the rest the
 * text they had. Every tenth row names a term in its first cell. `window.__ticks` counts ticks;
 * `window.__stop = true` stops them; `window.__texts` holds each cell's next text;
 * `window.__tickMs` how long each tick's rewrite took (the page's own script, with whatever
 * the browser does for each change, such as updating every live Range).
 */
export function liveTablePage(): string {
  const rows: string[] = [];
  for (let r = 0; r < LIVE_TABLE_ROWS; r++) {
    const cells: string[] = [];
    for (let c = 0; c < LIVE_TABLE_COLUMNS; c++) {
      cells.push(`<td>${c === 0 && r % 10 === 0 ? `ketamine ${r}` : `${r * c}`}</td>`);
    }
    rows.push(`<tr>${cells.join('')}</tr>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live table</title>
${LONG_TASK_OBSERVER}</head><body><h1>Live prices, esketamine desk</h1>
<table id="live"><tbody>${rows.join('')}</tbody></table>
<script>
  window.__ticks = 0;
  const cells = [...document.querySelectorAll('#live td')];
  const texts = cells.map((cell) => cell.textContent);
  window.__texts = texts;
  window.__tickMs = [];
  setInterval(() => {
    if (window.__stop) return;
    window.__ticks++;
    const begun = performance.now();
    for (let i = 0; i < cells.length; i++) {
      if (i % ${LIVE_TABLE_COLUMNS} !== 0 && (i + window.__ticks) % 10 === 0) {
        texts[i] = String((Number(texts[i]) * 7 + window.__ticks) % 100000);
      }
      cells[i].textContent = texts[i];
    }
    window.__tickMs.push(performance.now() - begun);
  }, ${LIVE_TABLE_TICK_MS});
</script></body></html>`;
}

export const WIDE_COUNT = 200_000;
const WORDS = ['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'elit', 'sed', 'tempor'];

/**
 * 200,000 `<span>`s in one `<p>` (one text run of 200,000 nodes) with a term every 1,000
 * spans, some split across two spans. Returns the page and how many terms it holds.
 */
export function wideParagraphPage(): { html: string; terms: number } {
  const spans: string[] = [];
  let terms = 0;
  for (let i = 0; i < WIDE_COUNT; i++) {
    if (i % 1000 === 500) {
      spans.push(
        i % 2000 === 500 ? '<span>ketamine </span>' : '<span>keta</span><span>mine </span>',
      );
      terms++;
    } else spans.push(`<span>${WORDS[i % WORDS.length]} </span>`);
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Wide paragraph</title>
${LONG_TASK_OBSERVER}</head><body><p id="wide">${spans.join('')}</p></body></html>`;
  return { html, terms };
}

/** 200,000 children of one `<div>` (blocks), a term in every 1,000th. */
export function flatDivPage(): { html: string; terms: number } {
  const children: string[] = [];
  let terms = 0;
  for (let i = 0; i < WIDE_COUNT; i++) {
    if (i % 1000 === 500) {
      children.push('<div>on esketamine</div>');
      terms++;
    } else children.push(`<div>${WORDS[i % WORDS.length]}</div>`);
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Flat div</title>
${LONG_TASK_OBSERVER}</head><body><div id="flat">${children.join('')}</div></body></html>`;
  return { html, terms };
}
