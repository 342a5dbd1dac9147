/**
 * The options page: the popup's settings panel, live in open tabs; the version, the
 * shortcuts and What's new; axe in light and dark. Then a real update of an unpacked build
 * (an older version in its manifest, reloaded as the newer one): the popup's one line to
 * What's new, which stays dismissed.
 */

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, SETTLE_MS, useExtension } from './harness';
import {
  inWorker,
  openPopupFor,
  reloadExtension,
  runAxe,
  waitForRangeCount,
} from './popup-helpers';
import { resetSettingsAfterEach } from './settings-helpers';

const BUILT_VERSION = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'))
  .version as string;

// A copy of the build whose manifest says it is an older version: reloading it with the
// built manifest is an update as the browser sees one (runtime.onInstalled, reason "update").
const updatable = mkdtempSync(join(tmpdir(), 'ketamine-lens-update-'));
cpSync(EXTENSION_DIR, updatable, { recursive: true });
const builtManifest = readFileSync(join(updatable, 'manifest.json'), 'utf8');
writeFileSync(
  join(updatable, 'manifest.json'),
  JSON.stringify({ ...JSON.parse(builtManifest), version: '0.0.1' }),
);
afterAll(() => rmSync(updatable, { recursive: true, force: true }));

const lens = useExtension({ extensionDir: updatable, developerMode: true });

async function openOptions(): Promise<Page> {
  const page = await lens.context.newPage();
  await page.goto(`chrome-extension://${lens.browser.extensionId}/options.html`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

describe('the options page', () => {
  resetSettingsAfterEach(lens);

  it('is the manifest’s options_ui, opened in a tab', async () => {
    const manifest = await inWorker(lens.browser, (chrome) => chrome.runtime.getManifest());
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
  });

  it('turning highlighting off there removes the highlights in an open tab, and back on', async () => {
    const page = await lens.open('/reader-control.html');
    await waitForRangeCount(page, 8);
    const options = await openOptions();
    const onPages = options.getByRole('checkbox', { name: 'Highlight on pages', exact: true });
    expect(await onPages.isChecked()).toBe(true);
    await onPages.uncheck();
    await waitForRangeCount(page, 0);
    await waitForRangeCount(page, 0, 'ketamine-lens-misconception');
    await onPages.check();
    await waitForRangeCount(page, 8);
    // A term switched off there is gone from the page too, and offers Undo.
    await options.getByText('Terms…').click();
    await options.getByRole('checkbox', { name: 'Esketamine', exact: true }).uncheck();
    await waitForRangeCount(page, 5);
    await options.getByRole('button', { name: 'Undo', exact: true }).click();
    await waitForRangeCount(page, 8);
    await page.close();
    await options.close();
  });

  it('follows changes made elsewhere (the popup), without a reload', async () => {
    const options = await openOptions();
    const popup = await openPopupFor(lens.browser);
    await popup.click('.kl-settings > summary');
    await popup.getByRole('checkbox', { name: /First mention of each term only/ }).check();
    await expect
      .poll(() =>
        options.getByRole('checkbox', { name: /First mention of each term only/ }).isChecked(),
      )
      .toBe(true);
    await popup.close();
    await options.close();
  });

  it('shows the version, the shortcuts and What’s new', async () => {
    const options = await openOptions();
    expect(await options.title()).toBe('Ketamine Lens options');
    expect(await options.getByText('Version 0.0.1', { exact: true }).count()).toBe(1);
    const steps = options.locator('[data-command="next-term"]');
    expect(await steps.locator('kbd').allTextContents()).toEqual(['Alt', 'Shift', 'K']);
    const whatsNew = options.locator('#whats-new');
    expect(await whatsNew.getByRole('heading', { level: 2 }).textContent()).toBe('What’s new');
    expect(
      await whatsNew
        .getByRole('heading', { level: 3, name: new RegExp(`^Version ${BUILT_VERSION},`) })
        .count(),
    ).toBe(1);
    expect(await whatsNew.locator('li').count()).toBeGreaterThan(0);
    await options.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations, ${scheme} (screenshot in /tmp/options-${scheme}.png)`, async () => {
      const options = await openOptions();
      await options.emulateMedia({ colorScheme: scheme });
      await options.getByText('Terms…').click();
      expect(await runAxe(options)).toEqual([]);
      await options.screenshot({ path: `/tmp/options-${scheme}.png`, fullPage: true });
      await options.close();
    });
  }
});

describe('after an update', () => {
  it('the popup shows one line to What’s new until dismissed; no tab is opened', async () => {
    // Before: no line.
    const before = await openPopupFor(lens.browser);
    expect(await before.locator('.kl-whats-new').count()).toBe(0);
    await before.close();

    writeFileSync(join(updatable, 'manifest.json'), builtManifest);
    const worker = await reloadExtension(lens);
    await expect
      .poll(
        () =>
          worker.evaluate(() =>
            (
              globalThis as unknown as {
                chrome: { storage: { local: { get(key: string): Promise<unknown> } } };
              }
            ).chrome.storage.local.get('whatsNew'),
          ),
        {
          timeout: SETTLE_MS,
        },
      )
      .toEqual({ whatsNew: BUILT_VERSION });
    // The update opened no page of ours (the reload closes the extension's own pages).
    expect(lens.context.pages().filter((p) => p.url().startsWith('chrome-extension:'))).toEqual([]);

    const popup = await openPopupFor(lens.browser);
    const line = popup.getByRole('region', { name: 'Update' });
    const link = line.getByRole('link', { name: `Updated to ${BUILT_VERSION}: see what’s new` });
    expect(await link.getAttribute('href')).toBe(
      `chrome-extension://${lens.browser.extensionId}/options.html#whats-new`,
    );
    await line.getByRole('button', { name: 'Dismiss' }).click();
    expect(await line.count()).toBe(0);
    await popup.close();

    const again = await openPopupFor(lens.browser);
    await again.getByRole('region', { name: 'Settings' }).waitFor();
    expect(await again.locator('.kl-whats-new').count()).toBe(0);
    await again.close();
  });
});
