import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_ELEMENT, READY_MARK, SCAN_MEASURE } from '../../page/engine/contract-names';
import { HIGHLIGHT_NAMES } from '../../page/engine/match-value';
import { manifestFor } from './manifest-helpers';

const ROOT = join(import.meta.dirname, '../..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

function section(heading: string): string {
  const start = readme.indexOf(`## ${heading}\n`);
  expect(start, `README has a "## ${heading}" section`).toBeGreaterThanOrEqual(0);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

describe('README keeps step with the code', () => {
  it('lists exactly the permissions the manifest asks for', async () => {
    const listed = [...section('Permissions').matchAll(/^\| `([a-zA-Z.]+)`\s*\|/gm)].map(
      (m) => m[1],
    );
    for (const browser of ['chrome', 'firefox'] as const) {
      const manifest = await manifestFor(browser);
      expect(listed.sort()).toEqual([...(manifest.permissions ?? [])].sort());
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest).not.toHaveProperty('externally_connectable');
    }
  });

  it('names every contract the code implements', () => {
    const contract = section('Contract names');
    for (const name of [
      HIGHLIGHT_NAMES.term,
      HIGHLIGHT_NAMES.misconception,
      SCAN_MEASURE,
      READY_MARK,
      CARD_ELEMENT,
      'popup.html',
      'input[type=search]',
      'data-card-id',
    ]) {
      expect(contract).toContain(name);
    }
  });

  it('names the commands the manifest declares, with their keys', async () => {
    const manifest = await manifestFor('chrome');
    for (const command of Object.values(manifest.commands ?? {})) {
      const keys = (command as { suggested_key?: { default?: string } }).suggested_key?.default;
      expect(keys).toBeTruthy();
      const spelled = (keys as string)
        .split('+')
        .map((key) => `<kbd>${key}</kbd>`)
        .join('+');
      expect(readme).toContain(spelled);
    }
  });

  it('maps every top-level folder', () => {
    const map = section('The map');
    const folders = readdirSync(ROOT, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .filter((name) => !['node_modules', 'docs', 'public', 'assets', 'tests'].includes(name));
    expect(folders.length).toBeGreaterThan(8);
    for (const folder of folders) expect(map).toContain(`\`${folder}/\``);
  });
});
