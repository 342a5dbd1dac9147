import { describe, expect, it } from 'vitest';
import { MAX_COUNT, MAX_FRAMES_PER_TAB } from '../../common/messaging/found-limits';
import {
  FOUND_IDS,
  isFromBackground,
  isOwnSender,
  parseMessage,
  parseReply,
  senderRole,
} from '../../common/messaging/messages';

describe('parseMessage', () => {
  it.each([
    { type: 'page-found', counts: {} },
    { type: 'page-found', counts: { ketamine: 3, 'myth-just-horse-tranquiliser': 1 } },
    { type: 'get-tab-found', tabId: 12 },
    { type: 'reveal', id: 'esketamine' },
    { type: 'get-origin' },
    { type: 'step-term' },
    { type: 'open-search', query: 'horse tranquilizer' },
    { type: 'open-search', query: 'x'.repeat(500) },
  ])('accepts %j', (raw) => {
    expect(parseMessage(raw)).toEqual(raw);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'step-term'],
    ['an array', [{ type: 'step-term' }]],
    ['no type', { counts: {} }],
    ['an unknown type', { type: 'delete-everything' }],
    ['a type of the wrong case', { type: 'Step-Term' }],
    ['counts missing', { type: 'page-found' }],
    ['counts as an array', { type: 'page-found', counts: [1, 2] }],
    ['a negative count', { type: 'page-found', counts: { ketamine: -1 } }],
    ['a fractional count', { type: 'page-found', counts: { ketamine: 1.5 } }],
    ['a count as text', { type: 'page-found', counts: { ketamine: '3' } }],
    ['an infinite count', { type: 'page-found', counts: { ketamine: Number.POSITIVE_INFINITY } }],
    ['a tab id as text', { type: 'get-tab-found', tabId: '12' }],
    ['an id the pack does not have', { type: 'page-found', counts: { ketamine: 1, 'x-1': 1 } }],
    ['a count over MAX_COUNT', { type: 'page-found', counts: { ketamine: MAX_COUNT + 1 } }],
    ['a missing reveal id', { type: 'reveal' }],
    ['a reveal id that is not text', { type: 'reveal', id: 7 }],
    ['a query over 500 characters', { type: 'open-search', query: 'x'.repeat(501) }],
    ['a query that is not text', { type: 'open-search', query: { toString: (): string => 'x' } }],
  ])('rejects %s', (_name, raw) => {
    expect(parseMessage(raw)).toBeNull();
  });

  it('drops fields a message does not declare', () => {
    expect(parseMessage({ type: 'reveal', id: 'ketamine', html: '<img>' })).toEqual({
      type: 'reveal',
      id: 'ketamine',
    });
  });
});

describe('isOwnSender', () => {
  const own = 'abcdefghijklmnopabcdefghijklmnop';

  it('accepts our own pages and content scripts', () => {
    expect(isOwnSender({ id: own }, own)).toBe(true);
    expect(isOwnSender({ id: own, url: 'https://example.org/' } as { id: string }, own)).toBe(true);
  });

  it('ignores other extensions and senders without an id', () => {
    expect(isOwnSender({ id: 'ponmlkjihgfedcbaponmlkjihgfedcba' }, own)).toBe(false);
    expect(isOwnSender({}, own)).toBe(false);
    expect(isOwnSender({ id: undefined }, own)).toBe(false);
    expect(isOwnSender({ id: own.toUpperCase() }, own)).toBe(false);
  });
});

