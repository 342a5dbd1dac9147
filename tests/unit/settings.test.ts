import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Settings } from '../../common/settings/settings';
import {
  cardLanguageOf,
  DEFAULT_SETTINGS,
  isActiveOn,
  isIdShown,
  MAX_EXCLUDED_IDS,
  MAX_PAUSED_ORIGINS,
  parseSettings,
  withIdExcluded,
  withOriginPaused,
} from '../../common/settings/settings';
import { loadSettings, saveSettings, watchSettings } from '../../common/settings/settings-store';

// The real @wxt-dev/storage runs on WXT's in-memory fake browser (installed for every unit file
// by vitest.config.ts): no mock of our own storage layer.

const VALID: Settings = {
  enabled: false,
  highlightTerms: true,
  highlightMisconceptions: false,
  style: 'dotted',
  pausedOrigins: ['https://example.org'],
  firstMentionOnly: true,
  excludedIds: ['esketamine', 'myth-just-horse-tranquiliser'],
  cardLanguage: 'de',
  discreet: true,
  cardTheme: 'dark',
};

describe('cardLanguageOf', () => {
  it('follows the browser for "auto": its base language when the pack has it, else English', () => {
    const auto = { cardLanguage: 'auto' } as const;
    expect(cardLanguageOf(auto, 'de-AT')).toBe('de');
    expect(cardLanguageOf(auto, 'ru')).toBe('ru');
    expect(cardLanguageOf(auto, 'pt_BR')).toBe('en');
    expect(cardLanguageOf(auto, '')).toBe('en');
  });

  it('keeps a chosen language whatever the browser speaks', () => {
    expect(cardLanguageOf({ cardLanguage: 'en' }, 'de-DE')).toBe('en');
    expect(cardLanguageOf({ cardLanguage: 'fr' }, 'ru')).toBe('fr');
  });

  it('repairs an unknown stored language to "auto" and keeps the other settings', () => {
    const { settings, repaired } = parseSettings({ ...VALID, cardLanguage: 'klingon' });
    expect(repaired).toBe(true);
    expect(settings).toEqual({ ...VALID, cardLanguage: 'auto' });
  });
});

describe('discreet mode', () => {
  it('is off by default', () => {
    expect(DEFAULT_SETTINGS.discreet).toBe(false);
    expect(parseSettings(undefined).settings.discreet).toBe(false);
  });

  it('is kept when stored as a boolean', () => {
    expect(parseSettings({ ...VALID, discreet: false })).toEqual({
      settings: { ...VALID, discreet: false },
      repaired: false,
    });
  });

  it.each([['on'], [1], [null], [{}]])(
    'a stored %j is repaired to off, keeping every other setting',
    (bad) => {
      const { settings, repaired } = parseSettings({ ...VALID, discreet: bad });
      expect(repaired).toBe(true);
      expect(settings).toEqual({ ...VALID, discreet: false });
    },
  );

  it('missing from a value stored by an older version: off, the rest kept', () => {
    const { discreet: _, ...older } = VALID;
    const { settings, repaired } = parseSettings(older);
    expect(repaired).toBe(true);
    expect(settings).toEqual({ ...VALID, discreet: false });
  });

  it('a bad entry elsewhere leaves discreet mode on', () => {
    const { settings } = parseSettings({ ...VALID, pausedOrigins: [42, 'https://a.example'] });
    expect(settings.discreet).toBe(true);
    expect(settings.pausedOrigins).toEqual(['https://a.example']);
  });
});

describe('the card theme', () => {
  it('repairs an unknown stored theme to "auto" and keeps the other settings', () => {
    const { settings, repaired } = parseSettings({ ...VALID, cardTheme: 'sepia' });
    expect(repaired).toBe(true);
    expect(settings).toEqual({ ...VALID, cardTheme: 'auto' });
  });

  it('is "auto" (like the page) unless the reader chose', () => {
    expect(DEFAULT_SETTINGS.cardTheme).toBe('auto');
    const { cardTheme: _, ...older } = VALID;
    expect(parseSettings(older).settings).toEqual({ ...VALID, cardTheme: 'auto' });
  });
});

