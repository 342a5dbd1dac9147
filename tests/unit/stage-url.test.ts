import { describe, expect, it } from 'vitest';
import { stageUrl } from '../../page/sentinel/stage-url';

// A failed module import is remembered under its address: each retry must ask under a new one.
describe('the address a stage is imported from', () => {
  it('is the file’s own at first, and a new one after each failure', () => {
    const url = 'chrome-extension://abc/engine-stage.js';
    expect(stageUrl(url, 0)).toBe(url);
    const retries = [1, 2, 3].map((failures) => stageUrl(url, failures));
    expect(new Set([url, ...retries]).size).toBe(4);
    for (const retry of retries) expect(new URL(retry).pathname).toBe('/engine-stage.js');
  });
});
