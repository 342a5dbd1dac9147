import { describe, expect, it, vi } from 'vitest';
import { cards } from '../../content/cards';
import { BUILD_HOOK_TIMEOUT, runBuildHook } from './build-hook';

// The build runs `build:before` from wxt.config.ts: a malformed knowledge file must stop it
// with the file, the card and the field named. Here one card of the real data is corrupted.
vi.mock('../../content/cards', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../content/cards')>();
  const [first, ...rest] = original.cards;
  return { cards: [{ ...first, section: 'Not a heading' }, ...rest] };
});

describe('the build', () => {
  it(
    'fails on a malformed pack, naming the file, the card and the field',
    async () => {
      const id = cards[0]?.id;
      await expect(runBuildHook()).rejects.toThrow(
        `content/cards.ts: card "${id}": field "section": "Not a heading" is not a section heading of the article`,
      );
    },
    BUILD_HOOK_TIMEOUT,
  );
});
