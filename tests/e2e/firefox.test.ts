import { describe, expect, it } from 'vitest';
import {
  highlightedTexts,
  termCentre,
  useFirefox,
  waitForCard,
  waitForNoCard,
  waitForReady,
} from './firefox-harness';

// The Firefox build in Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core.

const firefox = useFirefox({ keepWelcome: true });

describe('in Firefox', () => {
  it('highlights terms and myths and marks the page ready', async () => {
    const page = await firefox.open('/article.html');
    const texts = await page.evaluate(() =>
      ['ketamine-lens-term', 'ketamine-lens-misconception'].map((name) =>
        [...(CSS.highlights.get(name) ?? [])]
          .map((range) =>
            ((s: AbstractRange) => {
              const l = new Range();
              l.setStart(s.startContainer, s.startOffset);
              l.setEnd(s.endContainer, s.endOffset);
              return l;
            })(range).toString(),
          )
          .sort(),
      ),
    );
    expect(texts).toEqual([
      ['Ketamine', 'esketamine', 'ketamine-assisted psychotherapy'],
      ['horse tranquilizer'],
    ]);
    expect(await highlightedTexts(page)).toEqual(
      ['Ketamine', 'esketamine', 'horse tranquilizer', 'ketamine-assisted psychotherapy'].sort(),
    );
    await page.close();
  });

  it('opens the hover card where the pointer rests (caret hit-testing)', async () => {
    const page = await firefox.open('/article.html');
    const point = await termCentre(page, { text: 'esketamine' });
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, 'Esketamine');
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
    const page = await firefox.open('/article.html');
    const point = await termCentre(page, { text: 'esketamine' });
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, 'Esketamine');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await waitForNoCard(page);
    await page.close();
  });

  it('opens the welcome page on install, with the shortcuts and a live example', async () => {
    const page = firefox.welcome;
    if (!page) throw new Error('The install opened no welcome page');
    await waitForReady(page);
    await page.waitForSelector('[data-command="next-term"] kbd');
    const shown = await page.evaluate(() => ({
      keys: [...document.querySelectorAll('[data-command="next-term"] kbd')].map(
        (kbd) => kbd.textContent,
      ),
      example: [...(CSS.highlights.get('ketamine-lens-term') ?? [])]
        .filter((range) => document.querySelector('[data-example]')?.contains(range.startContainer))
        .map((range) =>
          ((s: AbstractRange) => {
            const l = new Range();
            l.setStart(s.startContainer, s.startOffset);
            l.setEnd(s.endContainer, s.endOffset);
            return l;
          })(range).toString(),
        ),
    }));
    expect(shown.keys).toEqual(['Alt', 'Shift', 'K']);
    expect(shown.example).toEqual(expect.arrayContaining(['Ketamine', 'esketamine']));
  });
});
