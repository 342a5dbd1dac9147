import { describe, expect, it } from 'vitest';
import { TERM, useExtension, waitForReady } from './harness';
import { waitForCard } from './hover-helpers';
import { tabIdOf, waitForBadge } from './popup-helpers';
import { resetSettingsAfterEach, storeSettings } from './settings-helpers';
import {
  activateTab,
  openSidePanelFor,
  pointAtWords,
  waitForCardFor,
  waitForListed,
} from './side-panel-helpers';

// The side panel (Chrome's side panel, Firefox's sidebar): it follows the active tab, lists
// what that tab mentions and shows the card of the term the pointer rests on, in normal and in
// discreet mode. Its page is opened in a tab here, speaking for its window (`?window=`).

const lens = useExtension();

resetSettingsAfterEach(lens);

async function openTab(html: string) {
  const site = await lens.site();
  const page = await lens.context.newPage();
  await page.goto(
    site.page('/page.html', `<!doctype html><html lang="en"><body>${html}</body></html>`),
  );
  await waitForReady(page);
  return { page, tabId: await tabIdOf(lens.browser, site.origin) };
}

describe('the side panel', () => {
  it('lists the active tab’s mentions and follows a tab switch', async () => {
    const first = await openTab('<p>Ketamine is an anaesthetic.</p>');
    const second = await openTab(
      '<p>Esketamine is a nasal spray. It is not a horse tranquilizer.</p>',
    );
    await waitForBadge(lens.browser, second.tabId, '2');
    const panel = await openSidePanelFor(lens.browser, first.tabId);
    try {
      await activateTab(lens.browser, first.tabId);
      await waitForListed(panel, ['ketamine']);
      await activateTab(lens.browser, second.tabId);
      await waitForListed(panel, ['esketamine', 'myth-just-horse-tranquiliser']);
      // A term added to the active tab is listed as it is found.
      await second.page.evaluate(() =>
        document.body.append(
          Object.assign(document.createElement('p'), { textContent: 'Ketamine.' }),
        ),
      );
      await waitForListed(panel, ['esketamine', 'ketamine', 'myth-just-horse-tranquiliser']);
      // Choosing a term in the list shows its card in the panel.
      await panel.click('[data-found-id="esketamine"]');
      expect(await waitForCardFor(panel, 'esketamine')).toBe('Esketamine');
    } finally {
      await panel.close();
      await first.page.close();
      await second.page.close();
    }
  });

  it('shows the card of the term the pointer rests on, beside the page’s own card', async () => {
    const tab = await openTab('<p id="p">Ketamine is an anaesthetic.</p>');
    const panel = await openSidePanelFor(lens.browser, tab.tabId);
    try {
      await tab.page.bringToFront();
      await waitForListed(panel, ['ketamine']);
      await pointAtWords(tab.page, 'Ketamine');
      await waitForCard(tab.page);
      expect(await waitForCardFor(panel, 'ketamine')).toBe('Ketamine');
    } finally {
      await panel.close();
      await tab.page.close();
    }
  });

  it('in discreet mode, shows the hovered term’s card while the page shows nothing', async () => {
    await storeSettings(lens.browser, { discreet: true });
    const tab = await openTab('<p id="p">Ketamine is an anaesthetic. Esketamine is a spray.</p>');
    const panel = await openSidePanelFor(lens.browser, tab.tabId);
    try {
      await tab.page.bringToFront();
      // Found and counted, though nothing is highlighted.
      await waitForBadge(lens.browser, tab.tabId, '2');
      await waitForListed(panel, ['esketamine', 'ketamine']);
      await pointAtWords(tab.page, 'Esketamine');
      expect(await waitForCardFor(panel, 'esketamine')).toBe('Esketamine');
      expect(
        await tab.page.evaluate(
          (name) => ({
            highlight: CSS.highlights.has(name),
            sheets: document.adoptedStyleSheets.length,
            cards: document.querySelectorAll('ketamine-lens-card').length,
          }),
          TERM,
        ),
      ).toEqual({ highlight: false, sheets: 0, cards: 0 });
      // Switching discreet mode off highlights the page again.
      await storeSettings(lens.browser, { discreet: false });
      await tab.page.waitForFunction((name) => CSS.highlights.has(name), TERM);
    } finally {
      await panel.close();
      await tab.page.close();
    }
  });
});
