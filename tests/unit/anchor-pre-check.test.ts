import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorData, familyAnchors } from '../../build/pattern-module';
import { familyTermCheck } from '../../page/sentinel/family-term-check';

// The sentinel runs the exact anchor test only where the cheap pre-check (`anchorCores`, no
// `u` flag, case-sensitive) hits. The pre-check must hit wherever the exact test would pass.
const data = anchorData();
const { anchors, bypass } = familyAnchors();
const exact = familyTermCheck({ ...data, anchorCores: /(?:)/ });
const preCheck = (text: string) => data.anchorCores.test(text);

// Every character the exact test takes for an anchor letter (`/iu` equates them), found by
// asking the exact test's own flags about each character of the Basic Multilingual Plane.
const letters = [...new Set([...anchors.join('')])];
const alike = new Map<string, string[]>(
  letters.map((letter) => {
    const same = new RegExp(`^${letter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'iu');
    const chars: string[] = [];
    for (let cp = 0; cp < 0x10000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCharCode(cp);
      if (same.test(ch)) chars.push(ch);
    }
    return [letter, chars];
  }),
);
const foldedAway = Object.keys(bypass);

/** An anchor as a page may write it: each letter any character `/iu` equates with it. */
const writtenAnchor = fc
  .constantFrom(...anchors)
  .chain((anchor) =>
    fc.tuple(
      ...[...anchor].map((letter) =>
        fc.tuple(
          fc.constantFrom(...(alike.get(letter) ?? [letter])),
          fc.option(fc.constantFrom(...foldedAway), { freq: 4 }),
        ),
      ),
    ),
  )
  .map((parts) => parts.map(([ch, extra]) => ch + (extra ?? '')).join(''));

describe('the anchor pre-check', () => {
  it('hits every anchor with any letter written as any character the exact test equates', () => {
    for (const anchor of anchors) {
      expect(exact(`x ${anchor} y`), anchor).toBe(true);
      const chars = [...anchor];
      chars.forEach((letter, i) => {
        for (const ch of alike.get(letter) ?? []) {
          const text = `x ${[...chars.slice(0, i), ch, ...chars.slice(i + 1)].join('')} y`;
          expect(preCheck(text) || !exact(text), JSON.stringify(text)).toBe(true);
        }
      });
    }
  });

  it('hits wherever the exact test passes (random texts)', () => {
    const piece = fc.oneof(
      writtenAnchor,
      fc.constantFrom(...foldedAway, ' ', '-', 'ss', 'ſ', 'K'),
      fc.string({ maxLength: 8 }),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join('');
        if (exact(text)) expect(preCheck(text)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('lets ordinary term-free prose through without the exact test', () => {
    for (const text of [
      'The council met on Tuesday to discuss the new bus timetable and the price of parking.',
      'Der Stadtrat traf sich am Dienstag, um über den neuen Busfahrplan zu sprechen.',
      'Городской совет обсудил новое расписание автобусов.',
      'Το δημοτικό συμβούλιο συζήτησε τα νέα δρομολόγια.',
      'Le conseil municipal a discuté des nouveaux horaires de bus.',
    ]) {
      expect(preCheck(text), text).toBe(false);
    }
    expect(preCheck('Ketamine is an anaesthetic.')).toBe(true);
  });
});
