import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, highlightedTexts, openPopup, useExtension } from './harness';
import { inWorker } from './popup-helpers';

const lens = useExtension();

describe('the built extension', () => {
  it('declares a content script on every page and frame, and the popup', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    // The name is a message in the browser's language (public/_locales); English here.
    expect(manifest.name).toBe('__MSG_extName__');
    expect(await inWorker(lens.browser, (chrome) => chrome.i18n.getMessage('extName'))).toBe(
      'Ketamine Lens',
    );
    expect(manifest.action.default_popup).toBe('popup.html');
    expect(manifest.content_scripts).toEqual([
      expect.objectContaining({
        matches: ['<all_urls>'],
        all_frames: true,
        match_about_blank: true,
        match_origin_as_fallback: true,
      }),
    ]);
  });

  it('highlights terms and myths with the contract names and records its timings', async () => {
    const page = await lens.open('/article.html');
    expect((await highlightedTexts(page)).sort()).toEqual(
      ['Ketamine', 'esketamine', 'ketamine-assisted psychotherapy'].sort(),
    );
    expect(await highlightedTexts(page, 'ketamine-lens-misconception')).toEqual([
      'horse tranquilizer',
    ]);
    const timings = await page.evaluate(() => ({
      scans: performance.getEntriesByName('ketamine-lens:scan', 'measure').length,
      ready: performance.getEntriesByName('ketamine-lens:ready', 'mark').length,
    }));
    expect(timings.scans).toBeGreaterThanOrEqual(1);
    expect(timings.ready).toBe(1);
    await page.close();
  });

  it('finds cards in the popup with one search field', async () => {
    const popup = await openPopup(lens.browser);
    await expect(popup.locator('input[type=search]').count()).resolves.toBe(1);
    await popup.fill('input[type=search]', 'esketamine');
    const ids = await popup
      .locator('article[data-card-id]')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-card-id')));
    expect(ids.slice(0, 3)).toContain('esketamine-licensed-2019');
    await popup.close();
  });
});
