import { describe, expect, it } from 'vitest';
import { type Box, linesCovered, sidePlacement } from '../../page/card/card-placement';
import { isDark, parseColour } from '../../page/card/card-theme';

/** Lines of text 27 px apart between `left` and `right`, from `top`, `count` of them. */
function column(left: number, right: number, top: number, count: number): Box[] {
  return Array.from({ length: count }, (_, i) => ({
    left,
    right,
    top: top + i * 27,
    bottom: top + i * 27 + 20,
  }));
}

const VIEW = { width: 1280, height: 800 };
const CARD = { width: 320, height: 180 };

describe('sidePlacement', () => {
  it('puts the card in the margin beside a column with room, covering no line', () => {
    const lines = column(360, 920, 300, 8);
    const word = { left: 500, right: 580, top: 327, bottom: 347 };
    const at = sidePlacement(word, CARD, VIEW, lines);
    expect(at).not.toBeNull();
    const box = { left: at?.x ?? 0, right: (at?.x ?? 0) + 320, top: at?.y ?? 0, bottom: 0 };
    box.bottom = box.top + 180;
    expect(linesCovered(box, lines)).toBe(0);
    expect(box.left).toBeGreaterThan(920);
    expect(box.right).toBeLessThanOrEqual(1280 - 8);
  });

  it('keeps below or above (null) where the text fills the window', () => {
    const lines = column(8, 1272, 300, 12);
    const word = { left: 600, right: 680, top: 327, bottom: 347 };
    expect(sidePlacement(word, CARD, VIEW, lines)).toBeNull();
  });

  it('keeps below (null) where no text is around the word', () => {
    const word = { left: 600, right: 680, top: 327, bottom: 347 };
    expect(sidePlacement(word, CARD, VIEW, [word])).toBeNull();
  });

  it('takes the left margin for a word whose right has no room', () => {
    const lines = column(400, 1272, 300, 8);
    const word = { left: 420, right: 500, top: 327, bottom: 347 };
    const at = sidePlacement(word, CARD, VIEW, lines);
    expect(at?.x).toBeGreaterThanOrEqual(8);
    expect((at?.x ?? 0) + 320).toBeLessThanOrEqual(400);
  });

  it('stays inside the window for a word at the very bottom', () => {
    const lines = column(360, 920, 600, 7);
    const word = { left: 500, right: 580, top: 762, bottom: 782 };
    const at = sidePlacement(word, CARD, VIEW, lines);
    expect((at?.y ?? 0) + 180).toBeLessThanOrEqual(800 - 8);
  });
});

describe('the page’s colour', () => {
  it('reads computed colours', () => {
    expect(parseColour('rgb(17, 17, 17)')).toEqual({ red: 17, green: 17, blue: 17, alpha: 1 });
    expect(parseColour('rgba(0, 0, 0, 0)')?.alpha).toBe(0);
    expect(parseColour('color(srgb 1 1 1)')).toBeNull();
  });

  it('tells dark backgrounds from light ones', () => {
    const dark = ['rgb(0, 0, 0)', 'rgb(21, 23, 26)', 'rgb(30, 41, 59)', 'rgb(90, 90, 90)'];
    const light = ['rgb(255, 255, 255)', 'rgb(251, 250, 247)', 'rgb(254, 243, 199)'];
    for (const c of dark) expect(isDark(parseColour(c) as never), c).toBe(true);
    for (const c of light) expect(isDark(parseColour(c) as never), c).toBe(false);
  });
});
