import config from '../../wxt.config';

/** The manifest wxt.config.ts gives a production build for `browser`: the source of truth. */
export async function manifestFor(browser: 'chrome' | 'firefox') {
  const manifest = config.manifest;
  if (typeof manifest !== 'function') throw new Error('manifest is expected to be a function');
  return manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' } as never);
}
