import { describe, expect, it } from 'vitest';
import { retryDelay, stageUrl } from '../../common/stage-url';

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

// A page can abort an import (`window.stop()`) and then never change again: a retry waits on a
// timer, longer after each failure, never past a second.
describe('the wait before a stage is imported again', () => {
  it('doubles from 100 ms after each failure, up to one second', () => {
    const waits = [1, 2, 3, 4, 5, 6, 20].map(retryDelay);
    expect(waits).toEqual([100, 200, 400, 800, 1000, 1000, 1000]);
  });
});
