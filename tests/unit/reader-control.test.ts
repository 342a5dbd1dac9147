import { describe, expect, it } from 'vitest';
import { matcherFor, matcherPatterns } from '../../build/pattern-matcher';
import { DEFAULT_SETTINGS } from '../../common/settings/settings';
import { pack } from '../../content/pack';
import { FirstMention } from '../../page/engine/first-mention';
import type { MatchValue } from '../../page/engine/match-value';
import { RegisteringGate } from './registering-gate';

// The reader's two controls over what is shown: "first mention of each term only" (a rule
// after the context gate) and "don't highlight this term" (the matcher leaves it out).

interface FakeEntry {
  value: MatchValue;
  /** Its place in the frame's reading order. */
  at: number;
}

/** A frame as the registry wires it: gate → first-mention rule → the shown set. */
function fakeFrame() {
  const shown = new Set<FakeEntry>();
  const rule = new FirstMention<FakeEntry>(
    (entry) => entry.value.id,
    (a, b) => a.at < b.at,
    (entry) => shown.add(entry),
    (entry) => shown.delete(entry),
  );
  // Every match of these pages stands near every other.
  const gate = new RegisteringGate<FakeEntry, number>(
    (entry) => rule.allow(entry),
    (entry) => rule.deny(entry),
    (entry) => entry.at,
    (_entry, anchors) => anchors.size > 0,
  );
  const settle = () => {
    gate.settle();
    rule.settle();
  };
  const shownAt = () => [...shown].map((e) => `${e.value.id}@${e.at}`).sort();
  return { gate, settle, shownAt };
}

const ketamine = (at: number): FakeEntry => ({ value: { kind: 'term', id: 'ketamine' }, at });
const offLabel = (at: number): FakeEntry => ({
  value: { kind: 'term', id: 'off-label', context: true },
  at,
});

/** A frame showing ketamine first at 1, with a later ketamine at 5 waiting behind it. */
function frameWithLaterKetamine() {
  const frame = fakeFrame();
  const first = ketamine(1);
  frame.gate.add(first);
  frame.gate.add(ketamine(5));
  return { ...frame, first };
}

describe('first mention of each term only', () => {
  it('shows one match per id, the first in reading order', () => {
    const { gate, settle, shownAt } = fakeFrame();
    for (const at of [1, 5, 9]) gate.add(ketamine(at));
    gate.add({ value: { kind: 'term', id: 'esketamine' }, at: 7 });
    settle();
    expect(shownAt()).toEqual(['esketamine@7', 'ketamine@1']);
  });

  it('an earlier match added later (a headline rendered late) takes over at once', () => {
    const { gate, shownAt } = fakeFrame();
    gate.add(ketamine(5));
    gate.add(ketamine(9));
    expect(shownAt()).toEqual(['ketamine@5']);
    gate.add(ketamine(2));
    expect(shownAt()).toEqual(['ketamine@2']);
  });

  it('when the first goes, the next shows at the end of the pass, not in between', () => {
    const { gate, settle, shownAt, first } = frameWithLaterKetamine();
    gate.add(ketamine(9));
    gate.remove(first);
    expect(shownAt()).toEqual([]);
    settle();
    expect(shownAt()).toEqual(['ketamine@5']);
  });

  it('a rescan that forgets and finds the first again keeps it, with no other shown between', () => {
    const { gate, settle, shownAt, first } = frameWithLaterKetamine();
    gate.remove(first);
    const again = ketamine(1);
    gate.add(again);
    expect(shownAt()).toEqual(['ketamine@1']);
    settle();
    expect(shownAt()).toEqual(['ketamine@1']);
  });

  it('counts a context match only once the gate allows it', () => {
    const { gate, settle, shownAt } = fakeFrame();
    gate.add(offLabel(1));
    gate.add(offLabel(3));
    settle();
    expect(shownAt()).toEqual([]);
    const anchor = ketamine(8);
    gate.add(anchor);
    settle();
    expect(shownAt()).toEqual(['ketamine@8', 'off-label@1']);
    // The last family match goes: the context matches go at the end of the pass.
    gate.remove(anchor);
    settle();
    expect(shownAt()).toEqual([]);
  });

  it('never shows an anchor-only match', () => {
    const { gate, settle, shownAt } = fakeFrame();
    gate.add({ value: { kind: 'term', id: 'ketamine', anchorOnly: true }, at: 1 });
    gate.add({ value: { kind: 'misconception', id: 'myth', context: true }, at: 2 });
    settle();
    expect(shownAt()).toEqual(['myth@2']);
  });

  it('keeps the last id shown until its last match goes', () => {
    const { gate, settle, shownAt } = fakeFrame();
    const entries = [ketamine(1), ketamine(2), ketamine(3)];
    for (const e of entries) gate.add(e);
    for (const e of entries) {
      gate.remove(e);
      settle();
    }
    expect(shownAt()).toEqual([]);
    gate.add(ketamine(4));
    expect(shownAt()).toEqual(['ketamine@4']);
  });
});

describe("don't highlight this term", () => {
  const find = (text: string, excludedIds: string[]) =>
    matcherFor({ ...DEFAULT_SETTINGS, excludedIds })
      .find(text)
      .map((m) => m.value);

  it('leaves an excluded term out and keeps the others', () => {
    const text = 'Ketamine and esketamine, used off-label.';
    expect(find(text, []).map((v) => v.id)).toEqual(['ketamine', 'esketamine', 'off-label']);
    const values = find(text, ['off-label']);
    expect(values.map((v) => v.id)).toEqual(['ketamine', 'esketamine']);
  });

  it('an excluded family term is still found, never shown, so myths keep their context', () => {
    const values = find('Ketamine is not just a horse tranquilizer.', ['ketamine']);
    expect(values).toEqual([
      { kind: 'term', id: 'ketamine', anchorOnly: true },
      { kind: 'misconception', id: 'myth-just-horse-tranquiliser', context: true },
    ]);
  });

  it('an excluded myth is not flagged; its inflected and translated forms go too', () => {
    const patterns = matcherPatterns({
      ...DEFAULT_SETTINGS,
      excludedIds: ['myth-just-horse-tranquiliser', 'esketamine'],
    });
    expect(patterns.some((p) => p.value.id === 'myth-just-horse-tranquiliser')).toBe(false);
    expect(
      patterns.filter((p) => p.value.id === 'esketamine').every((p) => p.value.anchorOnly),
    ).toBe(true);
  });

  it('every id the settings list offers is one the matcher knows', () => {
    const ids = new Set(matcherPatterns(DEFAULT_SETTINGS).map((p) => p.value.id));
    const offered = pack.terms.filter((t) => t.highlight).map((t) => t.id);
    for (const id of offered) expect(ids.has(id)).toBe(true);
  });
});
