import { describe, expect, it, vi } from 'vitest';

const shown = vi.hoisted(() => ({ language: 'en' }));
vi.mock('../../common/i18n/t', () => ({
  shownLanguage: () => shown.language,
  t: (key: string) => key,
}));

const { formatDate } = await import('../../common/i18n/format');

describe('formatDate', () => {
  it('writes the article date as the shown language does, day first in English', () => {
    shown.language = 'en';
    expect(formatDate('2024-01-15')).toBe('15 January 2024');
    expect(formatDate('2019-12-01')).toBe('1 December 2019');
    shown.language = 'de';
    expect(formatDate('2024-01-15')).toBe('15. Januar 2024');
  });

  it('keeps the day whatever the time zone, and passes a malformed date through', () => {
    shown.language = 'en';
    expect(formatDate('2024-01-01')).toBe('1 January 2024');
    expect(formatDate('garbage')).toBe('garbage');
  });
});