describe('parseReply', () => {
  const found = { total: { ketamine: 2 }, frames: [{ frameId: 0, counts: { ketamine: 2 } }] };

  it('accepts each reply as declared', () => {
    expect(parseReply('get-tab-found', found)).toEqual(found);
    expect(parseReply('get-found', { counts: {}, document: 'd1', seq: 3 })).toEqual({
      counts: {},
      document: 'd1',
      seq: 3,
    });
    expect(parseReply('get-origin', 'https://example.org')).toBe('https://example.org');
    expect(parseReply('reveal', false)).toBe(false);
  });

  it.each([
    ['get-tab-found', undefined],
    ['get-tab-found', { total: { ketamine: -1 }, frames: [] }],
    ['get-tab-found', { total: {}, frames: [{ frameId: 'top', counts: {} }] }],
    ['get-tab-found', { total: [], frames: [] }],
    ['get-found', { counts: {} }],
    ['get-origin', 42],
    ['reveal', 'yes'],
  ] as const)('rejects a %s reply %j', (type, raw) => {
    expect(parseReply(type, raw)).toBeNull();
  });

  it('accepts the background telling pages of new findings', () => {
    const message = { type: 'tab-found', tabId: 4, found };
    expect(parseMessage(message)).toEqual(message);
    expect(parseMessage({ ...message, found: { total: {} } })).toBeNull();
  });
});

describe('the caps on findings', () => {
  it('knows every term and myth id of the pack, and only those', async () => {
    const { pack } = await import('../../content/pack');
    const ids = [...pack.terms.map((t) => t.id), ...pack.misconceptions.map((m) => m.id)];
    expect([...FOUND_IDS].sort()).toEqual(ids.sort());
  });

  it('accepts a report of every known id at MAX_COUNT', () => {
    const counts = Object.fromEntries([...FOUND_IDS].map((id) => [id, MAX_COUNT]));
    expect(parseMessage({ type: 'page-found', counts })).toEqual({ type: 'page-found', counts });
  });

  it('refuses a report with more keys than there are ids, quickly', () => {
    // A forged report of 163,825 keys filled storage.session to its quota.
    const counts: Record<string, number> = {};
    for (let i = 0; i < 163_825; i++) counts[`k${i}`] = 1;
    const started = performance.now();
    expect(parseMessage({ type: 'page-found', counts })).toBeNull();
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('bounds the frames of a tab’s findings and accepts totals over all of them', () => {
    const frame = (frameId: number) => ({ frameId, counts: { ketamine: MAX_COUNT } });
    const full = {
      total: { ketamine: MAX_COUNT * MAX_FRAMES_PER_TAB },
      frames: Array.from({ length: MAX_FRAMES_PER_TAB }, (_, i) => frame(i)),
    };
    expect(parseReply('get-tab-found', full)).toEqual(full);
    const over = { ...full, frames: [...full.frames, frame(MAX_FRAMES_PER_TAB)] };
    expect(parseReply('get-tab-found', over)).toBeNull();
  });
});

describe('senderRole', () => {
  const own = { id: 'abcdefghijklmnopabcdefghijklmnop', base: 'chrome-extension://abcd/' };

  it('tells our pages and background from our content scripts by the address the browser gives', () => {
    const worker = { id: own.id, url: `${own.base}background.js` };
    const popupTab = { id: own.id, url: `${own.base}popup.html?tab=3`, tab: { id: 8 } };
    const script = { id: own.id, url: 'https://example.org/', tab: { id: 3 }, frameId: 0 };
    const srcdoc = { id: own.id, url: 'about:srcdoc', tab: { id: 3 }, frameId: 7 };
    expect(senderRole(worker, own)).toBe('extension');
    expect(senderRole(popupTab, own)).toBe('extension');
    expect(senderRole(script, own)).toBe('content');
    expect(senderRole(srcdoc, own)).toBe('content');
    expect(isFromBackground(worker, own)).toBe(true);
    expect(isFromBackground(popupTab, own)).toBe(false);
    expect(isFromBackground(script, own)).toBe(false);
  });

  it('knows no one else: other extensions, and senders without an address or a tab', () => {
    expect(senderRole({ id: 'other', url: `${own.base}x.html` }, own)).toBeNull();
    expect(senderRole({ id: own.id }, own)).toBeNull();
    expect(senderRole({ id: own.id, url: 'https://example.org/' }, own)).toBeNull();
  });
});
