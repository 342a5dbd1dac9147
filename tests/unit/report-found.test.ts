import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createFoundReporter } from '../../page/engine-stage/report-found';

// A frame's report to the background must be taken, or sent again. When the service worker
// stops while it handles a report, Chrome closes the reply port, and webextension-polyfill
// turns "The message port closed before a response was received." into a reply of
// `undefined`, not an error: only the background's `true` says the report was stored.

let sendMessage: ReturnType<typeof vi.fn>;

beforeEach(() => {
  vi.useFakeTimers();
  fakeBrowser.reset();
  sendMessage = vi.fn();
  Object.assign(fakeBrowser.runtime, { sendMessage });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A reporter whose frame stays valid, after it reported each of `reports`, in order. */
function reportFromValidFrame(...reports: Record<string, number>[]): void {
  const reporter = createFoundReporter(() => true);
  for (const counts of reports) reporter.report(counts);
}

describe('a frame reporting what it highlights', () => {
  it('sends the report again when the worker stopped before replying (reply undefined)', async () => {
    sendMessage.mockResolvedValueOnce(undefined).mockResolvedValue(true);
    reportFromValidFrame({ ketamine: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(sendMessage).toHaveBeenCalledTimes(2);
    // The same stamped report both times, so the background counts it once.
    expect(sendMessage.mock.calls[1]?.[0]).toEqual(sendMessage.mock.calls[0]?.[0]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('sends the report again when sending failed (worker starting, no listener yet)', async () => {
    sendMessage.mockRejectedValueOnce(new Error('Could not establish connection.'));
    sendMessage.mockResolvedValue(true);
    reportFromValidFrame({ ketamine: 2 });
    await vi.advanceTimersByTimeAsync(100);
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('sends once when the background took it', async () => {
    sendMessage.mockResolvedValue(true);
    reportFromValidFrame({ ketamine: 3 });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('gives a superseded report up: only the latest is sent again', async () => {
    sendMessage.mockResolvedValueOnce(undefined).mockResolvedValue(true);
    reportFromValidFrame({ ketamine: 1 }, { ketamine: 2 });
    await vi.advanceTimersByTimeAsync(10_000);
    const sent = sendMessage.mock.calls.map((call) => (call[0] as { seq: number }).seq);
    expect(sent).toEqual([1, 2]);
  });
});

describe('a frame that highlights more than the background takes', () => {
  it('reports MAX_COUNT for an id seen more often, which the protocol accepts', async () => {
    const { MAX_COUNT } = await import('../../common/messaging/found-limits');
    const { parseMessage } = await import('../../common/messaging/messages');
    sendMessage.mockResolvedValue(true);
    reportFromValidFrame({ ketamine: MAX_COUNT + 5, esketamine: 2 });
    await vi.advanceTimersByTimeAsync(0);
    const sent = sendMessage.mock.calls[0]?.[0];
    expect(sent).toMatchObject({ counts: { ketamine: MAX_COUNT, esketamine: 2 } });
    expect(parseMessage(sent)).not.toBeNull();
  });
});
