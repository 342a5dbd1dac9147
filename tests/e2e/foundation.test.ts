import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { translationStageFile } from '../../common/knowledge/translation-handle';
import { TRANSLATION_LANGUAGES } from '../../content/languages';
import { TRANSLATIONS } from '../../content/translations';
import { CARD_STAGE_FILE } from '../../page/card/port';
import { ENGINE_STAGE_FILE } from '../../page/engine-stage/port';
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

  it('loads only the sentinel in every frame: under 15 KB gzipped, no polyfill, no WXT context', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      content_scripts: { js: string[] }[];
    };
    const files = manifest.content_scripts.flatMap((script) => script.js);
    expect(files).toEqual(['sentinel.js']);
    const source = readFileSync(join(EXTENSION_DIR, 'sentinel.js'));
    // The budget for what every frame loads (docs/benchmarks.md).
    expect(gzipSync(source).length).toBeLessThanOrEqual(15 * 1024);
    const text = source.toString('utf8');
    expect(text).not.toContain('webextension-polyfill');
    expect(text).not.toContain('content-script-started');
    // The engine and the card are stages, imported from the sentinel's world.
    expect(text).toContain(ENGINE_STAGE_FILE);
  });

  it('ships each language’s cards as a stage of its own, under 12 KB gzipped, in no other bundle', () => {
    const built = (file: string) =>
      readFileSync(join(EXTENSION_DIR, file.replace(/^\//, '')), 'utf8');
    // A sentence only that language's disclaimer holds marks its translation.
    const marks = Object.fromEntries(
      TRANSLATION_LANGUAGES.map((language) => [language, TRANSLATIONS[language]?.disclaimer]),
    );
    const everyFrame = built('sentinel.js');
    const engine = built(ENGINE_STAGE_FILE);
    const card = built(CARD_STAGE_FILE);
    for (const language of TRANSLATION_LANGUAGES) {
      const stage = readFileSync(join(EXTENSION_DIR, translationStageFile(language).slice(1)));
      expect(gzipSync(stage).length).toBeLessThanOrEqual(12 * 1024);
      const text = stage.toString('utf8');
      for (const other of TRANSLATION_LANGUAGES) {
        expect(text.includes(JSON.stringify(marks[other]).slice(1, -1))).toBe(other === language);
      }
      for (const bundle of [everyFrame, engine, card]) {
        expect(bundle.includes(JSON.stringify(marks[language]).slice(1, -1))).toBe(false);
      }
    }
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
