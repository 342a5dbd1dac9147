import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { noteUpdate } from '../../background/whats-new';
import {
  CHANGELOG,
  CHANGELOG_LANGUAGES,
  compareVersions,
  notesIn,
  type Release,
  updateIsWorthTelling,
} from '../../common/changelog/changelog';
import { dismissWhatsNew, pendingWhatsNew } from '../../common/changelog/whats-new-flag';

const PACKAGE_VERSION = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8'),
).version as string;

const release = (version: string, readerVisible: boolean): Release => ({
  version,
  date: '2026-01-01',
  readerVisible,
  notes: { en: ['x'], de: ['x'], fr: ['x'], es: ['x'], ru: ['x'] },
});

describe('the changelog', () => {
  it('begins with the version being built, newest first, each with a date', () => {
    expect(CHANGELOG[0]?.version).toBe(PACKAGE_VERSION);
    const versions = CHANGELOG.map((r) => r.version);
    expect(versions).toEqual([...versions].sort((a, b) => compareVersions(b, a)));
    expect(new Set(versions).size).toBe(versions.length);
    for (const { date } of CHANGELOG) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('says each release in every UI language, as many lines in each', () => {
    for (const { version, notes } of CHANGELOG) {
      for (const language of CHANGELOG_LANGUAGES) {
        expect(notes[language].length, `${version} ${language}`).toBe(notes.en.length);
        for (const line of notes[language]) expect(line.trim()).not.toBe('');
      }
    }
  });

  it('reads a release in the reader’s language, English otherwise', () => {
    const [latest] = CHANGELOG as [Release];
    expect(notesIn(latest, 'de-AT')).toBe(latest.notes.de);
    expect(notesIn(latest, 'ja')).toBe(latest.notes.en);
  });
});

describe('whether an update is worth a line in the popup', () => {
  const log = [release('1.10.0', false), release('1.9.0', true), release('1.8.0', true)];

  it('compares versions part by part', () => {
    expect(compareVersions('1.10.0', '1.9.2')).toBe(1);
    expect(compareVersions('1.9', '1.9.0')).toBe(0);
    expect(compareVersions('0.1.0', '0.2.0')).toBe(-1);
  });

  it.each([
    ['1.8.0', '1.9.0', true],
    ['1.8.0', '1.10.0', true],
    ['1.9.0', '1.10.0', false],
    ['1.9.0', '1.9.0', false],
    ['1.10.0', '1.8.0', false],
    [undefined, '1.10.0', false],
  ] as const)('from %s to %s: %s', (previous, current, expected) => {
    expect(updateIsWorthTelling(previous, current, log)).toBe(expected);
  });
});

describe('the background on an update', () => {
  beforeEach(() => fakeBrowser.reset());

  it('leaves the flag after an update that readers see, and only then', async () => {
    await noteUpdate({ reason: 'install' }, PACKAGE_VERSION);
    await noteUpdate({ reason: 'update', previousVersion: PACKAGE_VERSION }, PACKAGE_VERSION);
    expect(await pendingWhatsNew()).toBeNull();
    await noteUpdate({ reason: 'update', previousVersion: '0.0.1' }, PACKAGE_VERSION);
    expect(await pendingWhatsNew()).toBe(PACKAGE_VERSION);
    await dismissWhatsNew();
    expect(await pendingWhatsNew()).toBeNull();
    // No tab opened.
    expect((await fakeBrowser.tabs.query({})).filter((tab) => tab.id !== 0)).toEqual([]);
  });
});
