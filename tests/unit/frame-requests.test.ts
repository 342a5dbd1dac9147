import { describe, expect, it, vi } from 'vitest';

await vi.hoisted(async () => {
  const testing = await import('wxt/testing/fake-browser');
  (globalThis as { browser?: unknown }).browser = testing.fakeBrowser;
});
const { frameRequest } = await import('../../page/session/frame-request');
const { parseMessage } = await import('../../common/messaging/messages');

describe('frameRequest', () => {
  it('accepts the four requests a frame answers, as the message schema does', () => {
    for (const raw of [
      { type: 'reveal', id: 'ketamine' },
      { type: 'step-term' },
      { type: 'get-origin' },
      { type: 'get-found' },
    ]) {
      expect(frameRequest(raw)).toEqual(parseMessage(raw));
    }
  });

  it('refuses anything else, and messages meant for the background', () => {
    for (const raw of [
      null,
      'reveal',
      [],
      { type: 'reveal' },
      { type: 'reveal', id: 42 },
      { type: 'page-found', counts: {} },
      { type: 'open-search', query: 'x' },
      { type: 'get-tab-found', tabId: 1 },
    ]) {
      expect(frameRequest(raw)).toBeNull();
    }
  });
});
