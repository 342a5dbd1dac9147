import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  badRanges,
  MYTH,
  rangeInfos,
  SETTLE_MS,
  TERM,
  texts,
  waitForReadyIn,
  waitForTexts,
} from './engine-helpers';
import { type ExtensionBrowser, type FixtureServer, openScanned } from './harness';
import { withExtensionBrowser } from './with-extension';

// The page engine in real Chromium, on static pages: which text becomes a range, and which
// never does. Every assertion reads CSS.highlights from the page's own main world.

let browser: ExtensionBrowser;
let server: FixtureServer;
withExtensionBrowser((launched) => {
  ({ browser, server } = launched);
});

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
          const range = r as Range;
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
    const page = await openScanned(browser.context, server.url('/engine-split.html'));
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
        const range = r as Range;
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
    const page = await openScanned(browser.context, server.url('/engine-exclusions.html'));
    const ranges = await locatedRanges(page);
    expect(ranges.map((r) => `${r.start}:${r.text}`).sort()).toEqual([
      'control:ketamine',
      'not-editable:ketamine',
    ]);
    await page.close();
  });

  it('highlights nothing in a document in design mode', async () => {
    const page = await openScanned(browser.context, server.url('/engine-exclusions.html'));
    const frame = page.frames().find((f) => f.name() === 'design');
    if (!frame) throw new Error('no design-mode frame');
    await frame.waitForFunction(() => document.designMode === 'on');
    // A design-mode document never gets the ready mark, so let the frame's content script
    // have its chance: a later change in the top document is rescanned, which proves
    // the extension ran its timers since; the frame's own script ran long before.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'late ketamine';
      document.body.append(p);
    });
    await waitForTexts(page, ['ketamine', 'ketamine', 'ketamine']);
    expect(await rangeInfos(frame)).toEqual([]);
    expect(await frame.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.close();
  });

  it('leaves a design-mode document alone when its page switches design mode on after load', async () => {
    // The pattern of iframe-based rich text editors: an empty frame, designMode on, content in.
    const url = server.page(
      '/engine-late-design.html',
      `<!doctype html><p id="top">Top ketamine.</p><iframe name="editor"></iframe>
      <script>
        addEventListener('load', () => setTimeout(() => {
          const doc = document.querySelector('iframe').contentDocument;
          doc.designMode = 'on';
          doc.body.innerHTML = '<p>Editing a note about ketamine.</p>';
          window.edited = true;
        }, 300));
      </script>`,
    );
    const page = await openScanned(browser.context, url);
    await page.waitForFunction(() => (window as { edited?: boolean }).edited === true);
    const frame = page.frames().find((f) => f.name() === 'editor');
    if (!frame) throw new Error('no editor frame');
    // Sync point as above: a change in the top document is rescanned after the edit.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'late ketamine';
      document.body.append(p);
    });
    await waitForTexts(page, ['ketamine', 'ketamine']);
    await page.waitForTimeout(500);
    expect(texts(await rangeInfos(frame))).toEqual([]);
    await page.close();
  });

  it('never highlights inside its own card', async () => {
    const page = await openScanned(browser.context, server.url('/engine-exclusions.html'));
    // Rest the pointer on the control term until the hover card opens.
    const box = await page.evaluate(() => {
      for (const r of CSS.highlights.get('ketamine-lens-term') ?? []) {
        const range = r as Range;
        if (range.startContainer.parentElement?.id === 'control') {
          const rect = range.getBoundingClientRect();
          return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
        }
      }
      return null;
    });
    if (!box) throw new Error('control term not highlighted');
    await page.mouse.move(box.x - 3, box.y);
    await page.mouse.move(box.x, box.y);
    const card = page.locator('ketamine-lens-card >> [role=dialog]');
    await card.waitFor({ timeout: SETTLE_MS });
    expect(await card.textContent()).toMatch(/ketamine/i);
    // Sync point: a change made after the card opened has been rescanned.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'late esketamine';
      document.body.append(p);
    });
    await waitForTexts(page, ['ketamine', 'ketamine', 'esketamine']);
    const inCard = (await rangeInfos(page)).filter((r) => r.root.includes('ketamine-lens-card'));
    expect(inCard).toEqual([]);
    await page.close();
  });
});

describe('word rules on a real page', () => {
  it('highlights whole words only, the longest phrase, and covers invisible characters', async () => {
    const page = await openScanned(browser.context, server.url('/engine-words.html'));
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
      ] as Range[];
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
    expect(badRanges(await rangeInfos(page))).toEqual([]);
    await page.close();
  });
});

