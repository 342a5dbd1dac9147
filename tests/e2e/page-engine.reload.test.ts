import { describe, expect, it } from 'vitest';
import {
  addParagraph,
  changeAndWaitForScan,
  ENGINE_STAGE_TYPE,
  expectNoBadRanges,
  rangeInfos,
  texts,
  waitForTexts,
  watchErrors,
} from './engine-helpers';
import { useExtension, waitForReady } from './harness';
import { cardLog, recordCards, restPointerAt } from './hover-helpers';
import { reloadExtension } from './popup-helpers';

// Reloading (or updating) the extension orphans the content scripts of open pages: Chrome
// does not inject the new version into them. The old script must go quietly: no errors in
// the page, and the page keeps working.

// Chromium disables a command-line extension on reload ("unsupported developer extension")
// unless developer mode is on, as it is for anyone reloading an unpacked extension.
const lens = useExtension({ developerMode: true });

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Engine: reload</title>
</head><body>
<main id="main"><p id="term">Doctors discuss <b>ketamine</b> infusion and esketamine.</p></main>
<button id="count" type="button">0</button>
<script>
  document.getElementById('count').addEventListener('click', (event) => {
    event.target.textContent = String(Number(event.target.textContent) + 1);
  });
</script>
</body></html>`;

describe('extension reload while a page is open', () => {
  it('the error watcher sees errors of the content-script world', async () => {
    // Without this, "no errors" below could just mean the errors were invisible.
    const page = await lens.context.newPage();
    const log = await watchErrors(page);
    await page.goto(lens.server.page('/engine-reload-probe.html', PAGE));
    await waitForReady(page);
    await log.evaluateInExtensionWorld(
      'setTimeout(() => { throw new Error("probe from the content script") }, 0)',
    );
    await expect
      .poll(() => log.errors.some((e) => e.includes('probe from the content script')))
      .toBe(true);
    await log.stop();
    await page.close();
  });

  it('leaves no errors and a working page behind', async () => {
    const page = await lens.context.newPage();
    const log = await watchErrors(page);
    await page.goto(lens.server.page('/engine-reload.html', PAGE));
    await waitForReady(page);
    await waitForTexts(page, ['ketamine infusion', 'esketamine']);

    const worker = await reloadExtension(lens);
    expect(new URL(worker.url()).host).toBe(lens.browser.extensionId);

    // Everything the orphaned content script listens to: pointer, keys, mutations, scrolling,
    // focus, visibility, selection.
    const term = await page.locator('#term b').boundingBox();
    if (!term) throw new Error('term not laid out');
    await recordCards(page);
    await page.mouse.move(term.x + 2, term.y + 2);
    // Resting past the open delay, on the page's clock: a live script would open a card now.
    await restPointerAt(page, term.x + term.width / 2, term.y + term.height / 2);
    await page.mouse.click(term.x + term.width / 2, term.y + term.height / 2);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+Shift+K');
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'A new paragraph on Spravato.';
      document.getElementById('main')?.append(p);
      document.getElementById('term')?.append(' More on off-label use.');
      window.scrollBy(0, 100);
      document.dispatchEvent(new Event('visibilitychange'));
      getSelection()?.selectAllChildren(document.body);
    });
    await page.click('#count');
    await page.click('#count');
    // Whatever the orphaned script has registered is sound...
    await expectNoBadRanges(page);
    // ...and once it noticed it was orphaned (its report after the mutations' rescan) it
    // released everything: the positive signal that its timers have run.
    await waitForTexts(page, []);

    // The page still works, and its DOM holds only its own content.
    expect(await page.textContent('#count')).toBe('2');
    expect(await page.locator('ketamine-lens-card').count()).toBe(0);
    expect((await cardLog(page)).opened).toEqual([]);
    expect(log.errors).toEqual([]);

    // The reloaded extension highlights the page again once it is reloaded.
    await page.reload();
    await waitForReady(page);
    await waitForTexts(page, ['ketamine infusion', 'esketamine']);
    expect(log.errors).toEqual([]);
    await log.stop();
    await page.close();

    // And any new page.
    const fresh = await lens.open(lens.server.page('/engine-reload-2.html', PAGE));
    expect(texts(await rangeInfos(fresh))).toEqual(['esketamine', 'ketamine infusion']);
    await fresh.close();
  });

  it('an orphaned sentinel on a term-free page loads nothing when a term arrives', async () => {
    const page = await lens.context.newPage();
    const log = await watchErrors(page);
    await page.goto(lens.server.url('/term-free.html'));
    await waitForReady(page);
    // From the worker of now: an earlier test here may have reloaded the extension already.
    await reloadExtension(lens, lens.context.serviceWorkers().at(-1));
    // The sentinel's look at the change, which saw the anchor: the engine would load now.
    await changeAndWaitForScan(page, () => addParagraph(page, 'A new paragraph on ketamine.'));
    expect(await log.evaluateInExtensionWorld(ENGINE_STAGE_TYPE)).toBe('undefined');
    expect(texts(await rangeInfos(page))).toEqual([]);
    expect(log.errors).toEqual([]);
    await log.stop();
    await page.close();
  });
});
