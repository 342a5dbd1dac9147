import { describe, expect, it } from 'vitest';
import {
  changeAndWaitForScan,
  expectNoBadRanges,
  rangeInfos,
  texts,
  waitForTexts,
} from './engine-helpers';
import { closePagesAfterEach, SETTLE_MS, TERM, useExtension, waitForReady } from './harness';
import { centreOf, termBox } from './hover-helpers';
import { addParagraphIn } from './page-side';

// The page engine as the extension runs it, on static pages: design mode, its own card, frames
// and shadow roots (the content script in every frame, closed roots through the extension API).
// Every assertion reads CSS.highlights from the page's own main world. Which words become a
// range is tested DOM-level, without the extension, in page-engine.words.test.ts.

const lens = useExtension();
closePagesAfterEach(lens);

describe('text that is never highlighted', () => {
  it('highlights nothing in a document in design mode', async () => {
    const page = await lens.open('/engine-exclusions.html');
    const frame = page.frames().find((f) => f.name() === 'design');
    if (!frame) throw new Error('no design-mode frame');
    await frame.waitForFunction(() => document.designMode === 'on');
    // A design-mode document never gets the ready mark, so let the frame's content script
    // have its chance: a later change in the top document is rescanned, which proves
    // the extension ran its timers since; the frame's own script ran long before.
    await page.evaluate(addParagraphIn, { text: 'late ketamine' });
    await waitForTexts(page, ['ketamine', 'ketamine', 'ketamine']);
    expect(await rangeInfos(frame)).toEqual([]);
    expect(await frame.evaluate(() => CSS.highlights.size)).toBe(0);
  });

  it('leaves a design-mode document alone when its page switches design mode on after load', async () => {
    // The pattern of iframe-based rich text editors: an empty frame, designMode on, content in.
    const url = lens.server.page(
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
    const page = await lens.open(url);
    await page.waitForFunction(() => (window as { edited?: boolean }).edited === true);
    const frame = page.frames().find((f) => f.name() === 'editor');
    if (!frame) throw new Error('no editor frame');
    // Sync point as above: a change in the top document is rescanned after the edit.
    await page.evaluate(addParagraphIn, { text: 'late ketamine' });
    await waitForTexts(page, ['ketamine', 'ketamine']);
    // And a later scan of the top document again, so the frame's own pass (queued on the same
    // event loop before both) has surely run too.
    await changeAndWaitForScan(page, () =>
      page.evaluate(() => document.body.append(' Once more: esketamine.')),
    );
    expect(texts(await rangeInfos(frame))).toEqual([]);
  });

  it('never highlights inside its own card', async () => {
    const page = await lens.open('/engine-exclusions.html');
    // Rest the pointer on the control term until the hover card opens.
    const box = centreOf(await termBox(page, { within: '#control', highlight: TERM }));
    await page.mouse.move(box.x - 3, box.y);
    await page.mouse.move(box.x, box.y);
    const card = page.locator('ketamine-lens-card >> [role=dialog]');
    await card.waitFor({ timeout: SETTLE_MS });
    expect(await card.textContent()).toMatch(/ketamine/i);
    // Sync point: a change made after the card opened has been rescanned.
    await page.evaluate(addParagraphIn, { text: 'late esketamine' });
    await waitForTexts(page, ['ketamine', 'ketamine', 'esketamine']);
    const inCard = (await rangeInfos(page)).filter((r) => r.root.includes('ketamine-lens-card'));
    expect(inCard).toEqual([]);
  });
});

describe('frames', () => {
  it('highlights in same-origin, srcdoc, about:blank and script-written frames', async () => {
    const page = await lens.open('/engine-frames.html');
    const frame = (name: string) => {
      const found = page.frames().find((f) => f.name() === name);
      if (!found) throw new Error(`no frame ${name}`);
      return found;
    };
    expect(texts(await rangeInfos(page))).toEqual(['ketamine']);
    await waitForReady(frame('same'));
    await waitForTexts(frame('same'), ['ketamine infusion']);
    await waitForTexts(frame('srcdoc'), ['esketamine']);
    await waitForTexts(frame('blank'), ['Spravato']);
    await waitForTexts(frame('written'), ['Ketalar', 'horse tranquilizer']);
    for (const name of ['same', 'srcdoc', 'blank', 'written']) {
      await expectNoBadRanges(frame(name), name);
    }
    // Each frame keeps its own ranges: the top document has only its own.
    expect(texts(await rangeInfos(page))).toEqual(['ketamine']);
  });
});

describe('shadow roots', () => {
  it('highlights in open shadow roots and adopts the highlight style there', async () => {
    const page = await lens.open('/engine-shadow.html');
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
  });

  it('reaches a closed shadow root through the extension API', async () => {
    const page = await lens.open('/engine-shadow.html');
    await waitForTexts(page, ['ketamine', 'ketamine', 'ketamine', 'esketamine', 'Spravato']);
    const closed = await page.evaluate(() => {
      const root = (window as unknown as { closedRoot: ShadowRoot }).closedRoot;
      return [...(CSS.highlights.get('ketamine-lens-term') ?? [])]
        .filter((r) => r.startContainer.getRootNode() === root)
        .map((r) => {
          const range = new Range();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
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
  });

  it('follows changes inside a shadow root', async () => {
    const page = await lens.open('/engine-shadow.html');
    await waitForTexts(page, ['ketamine', 'ketamine', 'ketamine', 'esketamine', 'Spravato']);
    await page.evaluate(() => {
      const root = (window as unknown as { closedRoot: ShadowRoot }).closedRoot;
      (root.querySelector('p') as HTMLElement).textContent = 'Closed shadow now says off-label.';
      const open = document.querySelector('open-card')?.shadowRoot;
      open?.querySelector('p')?.remove();
    });
    await waitForTexts(page, ['ketamine', 'ketamine', 'off-label', 'Spravato']);
    await expectNoBadRanges(page);
  });
});

describe('frames with an opaque origin', () => {
  // The content script runs there by its origin's fallback (match_origin_as_fallback), and
  // the engine stage it imports is a web-accessible file, which these frames must reach too.
  it('highlights in data:, blob: and sandboxed frames', async () => {
    const page = await lens.open(
      lens.server.page(
        '/opaque-frames.html',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Opaque frames</title></head>
        <body><p>Frames below.</p>
        <iframe name="data" src="data:text/html,<!doctype html><p>A data frame on ketamine.</p>"></iframe>
        <iframe name="sandboxed" sandbox srcdoc="<!doctype html><p>A sandboxed frame on esketamine.</p>"></iframe>
        <script>
          const url = URL.createObjectURL(
            new Blob(['<!doctype html><p>A blob frame on Spravato.</p>'], { type: 'text/html' }),
          );
          const frame = document.createElement('iframe');
          frame.name = 'blob';
          frame.src = url;
          document.body.append(frame);
        </script></body></html>`,
      ),
    );
    const frame = (name: string) => {
      const found = page.frames().find((f) => f.name() === name);
      if (!found) throw new Error(`no frame ${name}`);
      return found;
    };
    await expect.poll(() => page.frames().length).toBe(4);
    await waitForTexts(frame('data'), ['ketamine']);
    await waitForTexts(frame('sandboxed'), ['esketamine']);
    await waitForTexts(frame('blob'), ['Spravato']);
  });
});
