import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  FixtureServer,
  highlightedTexts,
  launchWithExtension,
  openScanned,
} from './harness';

let browser: ExtensionBrowser;
let server: FixtureServer;
beforeAll(async () => {
  server = await new FixtureServer().start();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it('highlights terms', async () => {
  const page = await openScanned(browser.context, server.url('/article.html'));
  console.log(
    await highlightedTexts(page),
    await highlightedTexts(page, 'ketamine-lens-misconception'),
  );
  console.log(
    await page.evaluate(() =>
      performance
        .getEntriesByName('ketamine-lens:scan')
        .map((e) => [e.duration, (e as PerformanceMeasure).detail]),
    ),
  );
  expect(1).toBe(1);
});