describe('parseSettings', () => {
  it('passes a valid value through untouched', () => {
    expect(parseSettings(VALID)).toEqual({ settings: VALID, repaired: false });
  });

  it('gives defaults for a missing or non-object value, and asks for a repair', () => {
    for (const raw of [undefined, null, 'on', 42, true, []]) {
      expect(parseSettings(raw)).toEqual({ settings: DEFAULT_SETTINGS, repaired: true });
    }
  });

  it('replaces only the bad fields with their defaults', () => {
    const { settings, repaired } = parseSettings({ ...VALID, enabled: 'yes', style: 42 });
    expect(repaired).toBe(true);
    expect(settings).toEqual({
      ...VALID,
      enabled: DEFAULT_SETTINGS.enabled,
      style: DEFAULT_SETTINGS.style,
    });
  });

  it('rejects an unknown style, a non-array pause list and non-string origins', () => {
    expect(parseSettings({ ...VALID, style: 'blink' }).settings.style).toBe('marker');
    expect(parseSettings({ ...VALID, pausedOrigins: 'x' }).settings.pausedOrigins).toEqual([]);
    expect(parseSettings({ ...VALID, pausedOrigins: [1] }).settings.pausedOrigins).toEqual([]);
    const long = `https://${'a'.repeat(2100)}.org`;
    expect(parseSettings({ ...VALID, pausedOrigins: [long] }).settings.pausedOrigins).toEqual([]);
  });

  it('repairs the first-mention switch alone', () => {
    const { settings, repaired } = parseSettings({ ...VALID, firstMentionOnly: 'yes' });
    expect(repaired).toBe(true);
    expect(settings).toEqual({ ...VALID, firstMentionOnly: false });
  });

  it('keeps the valid ids of a damaged exclusion list, once each', () => {
    const long = 'x'.repeat(101);
    const { settings, repaired } = parseSettings({
      ...VALID,
      excludedIds: ['esketamine', 7, null, long, 'esketamine', 'off-label'],
    });
    expect(repaired).toBe(true);
    expect(settings).toEqual({ ...VALID, excludedIds: ['esketamine', 'off-label'] });
    expect(parseSettings({ ...VALID, excludedIds: 'esketamine' }).settings.excludedIds).toEqual([]);
    const many = Array.from({ length: 600 }, (_, i) => `id-${i}`);
    expect(parseSettings({ ...VALID, excludedIds: many }).settings.excludedIds).toHaveLength(500);
  });

  it('keeps the valid origins of a damaged pause list, once each: one bad entry drops only itself', () => {
    const long = `https://${'a'.repeat(2100)}.org`;
    const { settings, repaired } = parseSettings({
      ...VALID,
      pausedOrigins: [
        'https://a.example',
        42,
        null,
        long,
        { x: 1 },
        'https://a.example',
        'https://b.example',
      ],
    });
    expect(repaired).toBe(true);
    expect(settings).toEqual({
      ...VALID,
      pausedOrigins: ['https://a.example', 'https://b.example'],
    });
    expect(isActiveOn(settings, 'https://a.example')).toBe(false);
  });

  it('keeps at most MAX_PAUSED_ORIGINS paused sites, the latest ones', () => {
    const many = Array.from({ length: 120_000 }, (_, i) => `https://site-${i}.example`);
    const { settings, repaired } = parseSettings({ ...VALID, pausedOrigins: many });
    expect(repaired).toBe(true);
    expect(settings.pausedOrigins).toEqual(many.slice(-MAX_PAUSED_ORIGINS));
    // A list at the cap is valid as it is.
    expect(parseSettings(settings)).toEqual({ settings, repaired: false });
  });

  it('keeps at most MAX_EXCLUDED_IDS hidden ids, the latest ones', () => {
    const many = Array.from({ length: MAX_EXCLUDED_IDS + 10 }, (_, i) => `id-${i}`);
    expect(parseSettings({ ...VALID, excludedIds: many }).settings.excludedIds).toEqual(
      many.slice(-MAX_EXCLUDED_IDS),
    );
  });

  it('drops fields no version declares, however large', () => {
    const { settings, repaired } = parseSettings({
      ...VALID,
      junk: 'x'.repeat(100_000),
      more: [1],
    });
    expect(repaired).toBe(true);
    expect(settings).toEqual(VALID);
    expect(Object.keys(settings).sort()).toEqual(Object.keys(VALID).sort());
  });

  it('fills fields an older version did not store', () => {
    const { settings, repaired } = parseSettings({ enabled: false });
    expect(repaired).toBe(true);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  });

  it('never hands out the shared defaults for a caller to change', () => {
    const { settings } = parseSettings(undefined);
    settings.pausedOrigins.push('https://example.org');
    expect(DEFAULT_SETTINGS.pausedOrigins).toEqual([]);
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.pausedOrigins)).toBe(true);
    settings.excludedIds.push('ketamine');
    expect(DEFAULT_SETTINGS.excludedIds).toEqual([]);
    expect(Object.isFrozen(DEFAULT_SETTINGS.excludedIds)).toBe(true);
  });
});

