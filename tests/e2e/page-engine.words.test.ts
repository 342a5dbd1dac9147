import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoBadRanges } from './engine-helpers';
import { useEnginePage } from './engine-page/engine-page';
import { MYTH, TERM } from './harness';

// The page engine on static pages, DOM-level (engine-page/): which text becomes a range, and
// which never does, with the engine alone in plain Chromium, started once the fixture has
// loaded. Every assertion reads CSS.highlights from the page's own main world. What needs the
// extension (frames, closed shadow roots, its own card) is in page-engine.dom.test.ts.

const engine = useEnginePage();

interface Located {
  highlight: string;
  text: string;
  /** `data-case` (or id) of the nearest marked ancestor of each boundary. */
  start: string;
  end: string;
}

/** Every range with the marked ancestor (data-case, else id) of its start and end. */
function locatedRanges(page: Page): Promise<Located[]> {
  return page.evaluate(
    (names) => {
      const mark = (node: Node) => {
        const element =
          node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
        const marked = element?.closest('[data-case], [id]');
        return marked?.getAttribute('data-case') ?? marked?.id ?? '';
      };
      const out: Located[] = [];
      for (const name of names) {
        for (const r of CSS.highlights.get(name) ?? []) {
          const range = new Range();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          out.push({
            highlight: name,
            text: range.toString(),
            start: mark(range.startContainer),
            end: mark(range.endContainer),
          });
        }
      }
      return out.sort((a, b) => (a.start + a.text < b.start + b.text ? -1 : 1));
    },
    [TERM, MYTH],
  );
}

describe('words split by inline markup', () => {
  it('become one range covering the whole word, but never join across blocks or line breaks', async () => {
    const page = await engine.openStarted('/engine-split.html');
    const ranges = await locatedRanges(page);
    // One range per case, starting and ending inside it; the block-split cases have none.
    expect(ranges.map(({ start, end, text }) => ({ start, end, text }))).toEqual(
      [
        { start: 'a-i', end: 'a-i', text: 'ketamine' },
        { start: 'b', end: 'b', text: 'Ketamine' },
        { start: 'comment', end: 'comment', text: 'ketamine' },
        { start: 'control', end: 'control', text: 'ketamine' },
        { start: 'nested-spans', end: 'nested-spans', text: 'ketamine' },
        { start: 'phrase', end: 'phrase', text: 'ketamine-assisted psychotherapy' },
        { start: 'wbr', end: 'wbr', text: 'ketamine' },
      ].sort((a, b) => (a.start + a.text < b.start + b.text ? -1 : 1)),
    );
    // The split ranges really start in the first element and end after it.
    const bounds = await page.evaluate(() =>
      [...(CSS.highlights.get('ketamine-lens-term') ?? [])].map((r) => {
        const range = r;
        return `${range.startContainer.parentElement?.localName}>${range.endContainer.parentElement?.localName}`;
      }),
    );
    expect(bounds).toContain('b>p');
    expect(bounds).toContain('a>i');
    expect(bounds).toContain('span>p');
    expect(bounds).toContain('em>p');
    await page.close();
  });
});

describe('text that is never highlighted', () => {
  it('leaves scripts, styles, form fields, editable regions, hidden and foreign content alone', async () => {
    const page = await engine.openStarted('/engine-exclusions.html');
    const ranges = await locatedRanges(page);
    expect(ranges.map((r) => `${r.start}:${r.text}`).sort()).toEqual([
      'control:ketamine',
      'not-editable:ketamine',
    ]);
    await page.close();
  });
});

describe('word rules on a real page', () => {
  it('highlights whole words only, the longest phrase, and covers invisible characters', async () => {
    const page = await engine.openStarted('/engine-words.html');
    const ranges = await locatedRanges(page);
    const byId = (id: string) =>
      ranges
        .filter((r) => r.start === id)
        .map((r) => r.text)
        .sort();
    expect(byId('es')).toEqual(['Esketamine', 'ketamine']);
    expect(byId('glued')).toEqual([]);
    expect(byId('possessive')).toEqual(['ketamine', 'ketamine']);
    expect(byId('shy')).toEqual(['keta\u00admine']);
    expect(byId('longest')).toEqual(['ketamine-assisted psychotherapy']);
    expect(byId('split-longest')).toEqual(['ketamine-assisted psychotherapy']);
    expect(byId('brand')).toEqual(['Spravato', 'esketamine']);
    expect(byId('caps')).toEqual(['KETAMINE']);
    expect(byId('iv')).toEqual(['IV ketamine', 'ketamine']);
    expect(ranges.filter((r) => r.highlight === MYTH).map((r) => r.text)).toEqual([
      'horse tranquilizer',
    ]);
    expect(ranges.filter((r) => r.start === 'myth' && r.highlight === TERM)).toEqual([]);
    // Esketamine is one term, never "ketamine" inside it: no two ranges overlap.
    const overlaps = await page.evaluate(() => {
      const all = [
        ...(CSS.highlights.get('ketamine-lens-term') ?? []),
        ...(CSS.highlights.get('ketamine-lens-misconception') ?? []),
      ].map((r) => {
        const range = new Range();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range;
      });
      let count = 0;
      for (const a of all) {
        for (const b of all) {
          if (a === b) continue;
          const disjoint =
            a.compareBoundaryPoints(Range.END_TO_START, b) >= 0 ||
            b.compareBoundaryPoints(Range.END_TO_START, a) >= 0;
          if (!disjoint) count++;
        }
      }
      return count;
    });
    expect(overlaps).toBe(0);
    await expectNoBadRanges(page);
    await page.close();
  });
});
