import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../../common/settings/settings';
import { KINDS, KNOWLEDGE_KINDS } from '../../content/kinds';
import { highlightPatterns } from '../../content/pack';
import { HIGHLIGHT_NAMES } from '../../page/engine/match-value';

// The kinds table is the only list of kinds: names, switches and patterns all come from it.
describe('the kinds table', () => {
  it('keeps the contract highlight names', () => {
    expect(HIGHLIGHT_NAMES).toEqual({
      term: 'ketamine-lens-term',
      misconception: 'ketamine-lens-misconception',
    });
  });

  it('gives every kind its own highlight and settings switch, on by default', () => {
    const rows = KINDS.map((kind) => KNOWLEDGE_KINDS[kind]);
    expect(new Set(rows.map((row) => row.highlight)).size).toBe(KINDS.length);
    expect(new Set(rows.map((row) => row.setting)).size).toBe(KINDS.length);
    for (const row of rows) expect(DEFAULT_SETTINGS[row.setting]).toBe(true);
  });

  it('repairs each kind switch on its own', () => {
    const { settings, repaired } = parseSettings({ ...DEFAULT_SETTINGS, highlightTerms: 'no' });
    expect(repaired).toBe(true);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    const off = parseSettings({ ...DEFAULT_SETTINGS, highlightMisconceptions: false, style: 7 });
    expect(off.settings).toEqual({ ...DEFAULT_SETTINGS, highlightMisconceptions: false });
  });

  it('is the set of kinds the pack highlights', () => {
    expect(new Set(highlightPatterns().map((p) => p.kind))).toEqual(new Set(KINDS));
  });
});

// The UI's tables (kind-views.ts per kind, entries.ts per entry type) are the only components
// that name a kind or an entry type; the others look them up instead of branching.
describe('the UI', () => {
  const root = join(import.meta.dirname, '../../components');
  const tables = new Set(['fact-card/kind-views.ts', 'fact-card/entries.ts']);
  const names = [...new Set([...KINDS, ...KINDS.map((kind) => KNOWLEDGE_KINDS[kind].entry)])];
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
    (file) => /\.tsx?$/.test(file) && !tables.has(file.split('\\').join('/')),
  );

  it('names no kind outside its tables', () => {
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = readFileSync(join(root, file), 'utf8');
      for (const name of names) expect(source, file).not.toMatch(new RegExp(`['"\`]${name}['"\`]`));
      expect(source, file).not.toMatch(/\.(kind|type) [!=]==/);
    }
  });
});
