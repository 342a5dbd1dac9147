import { describe, expect, it } from 'vitest';
import { manifestFor } from './manifest-helpers';

// For the stores: addons.mozilla.org asks new add-ons to declare what they collect (we
// collect nothing), and the same build is offered to Firefox for Android.

/** Firefox's own settings in the manifest (browser_specific_settings). */
async function geckoSettings(): Promise<Record<string, Record<string, unknown>> | undefined> {
  const manifest = await manifestFor('firefox');
  return (manifest as { browser_specific_settings?: Record<string, Record<string, unknown>> })
    .browser_specific_settings;
}

describe('the Firefox manifest', () => {
  it('declares that no data is collected', async () => {
    const gecko = (await geckoSettings())?.gecko;
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('is installable on Firefox for Android', async () => {
    const android = (await geckoSettings())?.gecko_android;
    expect(android).toEqual({ strict_min_version: expect.stringMatching(/^\d+\.\d+$/) });
  });
});
