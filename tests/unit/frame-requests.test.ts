import { describe, expect, it } from 'vitest';
import { parseMessage, parseReply } from '../../common/messaging/messages';
import { frameRequest, termFreeReply } from '../../page/sentinel/frame-request';

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

describe('termFreeReply (the sentinel of a top frame without terms)', () => {
  const origin = 'https://example.org';
  it('gives the origin, and says there is nothing to step to or reveal', () => {
    expect(termFreeReply(frameRequest({ type: 'get-origin' }), origin)).toBe(origin);
    expect(termFreeReply(frameRequest({ type: 'step-term' }), origin)).toBe(false);
    expect(termFreeReply(frameRequest({ type: 'reveal', id: 'ketamine' }), origin)).toBe(false);
  });

  it('leaves get-found and anything malformed unanswered', () => {
    expect(termFreeReply(frameRequest({ type: 'get-found' }), origin)).toBeUndefined();
    for (const raw of [
      null,
      { type: 'reveal' },
      { type: 'open-search', query: 'x' },
      'get-origin',
    ]) {
      expect(termFreeReply(frameRequest(raw), origin)).toBeUndefined();
    }
  });

  it('answers only with what the popup and background accept as the reply', async () => {
    expect(parseReply('get-origin', termFreeReply({ type: 'get-origin' }, origin))).toBe(origin);
    expect(parseReply('step-term', termFreeReply({ type: 'step-term' }, origin))).toBe(false);
    expect(parseReply('reveal', termFreeReply({ type: 'reveal', id: 'x' }, origin))).toBe(false);
  });
});
