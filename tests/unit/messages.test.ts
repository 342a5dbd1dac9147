import { describe, expect, it } from 'vitest';
import { isOwnSender, parseMessage } from '../../messaging/messages';

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
