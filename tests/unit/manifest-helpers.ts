import config from '../../wxt.config';

/**
 * The manifest wxt.config.ts gives a production build for `browser`: the source of truth.
 * Firefox is built as Manifest V2 (`.output/firefox-mv2`), Chromium as V3.
 */
export async function manifestFor(browser: 'chrome' | 'firefox') {
  const manifest = config.manifest;
  if (typeof manifest !== 'function') throw new Error('manifest is expected to be a function');
  const manifestVersion = browser === 'firefox' ? 2 : 3;
  return manifest({ browser, manifestVersion, mode: 'production', command: 'build' } as never);
}
