import { describe, expect, it, vi } from 'vitest';
import { cards } from '../../content/cards';

// The build runs `build:before` from wxt.config.ts: a malformed knowledge file must stop it
// with the file, the card and the field named. Here one card of the real data is corrupted.
vi.mock('../../content/cards', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../content/cards')>();
  const [first, ...rest] = original.cards;
  return { cards: [{ ...first, section: 'Not a heading' }, ...rest] };
});

async function runBuildHook(): Promise<void> {
  const config = (await import('../../wxt.config')).default;
  const hook = (config.hooks as Record<string, () => Promise<void>>)['build:before'];
  if (!hook) throw new Error('wxt.config.ts has no build:before hook');
  await hook();
}

describe('the build', () => {
  // Importing wxt.config.ts loads WXT and Vite: seconds on a busy machine, not a budget.
  it('fails on a malformed pack, naming the file, the card and the field', {
    timeout: 60_000,
  }, async () => {
    const id = cards[0]?.id;
    await expect(runBuildHook()).rejects.toThrow(
      `content/cards.ts: card "${id}": field "section": "Not a heading" is not a section heading of the article`,
    );
  });
});
