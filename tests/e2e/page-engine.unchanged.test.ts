import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { rangeInfos, waitForTexts } from './engine-helpers';
import { useExtension, usePlainBrowser } from './harness';

// Highlighting never changes the page: the same DOM, the same text, the same selection as in a
// browser without the extension.

const lens = useExtension();
const plain = usePlainBrowser();

async function openPlain(url: string): Promise<Page> {
  const page = await plain.context.newPage();
  await page.goto(url);
  return page;
}

const snapshot = (page: Page) =>
  page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered is compared
    text: document.body.innerText,
    title: document.title,
    // Open shadow trees are not in outerHTML.
    shadows: [...document.querySelectorAll('*')]
      .filter((element) => element.shadowRoot)
      .map((element) => `${element.localName}: ${element.shadowRoot?.innerHTML}`),
  }));

describe('the page is unchanged', () => {
  for (const fixture of [
    '/article.html',
    '/engine-split.html',
    '/engine-words.html',
    '/engine-exclusions.html',
    '/engine-shadow.html',
  ]) {
    it(`has the same DOM and text with and without the extension: ${fixture}`, async () => {
      const withLens = await lens.open(lens.server.url(fixture));
      expect((await rangeInfos(withLens)).length).toBeGreaterThan(0);
      const without = await openPlain(lens.server.url(fixture));
      expect(await snapshot(withLens)).toEqual(await snapshot(without));
      await withLens.close();
      await without.close();
    });
  }

  it('stays unchanged while the page changes and is rescanned', async () => {
    const url = lens.server.page(
      '/engine-unchanged-dynamic.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>dynamic</title></head>
      <body><main id="m"><p>Start: ketamine.</p></main></body></html>`,
    );
    const change = (page: Page) =>
      page.evaluate(() => {
        const m = document.getElementById('m') as HTMLElement;
        m.insertAdjacentHTML(
          'beforeend',
          '<p>Added <b>eske</b>tamine and a horse tranquilizer.</p>',
        );
        (m.firstElementChild as HTMLElement).textContent = 'Start: Spravato.';
      });
    const withLens = await lens.open(url);
    await change(withLens);
    await waitForTexts(withLens, ['Spravato', 'esketamine', 'horse tranquilizer']);
    const without = await openPlain(url);
    await change(without);
    expect(await snapshot(withLens)).toEqual(await snapshot(without));
    await withLens.close();
    await without.close();
  });

  it('selects and copies highlighted text as plain text', async () => {
    const select = (page: Page) =>
      page.evaluate(() => {
        const paragraph = document.querySelector('[data-case="b"] p') as HTMLElement;
        const range = document.createRange();
        range.selectNodeContents(paragraph);
        const selection = getSelection() as Selection;
        selection.removeAllRanges();
        selection.addRange(range);
        // What a copy would put on the clipboard as text.
        let copied = '';
        document.addEventListener(
          'copy',
          (event) => {
            copied = (getSelection() as Selection).toString();
            event.clipboardData?.setData('text/plain', copied);
            event.preventDefault();
          },
          { once: true },
        );
        document.execCommand('copy');
        return { selected: selection.toString(), copied, text: paragraph.textContent };
      });
    const withLens = await lens.open(`${lens.server.url('/engine-split.html')}`);
    const without = await openPlain(lens.server.url('/engine-split.html'));
    const lensResult = await select(withLens);
    expect(lensResult.selected).toBe('Doctors say Ketamine helps.');
    expect(lensResult.copied).toBe('Doctors say Ketamine helps.');
    expect(lensResult).toEqual(await select(without));
    await withLens.close();
    await without.close();
  });
});
