import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

// For the stores: addons.mozilla.org asks new add-ons to declare what they collect (we
// collect nothing), and the same build is offered to Firefox for Android.

async function firefoxManifest() {
  const manifestFn = config.manifest;
  if (typeof manifestFn !== 'function') throw new Error('manifest is expected to be a function');
  return manifestFn({
    browser: 'firefox',
    manifestVersion: 2,
    mode: 'production',
    command: 'build',
  } as never) as Promise<{ browser_specific_settings?: Record<string, Record<string, unknown>> }>;
}

describe('the Firefox manifest', () => {
  it('declares that no data is collected', async () => {
    const gecko = (await firefoxManifest()).browser_specific_settings?.gecko;
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('is installable on Firefox for Android', async () => {
    const android = (await firefoxManifest()).browser_specific_settings?.gecko_android;
    expect(android).toEqual({ strict_min_version: expect.stringMatching(/^\d+\.\d+$/) });
  });
});