describe('frames', () => {
  it('highlights in same-origin, srcdoc, about:blank and script-written frames', async () => {
    const page = await openScanned(browser.context, server.url('/engine-frames.html'));
    const frame = (name: string) => {
      const found = page.frames().find((f) => f.name() === name);
      if (!found) throw new Error(`no frame ${name}`);
      return found;
    };
    expect(texts(await rangeInfos(page))).toEqual(['ketamine']);
    await waitForReadyIn(frame('same'));
    await waitForTexts(frame('same'), ['ketamine infusion']);
    await waitForTexts(frame('srcdoc'), ['esketamine']);
    await waitForTexts(frame('blank'), ['Spravato']);
    await waitForTexts(frame('written'), ['Ketalar', 'horse tranquilizer']);
    for (const name of ['same', 'srcdoc', 'blank', 'written']) {
      expect(badRanges(await rangeInfos(frame(name))), name).toEqual([]);
    }
    // Each frame keeps its own ranges: the top document has only its own.
    expect(texts(await rangeInfos(page))).toEqual(['ketamine']);
    await page.close();
  });
});

describe('shadow roots', () => {
  it('highlights in open shadow roots and adopts the highlight style there', async () => {
    const page = await openScanned(browser.context, server.url('/engine-shadow.html'));
    await waitForTexts(page, ['ketamine', 'ketamine', 'ketamine', 'esketamine', 'Spravato']);
    const roots = (await rangeInfos(page)).map((r) => `${r.root}:${r.text}`).sort();
    expect(roots).toEqual([
      'document:ketamine',
      'shadow:closed-card:esketamine',
      'shadow:div:Spravato',
      'shadow:open-card:ketamine',
      'shadow:open-card:ketamine',
    ]);
    const styled = await page.evaluate(() => {
      const hasRule = (root: Document | ShadowRoot) =>
        root.adoptedStyleSheets.some((sheet) =>
          [...sheet.cssRules].some((rule) =>
            rule.cssText.includes('::highlight(ketamine-lens-term)'),
          ),
        );
      const open = document.querySelector('open-card')?.shadowRoot;
      const nested = document
        .querySelector('outer-card')
        ?.shadowRoot?.querySelector('open-card')?.shadowRoot;
      const declarative = document.getElementById('declarative')?.shadowRoot;
      return {
        document: hasRule(document),
        open: !!open && hasRule(open),
        nested: !!nested && hasRule(nested),
        declarative: !!declarative && hasRule(declarative),
        closed: hasRule((window as unknown as { closedRoot: ShadowRoot }).closedRoot),
      };
    });
    expect(styled).toEqual({
      document: true,
      open: true,
      nested: true,
      declarative: true,
      closed: true,
    });
    await page.close();
  });

  it('reaches a closed shadow root through the extension API', async () => {
    const page = await openScanned(browser.context, server.url('/engine-shadow.html'));
    await waitForTexts(page, ['ketamine', 'ketamine', 'ketamine', 'esketamine', 'Spravato']);
    const closed = await page.evaluate(() => {
      const root = (window as unknown as { closedRoot: ShadowRoot }).closedRoot;
      return [...(CSS.highlights.get('ketamine-lens-term') ?? [])]
        .map((r) => r as Range)
        .filter((range) => range.startContainer.getRootNode() === root)
        .map((range) => {
          const node = range.startContainer.getRootNode() as ShadowRoot;
          return {
            text: range.toString(),
            isShadow: node instanceof ShadowRoot,
            mode: node.mode,
            host: node.host.localName,
          };
        });
    });
    expect(closed).toEqual([
      { text: 'esketamine', isShadow: true, mode: 'closed', host: 'closed-card' },
    ]);
    await page.close();
  });

  it('follows changes inside a shadow root', async () => {
    const page = await openScanned(browser.context, server.url('/engine-shadow.html'));
    await waitForTexts(page, ['ketamine', 'ketamine', 'ketamine', 'esketamine', 'Spravato']);
    await page.evaluate(() => {
      const root = (window as unknown as { closedRoot: ShadowRoot }).closedRoot;
      (root.querySelector('p') as HTMLElement).textContent = 'Closed shadow now says off-label.';
      const open = document.querySelector('open-card')?.shadowRoot;
      open?.querySelector('p')?.remove();
    });
    await waitForTexts(page, ['ketamine', 'ketamine', 'off-label', 'Spravato']);
    expect(badRanges(await rangeInfos(page))).toEqual([]);
    await page.close();
  });
});
