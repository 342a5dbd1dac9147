import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../common/settings/settings';
import {
  highlightedTexts,
  storeSettingsFrom,
  termCentre,
  useFirefox,
  waitForCard,
  waitForNoCard,
  waitForReady,
  waitForTexts,
} from './firefox-harness';
import { MYTH, TERM } from './harness';
import { printedStreams } from './printed-pdf';

// The Firefox build in Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core.

const firefox = useFirefox({ keepWelcome: true });

/** Opens the article and rests the pointer on "esketamine" until its card shows. */
async function openEsketamineCard() {
  const page = await firefox.open('/article.html');
  const point = await termCentre(page, { text: 'esketamine' });
  await page.mouse.move(point.x, point.y);
  await waitForCard(page, 'Esketamine');
  return page;
}

describe('in Firefox', () => {
  it('highlights terms and myths and marks the page ready', async () => {
    const page = await firefox.open('/article.html');
    expect(await highlightedTexts(page, [TERM])).toEqual([
      'Ketamine',
      'esketamine',
      'ketamine-assisted psychotherapy',
    ]);
    expect(await highlightedTexts(page, [MYTH])).toEqual(['horse tranquilizer']);
    expect(await highlightedTexts(page)).toEqual(
      ['Ketamine', 'esketamine', 'horse tranquilizer', 'ketamine-assisted psychotherapy'].sort(),
    );
    await page.close();
  });

  it('opens the hover card where the pointer rests (caret hit-testing)', async () => {
    const page = await openEsketamineCard();
    const cardIds = await page.evaluate(() =>
      [
        ...(document
          .querySelector('ketamine-lens-card')
          ?.shadowRoot?.querySelectorAll('article[data-card-id]') ?? []),
      ].map((card) => card.getAttribute('data-card-id')),
    );
    expect(cardIds.length).toBeGreaterThan(0);
    await page.close();
  });

  it('closes an open card before printing', async () => {
    const page = await openEsketamineCard();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await waitForNoCard(page);
    await page.close();
  });

  it('prints no highlight: the page on paper is the page with highlighting off', async () => {
    const page = await firefox.open('/article.html');
    expect((await highlightedTexts(page)).length).toBeGreaterThan(0);
    const highlighted = printedStreams(await page.pdf({ waitForFonts: false }));
    const welcome = firefox.welcome;
    if (!welcome) throw new Error('The install opened no welcome page');
    try {
      await storeSettingsFrom(welcome, { ...DEFAULT_SETTINGS, enabled: false });
      await waitForTexts(page, []);
      const plain = printedStreams(await page.pdf({ waitForFonts: false }));
      expect(highlighted).toEqual(plain);
      // The control: a background the page paints on its text is on paper. (A Highlight of the
      // page's own with no print rule left Firefox ESR 140's print unchanged too; Chromium
      // prints one, and its test checks our print rule.)
      await page.evaluate(() => {
        const paragraph = document.querySelector('p');
        if (!paragraph) throw new Error('No paragraph');
        paragraph.style.backgroundColor = 'rgb(255, 0, 0)';
      });
      expect(printedStreams(await page.pdf({ waitForFonts: false }))).not.toEqual(plain);
    } finally {
      await storeSettingsFrom(welcome, null);
    }
    await page.close();
  });

  it('opens the welcome page on install, with the shortcuts and a live example', async () => {
    const page = firefox.welcome;
    if (!page) throw new Error('The install opened no welcome page');
    await waitForReady(page);
    await page.waitForSelector('[data-command="next-term"] kbd');
    const keys = await page.evaluate(() =>
      [...document.querySelectorAll('[data-command="next-term"] kbd')].map(
        (kbd) => kbd.textContent,
      ),
    );
    expect(keys).toEqual(['Alt', 'Shift', 'K']);
    expect(await highlightedTexts(page, [TERM], '[data-example]')).toEqual(
      expect.arrayContaining(['Ketamine', 'esketamine']),
    );
  });
});
