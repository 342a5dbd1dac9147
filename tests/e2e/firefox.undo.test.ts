import type { Page } from 'puppeteer-core';
import { describe, it } from 'vitest';
import {
  highlightedTexts,
  termCentre,
  useFirefox,
  waitForCard,
  waitForNoCard,
  waitForTexts,
  waitInPage,
} from './firefox-harness';

// Undo in Firefox: each card action, then the reader's Undo, gives back every highlight.

const firefox = useFirefox();

/** The centre of a button in the card's (check build: open) shadow root, by its words. */
async function buttonCentre(page: Page, words: string): Promise<{ x: number; y: number }> {
  return waitInPage(
    page,
    (wanted: string) => {
      const shadow = document.querySelector('ketamine-lens-card')?.shadowRoot;
      const button = [...(shadow?.querySelectorAll('button') ?? [])].find((b) =>
        b.textContent?.startsWith(wanted),
      );
      if (!button) return null;
      const box = button.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    },
    words,
    { timeout: 10_000 },
  );
}

describe('undo in Firefox', () => {
  for (const action of ['Don’t highlight', 'First mentions only', 'Pause site']) {
    it(`"${action}", then Undo: every highlight is back`, async () => {
      const page = await firefox.open('/reader-control.html');
      const before = await highlightedTexts(page);
      const term = await termCentre(page, { within: '#headline' });
      await page.mouse.move(term.x, term.y);
      await waitForCard(page, 'Ketamine');
      const menu = await buttonCentre(page, '⋯');
      await page.mouse.click(menu.x, menu.y);
      const pressed = await buttonCentre(page, action);
      await page.mouse.click(pressed.x, pressed.y);
      await waitForNoCard(page);
      await waitInPage(
        page,
        (wanted: string[]) =>
          JSON.stringify(wanted) !==
          JSON.stringify(
            ['ketamine-lens-term', 'ketamine-lens-misconception']
              .flatMap((n) => [...(CSS.highlights.get(n) ?? [])])
              .map((s) => {
                // Highlights hold static ranges: a live one reads their text.
                const live = new Range();
                live.setStart(s.startContainer, s.startOffset);
                live.setEnd(s.endContainer, s.endOffset);
                return live.toString();
              })
              .sort(),
          ),
        before,
        { timeout: 10_000 },
      );
      const undo = await buttonCentre(page, 'Undo');
      await page.mouse.click(undo.x, undo.y);
      await waitForTexts(page, before);
      await page.close();
    });
  }
});
