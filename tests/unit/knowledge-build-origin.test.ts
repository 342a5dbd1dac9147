import { describe, expect, it, vi } from 'vitest';
import { misconceptions } from '../../content/misconceptions';
import { BUILD_HOOK_TIMEOUT, expectBuildToStopNaming } from './build-hook';

// The build's `build:before` hook must stop on a question posed as a myth: here the real data
// gets one question entry with a highlight phrase, and one entry with no origin at all.
vi.mock('../../content/misconceptions', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../content/misconceptions')>();
  return {
    misconceptions: original.misconceptions.map((entry) => {
      if (entry.id === 'myth-permanent-cure') return { ...entry, phrases: ['cures depression'] };
      if (entry.id === 'myth-works-slowly') {
        const { origin: _dropped, ...rest } = entry;
        return rest;
      }
      return entry;
    }),
  };
});

describe('the build', () => {
  it(
    'fails on a question with highlight phrases and on a missing origin, naming file, entry and field',
    async () => {
      expect(misconceptions.find((m) => m.id === 'myth-permanent-cure')?.origin).toBe('question');
      await expectBuildToStopNaming(
        'content/misconceptions.ts: misconception "myth-permanent-cure": field "phrases": a question (origin "question") must not be flagged on pages',
        'content/misconceptions.ts: misconception "myth-works-slowly": field "origin":',
      );
    },
    BUILD_HOOK_TIMEOUT,
  );
});
