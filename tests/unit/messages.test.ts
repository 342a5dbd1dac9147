import { describe, expect, it } from 'vitest';
import { isOwnSender, parseMessage, parseReply } from '../../common/messaging/messages';

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
