import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createFoundReporter } from '../../page/engine-stage/report-found';

// The reporter sends through `browser.runtime`; WXT's fake browser records what it is given.

describe('createFoundReporter', () => {
  let sent: unknown[];
  beforeEach(() => {
    fakeBrowser.reset();
    sent = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      return true;
    });
  });

  it('sends nothing for a frame that finds nothing, however often it scans', () => {
    const reporter = createFoundReporter(() => true);
    reporter.report({});
    reporter.report({});
    expect(sent).toEqual([]);
    expect(reporter.current().counts).toEqual({});
    expect(reporter.current().seq).toBe(0);
  });

  it('sends when something is found, and again when it is gone', () => {
    const reporter = createFoundReporter(() => true);
    reporter.report({ ketamine: 2 });
    reporter.report({ ketamine: 2 });
    reporter.report({});
    expect(sent).toMatchObject([
      { type: 'page-found', counts: { ketamine: 2 }, seq: 1 },
      { type: 'page-found', counts: {}, seq: 2 },
    ]);
  });
});
