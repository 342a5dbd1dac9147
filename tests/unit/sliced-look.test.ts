import { describe, expect, it } from 'vitest';
import { chunkBounds, lookInSlices } from '../../page/sentinel/sliced-look';

const hasAnchor = (text: string) => /ketami/i.test(text);

// The sentinel's look at a huge text (a 10 MB text node) goes a chunk at a time, so no task
// of ours is long; it must still never miss an anchor, wherever the chunks are cut.
describe('the sliced look at a long text', () => {
  it('answers a short text at once', () => {
    expect(lookInSlices('The bus timetable.', hasAnchor)).toBe(false);
    expect(lookInSlices('Ketamine.', hasAnchor)).toBe(true);
  });

  it('answers a long one later, true only when an anchor is there', async () => {
    const filler = 'council timetable roses '.repeat(100_000);
    const without = lookInSlices(filler, hasAnchor);
    expect(without).toBeInstanceOf(Promise);
    expect(await without).toBe(false);
    expect(await lookInSlices(`${filler}ketamine`, hasAnchor)).toBe(true);
  });

  it('finds an anchor at any place, in text with and without spaces', async () => {
    for (const unit of ['word ', 'x']) {
      const filler = unit.repeat(Math.ceil(300_000 / unit.length));
      const { end } = chunkBounds(filler, 0);
      for (const at of [end - 3, end - 1, end, end + 1]) {
        const text = `${filler.slice(0, at)}ketamine${filler.slice(at)}`;
        expect({ unit, at, found: await lookInSlices(text, hasAnchor) }).toEqual({
          unit,
          at,
          found: true,
        });
      }
    }
  });

  it('cuts at a space or line break, or else overlaps the next chunk', () => {
    const spaced = 'ab '.repeat(200_000);
    const cut = chunkBounds(spaced, 0);
    expect(spaced[cut.end]).toBe(' ');
    expect(cut.next).toBe(cut.end + 1);
    const solid = 'x'.repeat(600_000);
    const overlap = chunkBounds(solid, 0);
    expect(overlap.next).toBeLessThan(overlap.end);
  });
});
