import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  MAX_PAUSED_ORIGINS,
  type Settings,
  withIdExcluded,
  withOriginPaused,
} from '../../common/settings/settings';
import {
  readerActionOf,
  settingsChange,
  undoSettingsChange,
} from '../../common/settings/settings-change';

const START: Settings = {
  ...DEFAULT_SETTINGS,
  style: 'underline',
  pausedOrigins: ['https://a.example', 'https://b.example'],
  excludedIds: ['esketamine'],
  cardLanguage: 'de',
};

/** The card's and the popup's four actions, as the settings functions make them. */
const ACTIONS: [string, (s: Settings) => Settings][] = [
  ['don’t highlight a term', (s) => withIdExcluded(s, 'ketamine', true)],
  ['don’t flag a myth', (s) => withIdExcluded(s, 'myth-just-horse-tranquiliser', true)],
  ['first mentions only', (s) => ({ ...s, firstMentionOnly: !s.firstMentionOnly })],
  ['pause on this site', (s) => withOriginPaused(s, 'https://news.example', true)],
];

describe('settingsChange', () => {
  it('holds only the entries that differ', () => {
    const after = withIdExcluded(START, 'ketamine', true);
    expect(settingsChange(START, after)).toEqual([
      { key: 'excludedIds', before: ['esketamine'], after: ['esketamine', 'ketamine'] },
    ]);
    expect(settingsChange(START, { ...START })).toEqual([]);
  });
});

describe('undoSettingsChange', () => {
  it.each(ACTIONS)('after “%s” gives back exactly the settings before', (_, act) => {
    const after = act(START);
    const change = settingsChange(START, after);
    expect(change).toHaveLength(1);
    expect(undoSettingsChange(after, change)).toEqual(START);
  });

  it('puts back, in its place, the oldest paused site the list’s cap pushed out', () => {
    const full: Settings = {
      ...START,
      pausedOrigins: Array.from({ length: MAX_PAUSED_ORIGINS }, (_, i) => `https://s${i}.example`),
    };
    const after = withOriginPaused(full, 'https://news.example', true);
    expect(after.pausedOrigins).not.toContain('https://s0.example');
    expect(undoSettingsChange(after, settingsChange(full, after))).toEqual(full);
  });

  it('keeps what the reader changed since, in the same list and elsewhere', () => {
    const after = withIdExcluded(START, 'ketamine', true);
    const change = settingsChange(START, after);
    const since = { ...withIdExcluded(after, 'racemic-ketamine', true), style: 'dotted' as const };
    const undone = undoSettingsChange(since, change);
    expect(undone.excludedIds).toEqual(['esketamine', 'racemic-ketamine']);
    expect(undone.style).toBe('dotted');
  });

  it('leaves a switch the reader has since set again', () => {
    const after = { ...START, firstMentionOnly: true };
    const change = settingsChange(START, after);
    expect(undoSettingsChange(after, change).firstMentionOnly).toBe(false);
    // Switched off by hand since: nothing left to undo, and nothing else moves.
    expect(undoSettingsChange({ ...after, firstMentionOnly: false }, change)).toEqual(START);
  });

  it('undoing twice is undoing once', () => {
    for (const [, act] of ACTIONS) {
      const after = act(START);
      const change = settingsChange(START, after);
      const once = undoSettingsChange(after, change);
      expect(undoSettingsChange(once, change)).toEqual(once);
    }
  });

  it('any settings, any action: undo right after gives back the settings before', () => {
    const settings = fc.record({
      enabled: fc.boolean(),
      highlightTerms: fc.boolean(),
      highlightMisconceptions: fc.boolean(),
      style: fc.constantFrom('marker', 'underline', 'dotted'),
      pausedOrigins: fc.uniqueArray(fc.constantFrom('https://a.x', 'https://b.x', 'https://c.x')),
      firstMentionOnly: fc.boolean(),
      excludedIds: fc.uniqueArray(fc.constantFrom('ketamine', 'esketamine', 'kap')),
      cardLanguage: fc.constantFrom('auto', 'en', 'de'),
    }) as fc.Arbitrary<Settings>;
    const action = fc.oneof(
      fc
        .constantFrom('ketamine', 'esketamine', 'kap')
        .map((id) => (s: Settings) => withIdExcluded(s, id, true)),
      fc
        .constantFrom('https://a.x', 'https://d.x')
        .map((origin) => (s: Settings) => withOriginPaused(s, origin, true)),
      fc.constant((s: Settings) => ({ ...s, firstMentionOnly: !s.firstMentionOnly })),
    );
    fc.assert(
      fc.property(settings, action, (before, act) => {
        const after = act(before);
        expect(undoSettingsChange(after, settingsChange(before, after))).toEqual(before);
      }),
    );
  });
});

describe('readerActionOf', () => {
  it('names each of the four actions', () => {
    const named = ACTIONS.map(([, act]) => readerActionOf(settingsChange(START, act(START))));
    expect(named).toEqual([
      { kind: 'excluded', id: 'ketamine' },
      { kind: 'excluded', id: 'myth-just-horse-tranquiliser' },
      { kind: 'first-mentions', on: true },
      { kind: 'paused', origin: 'https://news.example' },
    ]);
  });

  it('is none for other changes: a style, a resumed site, a term shown again, two at once', () => {
    const cases: Settings[] = [
      { ...START, style: 'dotted' },
      withOriginPaused(START, 'https://a.example', false),
      withIdExcluded(START, 'esketamine', false),
      { ...START, enabled: false, firstMentionOnly: true },
    ];
    for (const after of cases) expect(readerActionOf(settingsChange(START, after))).toBeNull();
  });
});
