import { describe, it } from 'vitest';
import {
  chooseHeadlineAction,
  clickOn,
  highlightedTexts,
  useFirefox,
  waitForNoCard,
  waitForTexts,
  waitInPage,
} from './firefox-harness';

// Undo in Firefox: each card action, then the reader's Undo, gives back every highlight.

const firefox = useFirefox();

describe('undo in Firefox', () => {
  for (const action of ['Don’t highlight', 'First mentions only', 'Pause site']) {
    it(`"${action}", then Undo: every highlight is back`, async () => {
      const page = await firefox.open('/reader-control.html');
      const before = await highlightedTexts(page);
      await chooseHeadlineAction(page, action);
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
      await clickOn(page, { selector: 'button', words: 'Undo', inCard: true });
      await waitForTexts(page, before);
      await page.close();
    });
  }
});
