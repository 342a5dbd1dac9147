import { beforeEach, describe, expect, it, vi } from 'vitest';

// The reporter sends through `browser.runtime`; the fake from `wxt/testing` records what it is
// given before any module under test loads.
const { fakeBrowser } = await vi.hoisted(async () => {
  const testing = await import('wxt/testing/fake-browser');
  (globalThis as { browser?: unknown }).browser = testing.fakeBrowser;
  return testing;
});
const { createFoundReporter } = await import('../../page/engine-stage/report-found');

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
