import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_ELEMENT, READY_MARK, SCAN_MEASURE } from '../../page/engine/contract-names';
import { HIGHLIGHT_NAMES } from '../../page/engine/match-value';
import { manifestFor } from './manifest-helpers';

const ROOT = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const readme = read('README.md');

/** Every file under `dir` (relative to the root), outside dependencies and build output. */
function filesUnder(dir: string): string[] {
  if (!existsSync(join(ROOT, dir))) return [];
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') return [];
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

const ALL_FILES = filesUnder('');
/** The pages a reader or contributor reads: the README and everything under docs/. */
const PAGES = ['README.md', ...ALL_FILES.filter((f) => f.startsWith('docs/') && f.endsWith('.md'))];

/** Markdown without its fenced code blocks (their `#` lines are no headings, their text no links). */
const prose = (markdown: string) => markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');

function section(markdown: string, heading: string): string {
  const start = markdown.search(new RegExp(`^#+ ${heading}\\n`, 'm'));
  expect(start, `a "${heading}" section`).toBeGreaterThanOrEqual(0);
  const body = markdown.indexOf('\n', start) + 1;
  const next = markdown.slice(body).search(/^#{1,2} /m);
  return markdown.slice(start, next < 0 ? undefined : body + next);
}

/** GitHub's anchor for a heading. */
const slug = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');

const anchorsOf = (markdown: string) =>
  new Set([...prose(markdown).matchAll(/^#+ (.+)$/gm)].map((m) => slug(m[1] as string)));

/** `[text](target)` and `![alt](target)` targets. */
const linksOf = (markdown: string) =>
  [...prose(markdown).matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1] as string);

const codeSpansOf = (markdown: string) =>
  [...prose(markdown).matchAll(/`([^`\n]+)`/g)].map((m) => m[1] as string);

/**
 * What a code span names, if it is a path in this repository: `a/b.ts` or `a/b/` (from the
 * root), or a bare source file name (`stem.ts`). URLs, globs, placeholders, absolute and
 * outside paths, and build output (`.output/`, built `.js` and `.html` names) are not.
 */
function quotedPath(span: string): { path: string; bare: boolean } | null {
  if (/[\s:*<>…$'"(){}=,]/.test(span)) return null;
  if (span.startsWith('/') || span.startsWith('../') || span.startsWith('.output/')) return null;
  if (span.includes('/')) {
    return /^[\w.-]+(\/[\w.-]+)*\/?$/.test(span) ? { path: span, bare: false } : null;
  }
  return /^[\w.-]+\.(ts|tsx|mjs|css|md|json)$/.test(span) ? { path: span, bare: true } : null;
}

describe('README', () => {
  it('stays short, and starts with the commands', () => {
    const lines = readme.split('\n');
    expect(lines.length).toBeLessThanOrEqual(300);
    const top = lines.slice(0, 40).join('\n');
    for (const command of ['npm install', 'npm run dev', 'npm test'])
      expect(top).toContain(command);
  });

  it('links every page in docs/', () => {
    const linked = new Set(linksOf(readme).map((target) => target.replace(/#.*/, '')));
    const pages = PAGES.filter((page) => /^docs\/[^/]+\.md$/.test(page));
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) expect(linked, `README links ${page}`).toContain(page);
  });

  it('lists exactly the permissions the manifests ask for', async () => {
    const listed = [...section(readme, 'Permissions').matchAll(/^\| `([a-zA-Z.]+)`\s*\|/gm)].map(
      (m) => m[1],
    );
    const asked = new Set<string>();
    for (const browser of ['chrome', 'firefox'] as const) {
      const manifest = await manifestFor(browser);
      for (const permission of manifest.permissions ?? []) asked.add(permission);
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest).not.toHaveProperty('externally_connectable');
    }
    // One browser's permission is listed too (its row says which browser).
    expect(listed.sort()).toEqual([...asked].sort());
    // The privacy policy names the same ones.
    const inPolicy = [
      ...section(read('docs/privacy.md'), 'Permissions').matchAll(/^- `([a-zA-Z.]+)`/gm),
    ].map((m) => m[1]);
    expect(inPolicy.sort()).toEqual([...asked].sort());
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
});

describe('README and docs/ point at what exists', () => {
  it.each(PAGES)('%s: every relative link and image resolves, anchors included', (page) => {
    const markdown = read(page);
    for (const target of linksOf(markdown)) {
      if (/^[a-z]+:/i.test(target)) continue;
      const [path = '', anchor] = target.split('#');
      const file = path ? join(dirname(page), path) : page;
      expect(existsSync(join(ROOT, file)), `${page} links ${target}`).toBe(true);
      if (anchor && file.endsWith('.md')) {
        expect(anchorsOf(read(file)), `${page} links ${target}`).toContain(anchor);
      }
    }
  });

  it.each(PAGES)('%s: every path quoted in backticks exists', (page) => {
    const names = new Set(ALL_FILES.map((file) => basename(file)));
    for (const span of codeSpansOf(read(page))) {
      const quoted = quotedPath(span);
      if (!quoted) continue;
      if (quoted.bare) expect(names, `${page} quotes \`${span}\``).toContain(quoted.path);
      else expect(existsSync(join(ROOT, quoted.path)), `${page} quotes \`${span}\``).toBe(true);
    }
  });
});

describe('docs/architecture.md', () => {
  it('maps every top-level folder', () => {
    const map = section(read('docs/architecture.md'), 'Folder map');
    const folders = readdirSync(ROOT, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .filter((name) => !['node_modules', 'docs'].includes(name));
    expect(folders.length).toBeGreaterThan(8);
    for (const folder of folders) expect(map).toContain(`\`${folder}/\``);
  });

  it('maps every folder of page/, one per stage', () => {
    const map = section(read('docs/architecture.md'), 'Folder map');
    const stages = readdirSync(join(ROOT, 'page'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(stages.length).toBeGreaterThan(3);
    for (const stage of stages) expect(map).toContain(`| \`page/${stage}/\``);
  });
});

describe('docs/contract.md', () => {
  const contract = read('docs/contract.md');
  // The second column of the contract's table: each name as the source spells it.
  const names = contract
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .slice(1)
    .flatMap((line) => codeSpansOf(line.split('|')[2] ?? ''));
  const source = ['background', 'common', 'components', 'content', 'core', 'entrypoints', 'page']
    .flatMap(filesUnder)
    .filter((file) => /\.(ts|tsx|html)$/.test(file))
    .map(read)
    .join('\n');

  it('names every contract the code implements', () => {
    for (const name of [
      HIGHLIGHT_NAMES.term,
      HIGHLIGHT_NAMES.misconception,
      SCAN_MEASURE,
      READY_MARK,
      CARD_ELEMENT,
    ]) {
      expect(names).toContain(name);
    }
  });

  it('names only what the source really has', () => {
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(source.includes(name), `the source spells ${name}`).toBe(true);
  });
});
