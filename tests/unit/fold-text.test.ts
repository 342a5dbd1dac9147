import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../core/term-matching';
import { foldText } from '../../core/term-matching/fold-text';

describe('foldText, the one fold', () => {
  it.each([
    ['es-ketamine', 'ES\u2011KETAMINE'],
    ['es-ketamine', ' es\u2010ketamine\u00a0'],
    ['ketamine', 'keta\u00admine'],
    ["doesn't", 'doesn\u2019t'],
    ['kétamine', 'ke\u0301tamine'],
    ['strasse', 'STRAẞE'],
  ])('folds %j and %j alike', (a, b) => {
    expect(foldText(a)).toBe(foldText(b));
  });

  it('keeps apart what the matcher keeps apart', () => {
    expect(foldText('kétamine')).not.toBe(foldText('ketamine'));
    expect(foldText('ketamine—therapy')).not.toBe(foldText('ketamine-therapy'));
  });

  it('agrees with the matcher: forms it folds alike are one pattern, the first wins', () => {
    const matcher = compileMatcher([
      { text: 'es-ketamine', value: 'first' },
      { text: 'es\u2011ketamine', value: 'second' },
    ]);
    expect(foldText('es-ketamine')).toBe(foldText('es\u2011ketamine'));
    expect(matcher.find('an es\u2011ketamine spray').map((m) => m.value)).toEqual(['first']);
  });
});