describe('not highlighting one term', () => {
  it('adds and removes the id without duplicates or touching others', () => {
    const base = { ...DEFAULT_SETTINGS, excludedIds: ['off-label'] };
    const hidden = withIdExcluded(base, 'ketamine', true);
    expect(hidden.excludedIds).toEqual(['off-label', 'ketamine']);
    expect(withIdExcluded(hidden, 'ketamine', true).excludedIds).toEqual(hidden.excludedIds);
    expect(withIdExcluded(hidden, 'ketamine', false).excludedIds).toEqual(['off-label']);
    expect(base.excludedIds).toEqual(['off-label']);
    expect(isIdShown(hidden, 'ketamine')).toBe(false);
    expect(isIdShown(hidden, 'esketamine')).toBe(true);
  });
});

describe('pausing one site', () => {
  const origin = 'https://news.example';

  it('adds and removes the origin without duplicates or touching others', () => {
    const base = { ...DEFAULT_SETTINGS, pausedOrigins: ['https://other.example'] };
    const paused = withOriginPaused(base, origin, true);
    expect(paused.pausedOrigins).toEqual(['https://other.example', origin]);
    expect(withOriginPaused(paused, origin, true).pausedOrigins).toEqual(paused.pausedOrigins);
    expect(withOriginPaused(paused, origin, false).pausedOrigins).toEqual([
      'https://other.example',
    ]);
    expect(base.pausedOrigins).toEqual(['https://other.example']);
  });

  it('forgets the oldest pause when one more than MAX_PAUSED_ORIGINS is paused', () => {
    const full = Array.from({ length: MAX_PAUSED_ORIGINS }, (_, i) => `https://site-${i}.example`);
    const paused = withOriginPaused({ ...DEFAULT_SETTINGS, pausedOrigins: full }, origin, true);
    expect(paused.pausedOrigins).toHaveLength(MAX_PAUSED_ORIGINS);
    expect(paused.pausedOrigins.at(-1)).toBe(origin);
    expect(paused.pausedOrigins[0]).toBe('https://site-1.example');
    expect(parseSettings(paused).repaired).toBe(false);
  });

  it('is active only when enabled and not paused on that origin', () => {
    expect(isActiveOn(DEFAULT_SETTINGS, origin)).toBe(true);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, enabled: false }, origin)).toBe(false);
    const paused = withOriginPaused(DEFAULT_SETTINGS, origin, true);
    expect(isActiveOn(paused, origin)).toBe(false);
    expect(isActiveOn(paused, 'https://elsewhere.example')).toBe(true);
  });
});

describe('the settings store (WXT storage, `local:settings`)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads defaults when nothing is stored, without writing anything', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: undefined });
  });

  it('repairs a corrupt stored value in place, keeping its good fields', async () => {
    await fakeBrowser.storage.local.set({
      settings: { enabled: 'yes', style: 42, highlightMisconceptions: false },
    });
    const expected = { ...DEFAULT_SETTINGS, highlightMisconceptions: false };
    expect(await loadSettings()).toEqual(expected);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: expected });
  });

  it('saves under the `settings` key of local storage, and validates what it saves', async () => {
    await saveSettings(VALID);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: VALID });
    await saveSettings({ ...VALID, style: 'neon' } as never);
    expect((await loadSettings()).style).toBe('marker');
  });

  it('calls watchers with validated settings, and stops when asked', async () => {
    const seen: unknown[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await saveSettings(VALID);
    await fakeBrowser.storage.local.set({ settings: { ...VALID, enabled: 'no' } });
    unwatch();
    await saveSettings(DEFAULT_SETTINGS);
    expect(seen).toEqual([VALID, { ...VALID, enabled: DEFAULT_SETTINGS.enabled }]);
  });

  it('stops watching quietly after the extension context is gone (reload, update)', () => {
    const unwatch = watchSettings(() => {});
    const onChanged = fakeBrowser.storage.local.onChanged;
    const spy = vi.spyOn(onChanged, 'removeListener').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(() => unwatch()).not.toThrow();
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});
