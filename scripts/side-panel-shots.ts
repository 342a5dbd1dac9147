/**
 * Takes the side panel's and the discreet popup's screenshots in docs/ in real Chromium with
 * the check build: the side panel beside the demo article with the card of the term the
 * pointer rests on (English light, German dark), and the popup in discreet mode with a
 * chosen term's card. Run with `npx vite-node scripts/side-panel-shots.ts` after
 * `npm run build:checks`, under the browser lock.
 */
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '../common/settings/settings';
import { launchWithExtension, openDemoArticle, ROOT, startDemoServer } from '../tests/e2e/harness';
import { openPopupFor, tabIdOf } from '../tests/e2e/popup-helpers';
import { storeSettings } from '../tests/e2e/settings-helpers';
import { openSidePanelFor, pointAtWords, waitForCardFor } from '../tests/e2e/side-panel-helpers';

const OUT = join(ROOT, 'docs');
const server = await startDemoServer();

async function shots(uiLanguage: string | undefined, scheme: 'light' | 'dark', suffix: string) {
  const browser = await launchWithExtension({ uiLanguage });
  try {
    const page = await openDemoArticle(browser.context, server);
    const tabId = await tabIdOf(browser, server.origin);
    const panel = await openSidePanelFor(browser, tabId);
    await panel.setViewportSize({ width: 360, height: 760 });
    await panel.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.bringToFront();
    await panel.waitForSelector('[data-found-id]');
    await pointAtWords(page, 'esketamine');
    await waitForCardFor(panel, 'esketamine');
    await panel.screenshot({ path: join(OUT, `side-panel-${suffix}.png`) });
    if (scheme === 'light' && !uiLanguage) {
      await storeSettings(browser, { ...DEFAULT_SETTINGS, discreet: true });
      const popup = await openPopupFor(browser, tabId);
      await popup.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await popup.setViewportSize({ width: 380, height: 640 });
      await popup.click('[data-found-id="esketamine"]');
      await waitForCardFor(popup, 'esketamine');
      await popup.screenshot({ path: join(OUT, 'popup-discreet-light.png') });
    }
  } finally {
    await browser.close();
  }
}

await shots(undefined, 'light', 'light');
await shots('de', 'dark', 'de-dark');
await server.stop();
