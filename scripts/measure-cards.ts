/**
 * Measures the hover card on each highlighted range of the demo article (desktop 1000×800,
 * and optionally a 390×844 touch phone): the card's size, whether its content scrolls, and
 * whether a fact is cut mid-line at the card's visible edge. Prints a table; asserts nothing.
 * Run with `npx vite-node scripts/measure-cards.ts [--phone]` after a build.
 */
import type { Page } from 'playwright-core';
import { launchWithExtension, openDemoArticle, startDemoServer } from '../tests/e2e/harness';
import { centreOf, type TermQuery, termBoxIn } from '../tests/e2e/page-side';

const phone = process.argv.includes('--phone');

interface Row {
  term: string;
  width: number;
  height: number;
  scrolls: boolean;
  cutCards: number;
  cards: number;
  coversWord: boolean;
  box: { top: number; bottom: number };
}

async function measure(page: Page, index: number): Promise<Row | null> {
  const query: TermQuery = { nth: index };
  const scrolled = await page.evaluate(termBoxIn, query);
  if (!scrolled) return null;
  await page.evaluate(
    (y) => scrollBy({ top: y - innerHeight / 2, behavior: 'instant' }),
    scrolled.top,
  );
  const word = await page.evaluate(termBoxIn, query);
  const point = word && { ...centreOf(word), text: word.text };
  if (!point) return null;
  if (phone) await page.touchscreen.tap(point.x, point.y);
  else await page.mouse.move(point.x, point.y);
  await page.waitForSelector('ketamine-lens-card >> [role=dialog]');
  await page.waitForTimeout(250);
  const row = await page.evaluate(
    ({ text, rects }) => {
      const shadow = document.querySelector('ketamine-lens-card')?.shadowRoot as ShadowRoot;
      const dialog = shadow.querySelector('[role=dialog]') as HTMLElement;
      const box = dialog.getBoundingClientRect();
      const scrollers = [dialog, ...dialog.querySelectorAll<HTMLElement>('*')].filter(
        (e) => e.scrollHeight > e.clientHeight + 1 && getComputedStyle(e).overflowY !== 'visible',
      );
      // A card is cut when its bottom edge is hidden by a scroller and the visible part does
      // not end between two lines.
      let cut = 0;
      for (const article of dialog.querySelectorAll('article')) {
        const a = article.getBoundingClientRect();
        const clip = scrollers.reduce(
          (b, s) => Math.min(b, s.getBoundingClientRect().bottom),
          box.bottom,
        );
        if (a.bottom > clip + 1 && a.top < clip) cut++;
      }
      const covers = rects.some(
        (w) => w.bottom > box.top && w.top < box.bottom && w.right > box.left && w.left < box.right,
      );
      return {
        term: text,
        width: Math.round(box.width),
        height: Math.round(box.height),
        scrolls: scrollers.length > 0,
        cutCards: cut,
        cards: dialog.querySelectorAll('article').length,
        coversWord: covers,
        box: { top: Math.round(box.top), bottom: Math.round(box.bottom) },
      };
    },
    { text: point.text, rects: word?.rects ?? [] },
  );
  // Somewhere outside the card, to close it.
  if (phone) await page.touchscreen.tap(5, row.box.top > 100 ? 5 : 839);
  else await page.mouse.move(2, 2);
  await page.waitForFunction(() => !document.querySelector('ketamine-lens-card'));
  return row;
}

const server = await startDemoServer();
const browser = await launchWithExtension({ hasTouch: phone });
try {
  const page = await openDemoArticle(browser.context, server);
  if (phone) await page.setViewportSize({ width: 390, height: 844 });
  else await page.setViewportSize({ width: 1000, height: 800 });
  const rows: Row[] = [];
  for (let i = 0; ; i++) {
    const row = await measure(page, i);
    if (!row) break;
    rows.push(row);
  }
  console.table(rows.map(({ box, ...rest }) => ({ ...rest, top: box.top, bottom: box.bottom })));
  const heights = rows.map((r) => r.height);
  console.log(
    `${rows.length} terms, ${phone ? 'phone 390×844' : 'desktop 1000×800'}: height min ${Math.min(...heights)} / median ${heights.sort((a, b) => a - b)[Math.floor(heights.length / 2)]} / max ${Math.max(...heights)} px; scrolling ${rows.filter((r) => r.scrolls).length}, cut ${rows.filter((r) => r.cutCards > 0).length}, covering the word ${rows.filter((r) => r.coversWord).length}`,
  );
} finally {
  await browser.close();
  await server.stop();
}
