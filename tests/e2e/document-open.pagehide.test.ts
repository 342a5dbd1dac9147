import { describe, expect, it } from 'vitest';
import { useExtension } from './harness';
import { inWorker, tabIdOf } from './popup-helpers';

// `document.open()` erases the listeners of the document and of its window. A frame that an
// ad script rewrote that way must still say, when it goes (a trusted pagehide), that it shows
// nothing any more: else the tab's findings keep its terms for good.

const lens = useExtension();

/** The tab's stored findings as frame id → counts, frames that found something only. */
function storedFrames(tabId: number): Promise<Record<string, Record<string, number>>> {
  return inWorker(
    lens.browser,
    async (chrome, id) => {
      const key = `found-${id}`;
      const stored = ((await chrome.storage.session.get(key)) as Record<string, unknown>)[key] as
        | Record<string, { counts: Record<string, number> }>
        | undefined;
      const frames: Record<string, Record<string, number>> = {};
      for (const [frame, report] of Object.entries(stored ?? {})) {
        if (Object.keys(report.counts).length > 0) frames[frame] = report.counts;
      }
      return frames;
    },
    tabId,
  );
}

async function waitForStored(
  tabId: number,
  wanted: (frames: Record<string, Record<string, number>>) => boolean,
): Promise<Record<string, Record<string, number>>> {
  const deadline = Date.now() + 15_000;
  let last = await storedFrames(tabId);
  while (!wanted(last) && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 100));
    last = await storedFrames(tabId);
  }
  return last;
}

const subframeCounts = (frames: Record<string, Record<string, number>>) =>
  Object.entries(frames)
    .filter(([frame]) => frame !== '0')
    .map(([, counts]) => counts);

describe('a frame rewritten with document.open()', () => {
  it('still takes its findings away when it is removed (a trusted pagehide)', async () => {
    lens.server.page('/open-frame.html', '<!doctype html><p>A frame on ketamine.</p>');
    const page = await lens.browser.context.newPage();
    try {
      await page.goto(
        lens.server.page(
          '/open-top.html',
          '<!doctype html><title>Top</title><p>Top page.</p><iframe src="/open-frame.html"></iframe>',
        ),
      );
      const tabId = await tabIdOf(lens.browser, lens.server.origin);
      expect(
        subframeCounts(await waitForStored(tabId, (f) => subframeCounts(f).length === 1)),
      ).toEqual([{ ketamine: 1 }]);
      // The ad way: the parent opens the frame's document and writes a new one into it.
      await page.evaluate(() => {
        const doc = (document.querySelector('iframe') as HTMLIFrameElement)
          .contentDocument as Document;
        doc.open();
        doc.write('<!doctype html><p>Now a frame on esketamine.</p>');
        doc.close();
      });
      // The script in the frame lives on: the new text is highlighted and reported.
      expect(
        subframeCounts(await waitForStored(tabId, (f) => subframeCounts(f)[0]?.esketamine === 1)),
      ).toEqual([{ esketamine: 1 }]);
      await page.evaluate(() => document.querySelector('iframe')?.remove());
      expect(
        subframeCounts(await waitForStored(tabId, (f) => subframeCounts(f).length === 0)),
      ).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('a frame not rewritten takes its findings away when removed too (the control)', async () => {
    lens.server.page('/plain-frame.html', '<!doctype html><p>A frame on ketamine.</p>');
    const page = await lens.browser.context.newPage();
    try {
      await page.goto(
        lens.server.page(
          '/plain-top.html',
          '<!doctype html><title>Top</title><p>Top page.</p><iframe src="/plain-frame.html"></iframe>',
        ),
      );
      const tabId = await tabIdOf(lens.browser, lens.server.origin);
      await waitForStored(tabId, (f) => subframeCounts(f).length === 1);
      await page.evaluate(() => document.querySelector('iframe')?.remove());
      expect(
        subframeCounts(await waitForStored(tabId, (f) => subframeCounts(f).length === 0)),
      ).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);
});
