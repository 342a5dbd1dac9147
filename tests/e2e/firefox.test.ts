import { describe, expect, it } from 'vitest';
import {
  highlightedTexts,
  termCentre,
  useFirefox,
  waitForCard,
  waitForNoCard,
  waitForReady,
} from './firefox-harness';
import { MYTH, TERM } from './harness';

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
    // (Print media itself cannot be emulated over WebDriver BiDi: the print rule is checked
    // in Chromium, hover-card.style.test.ts.)
    const page = await openEsketamineCard();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await waitForNoCard(page);
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
