import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TabFound } from '../../common/messaging/messages';
import { useExtension } from './harness';
import { openPopupFor, tabIdOf, waitForTabFound } from './popup-helpers';

// `document.open()` erases the listeners of the document and of its window. A frame that an
// ad script rewrote that way must still say, when it goes (a trusted pagehide), that it shows
// nothing any more: else the tab's findings keep its terms for good.

const lens = useExtension();

/** Counts of each subframe that found something, as the background holds them. */
const subframeCounts = (found: TabFound) =>
  found.frames.filter((frame) => frame.frameId !== 0).map((frame) => frame.counts);

/** A top page with one frame that mentions ketamine, once the background holds the frame's find. */
async function openTopWithFrame(name: string): Promise<{ page: Page; popup: Page; tabId: number }> {
  lens.server.page(`/${name}-frame.html`, '<!doctype html><p>A frame on ketamine.</p>');
  const page = await lens.browser.context.newPage();
  await page.goto(
    lens.server.page(
      `/${name}-top.html`,
      `<!doctype html><title>Top</title><p>Top page.</p><iframe src="/${name}-frame.html"></iframe>`,
    ),
  );
  const tabId = await tabIdOf(lens.browser, lens.server.origin);
  const popup = await openPopupFor(lens.browser, tabId);
  const found = await waitForTabFound(popup, tabId, (f) => subframeCounts(f).length === 1);
  expect(subframeCounts(found)).toEqual([{ ketamine: 1 }]);
  return { page, popup, tabId };
}

/** Removes the frame and expects the background to hold no subframe's findings afterwards. */
async function expectGoneWithFrame(opened: { page: Page; popup: Page; tabId: number }) {
  await opened.page.evaluate(() => document.querySelector('iframe')?.remove());
  const { popup, tabId } = opened;
  const removed = await waitForTabFound(popup, tabId, (f) => subframeCounts(f).length === 0);
  expect(subframeCounts(removed)).toEqual([]);
}

describe('a frame rewritten with document.open()', () => {
  it('still takes its findings away when it is removed (a trusted pagehide)', async () => {
    const opened = await openTopWithFrame('open');
    const { page, popup, tabId } = opened;
    try {
      // The ad way: the parent opens the frame's document and writes a new one into it.
      await page.evaluate(() => {
        const doc = (document.querySelector('iframe') as HTMLIFrameElement)
          .contentDocument as Document;
        doc.open();
        doc.write('<!doctype html><p>Now a frame on esketamine.</p>');
        doc.close();
      });
      // The script in the frame lives on: the new text is highlighted and reported.
      const rewritten = await waitForTabFound(
        popup,
        tabId,
        (f) => subframeCounts(f)[0]?.esketamine === 1,
      );
      expect(subframeCounts(rewritten)).toEqual([{ esketamine: 1 }]);
      await expectGoneWithFrame(opened);
    } finally {
      await popup.close();
      await page.close();
    }
  }, 60_000);

  it('a frame not rewritten takes its findings away when removed too (the control)', async () => {
    const opened = await openTopWithFrame('plain');
    try {
      await expectGoneWithFrame(opened);
    } finally {
      await opened.popup.close();
      await opened.page.close();
    }
  }, 60_000);
});
