/**
 * The undo notice and the options page in German (the browser's language): their strings,
 * and screenshots in /tmp/undo-de-*.png and /tmp/options-de-*.png, light and dark.
 */

import { describe, expect, it } from 'vitest';
import { messagesOf } from '../locale-messages';
import { useExtension } from './harness';
import { cardAction, hoverTerm, waitForNoCard } from './hover-helpers';
import { openPopupToShoot, rangeCount, runAxe, tabIdOf } from './popup-helpers';

const lens = useExtension({ uiLanguage: 'de' });
const de = messagesOf('de');

describe('in German', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`the notice in the card’s place and in the popup, ${scheme}`, async () => {
      const page = await lens.open('/reader-control.html', { front: true });
      await page.emulateMedia({ colorScheme: scheme });
      await hoverTerm(page, { within: '#headline' });
      const firstOnly = new RegExp(`^${de('actionFirstOnly')}`);
      await (await cardAction(page, firstOnly, de('hoverActionsMenu'))).click();
      await waitForNoCard(page);
      const undo = page.getByRole('button', { name: de('undoButton'), exact: true });
      await undo.hover();
      expect(await page.getByRole('status').textContent()).toBe(de('undoNoticeFirstOnly'));
      await page.screenshot({ path: `/tmp/undo-de-card-${scheme}.png` });
      await undo.click();

      const tabId = await tabIdOf(lens.browser, lens.server.origin);
      const popup = await openPopupToShoot(lens.browser, tabId, scheme);
      await popup.click('.kl-settings > summary');
      const host = new URL(lens.server.origin).host;
      await popup.getByRole('checkbox', { name: de('settingsPauseOn', host) }).check();
      await expect
        .poll(() => popup.getByRole('status').textContent())
        .toBe(de('undoNoticePaused', host));
      expect(await runAxe(popup)).toEqual([]);
      await popup.screenshot({ path: `/tmp/undo-de-popup-${scheme}.png` });
      await popup.getByRole('button', { name: de('undoButton'), exact: true }).click();
      // Resumed: the page shows its highlights again (before the popup goes).
      await expect.poll(() => rangeCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
      await popup.close();
      await page.close();
    });

    it(`the options page, ${scheme}`, async () => {
      const options = await lens.context.newPage();
      await options.emulateMedia({ colorScheme: scheme });
      await options.goto(`chrome-extension://${lens.browser.extensionId}/options.html`);
      await options.getByRole('heading', { level: 1, name: de('optionsTitle') }).waitFor();
      expect(await options.locator('html').getAttribute('lang')).toBe('de');
      await options
        .getByRole('heading', { level: 2, name: de('optionsWhatsNewHeading') })
        .waitFor();
      expect(await runAxe(options)).toEqual([]);
      await options.screenshot({ path: `/tmp/options-de-${scheme}.png`, fullPage: true });
      await options.close();
    });
  }
});
