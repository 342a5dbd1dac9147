import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type Edge,
  type ImportGraph,
  importCycles,
  readImportGraph,
  runtimeClosure,
} from './import-graph';

// The boundaries of the code, checked on the import graph of every .ts/.tsx file in the source
// folders (tests, scripts and wxt.config.ts may import anything).
const ROOT = join(import.meta.dirname, '../..');
const SOURCE_FOLDERS = [
  'core',
  'content',
  'common',
  'components',
  'page',
  'background',
  'build',
  'entrypoints',
];

/**
 * The layers, lowest first: a file imports only from its own group or a lower layer. Groups in
 * one layer are siblings and do not import each other. The longest matching prefix decides.
 * - core: pure code (the matcher, the card search); content: the knowledge pack, which folds
 *   its text with the matcher's fold; common: what every context shares; components: Preact UI.
 * - page/ (what runs in web pages) and background/ (the worker) know nothing of each other.
 * - build/ (build-time code) and entrypoints/ (WXT's wiring) sit on top: nothing imports them.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['core/'],
  ['content/'],
  ['common/'],
  ['components/'],
  ['page/', 'background/'],
  ['build/', 'entrypoints/'],
];

/**
 * Inside page/, by stage, lowest first. The engine finds and highlights; the ports say what a
 * stage offers the next without loading it; the sentinel runs in every frame; the pointer and
 * the engine stage's wiring load where a term may be; the card loads at first use.
 */
const PAGE_LAYERS: readonly (readonly string[])[] = [
  ['page/engine/'],
  ['page/engine-stage/port.ts', 'page/card/port.ts'],
  ['page/sentinel/'],
  ['page/pointer/'],
  ['page/engine-stage/'],
  ['page/card/'],
];

/** Upward imports tolerated for now, each to be dropped when its pair is fixed (none left). */
const TEMPORARY_ALLOWANCES: readonly { from: string; to: string }[] = [];

/** The engine modules the sentinel may bundle: leaf names and element tests, no engine code. */
const SENTINEL_ENGINE_LEAVES = [
  'page/engine/contract-names.ts',
  'page/engine/element-kinds.ts',
  'page/engine/yield-to-page.ts',
];
/** The shared modules the sentinel may bundle: how a stage's import is retried. */
const SENTINEL_SHARED = ['common/stage-url.ts'];
/** The only packages the sentinel may bundle (the patterns are built data, WXT's is a no-op). */
const SENTINEL_PACKAGES = ['virtual:ketamine-lens/patterns', 'wxt/utils/define-unlisted-script'];
/** The card stage's packages, which the engine stage must not bundle. */
const CARD_PACKAGES = /^(preact|@preact\/|@floating-ui\/)/;

const PORTS = ['page/engine-stage/port.ts', 'page/card/port.ts'];

function place(file: string, layers: readonly (readonly string[])[]) {
  let best: { layer: number; group: string } | null = null;
  layers.forEach((groups, layer) => {
    for (const group of groups) {
      if (file.startsWith(group) && (best === null || group.length > best.group.length)) {
        best = { layer, group };
      }
    }
  });
  return best as { layer: number; group: string } | null;
}

/** Why `from` may not import `to`, or null when the layers allow it. */
function layerViolation(from: string, to: string): string | null {
  if (TEMPORARY_ALLOWANCES.some((a) => from.startsWith(a.from) && to.startsWith(a.to))) return null;
  for (const layers of [LAYERS, PAGE_LAYERS]) {
    const a = place(from, layers);
    const b = place(to, layers);
    if (a === null || b === null) continue;
    if (a.layer < b.layer) return `${a.group} is below ${b.group}`;
    if (a.layer === b.layer && a.group !== b.group) return `${a.group} and ${b.group} are siblings`;
    if (a.layer > b.layer) return null;
  }
  return null;
}

function describeEdges(graph: ImportGraph, test: (from: string, edge: Edge) => string | null) {
  const found: string[] = [];
  for (const [from, edges] of graph) {
    for (const edge of edges) {
      const why = test(from, edge);
      if (why !== null) found.push(`${from} → ${edge.to}: ${why}`);
    }
  }
  return found.sort();
}

const graph = readImportGraph(ROOT, SOURCE_FOLDERS);

describe('import boundaries', () => {
  it('reads the graph: every source folder has files, and the stages import their code', () => {
    for (const folder of SOURCE_FOLDERS) {
      expect(
        [...graph.keys()].some((file) => file.startsWith(`${folder}/`)),
        folder,
      ).toBe(true);
    }
    expect(graph.get('entrypoints/sentinel.ts')?.map((edge) => edge.to)).toContain(
      'page/sentinel/sentinel.ts',
    );
  });

  it('has no import cycle', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('imports only downward through the layers', () => {
    expect(
      describeEdges(graph, (from, edge) => (edge.external ? null : layerViolation(from, edge.to))),
    ).toEqual([]);
  });

  it('the layer rule catches an upward, a sibling and a stage-skipping import', () => {
    expect(layerViolation('content/pack.ts', 'common/settings/settings.ts')).not.toBeNull();
    expect(layerViolation('page/engine/text-runs.ts', 'background/commands.ts')).not.toBeNull();
    expect(
      layerViolation('page/pointer/term-stepper.ts', 'page/card/card-host.tsx'),
    ).not.toBeNull();
    expect(
      layerViolation('page/sentinel/sentinel.ts', 'page/engine-stage/start-lens.ts'),
    ).not.toBeNull();
    expect(layerViolation('page/pointer/term-stepper.ts', 'page/card/port.ts')).toBeNull();
    expect(layerViolation('page/sentinel/sentinel.ts', 'page/engine-stage/port.ts')).toBeNull();
  });

  it('keeps ports to types and constants: no import that stays in a bundle', () => {
    expect(
      describeEdges(graph, (from, edge) =>
        PORTS.includes(from) && !edge.typeOnly ? 'a port imports only types' : null,
      ),
    ).toEqual([]);
  });

  it('the sentinel bundles none of the engine stage, the card stage or their packages', () => {
    const bundled = runtimeClosure(graph, 'entrypoints/sentinel.ts');
    const strays = [...bundled].filter(([file]) => {
      if (SENTINEL_PACKAGES.includes(file) || SENTINEL_ENGINE_LEAVES.includes(file)) return false;
      if (SENTINEL_SHARED.includes(file)) return false;
      if (file === 'entrypoints/sentinel.ts' || PORTS.includes(file)) return false;
      return !file.startsWith('page/sentinel/');
    });
    expect(strays.map(([, chain]) => chain.join(' → '))).toEqual([]);
  });

  it('the engine stage reaches the card stage only through its port, and bundles no card UI', () => {
    const bundled = runtimeClosure(graph, 'entrypoints/engine-stage.ts');
    const strays = [...bundled].filter(
      ([file]) =>
        (file.startsWith('page/card/') && !PORTS.includes(file)) || CARD_PACKAGES.test(file),
    );
    expect(strays.map(([, chain]) => chain.join(' → '))).toEqual([]);
    // Its type-only imports of the card go through the port too.
    expect(
      describeEdges(graph, (from, edge) =>
        /^page\/(engine-stage|pointer|engine|sentinel)\//.test(from) &&
        edge.to.startsWith('page/card/') &&
        !PORTS.includes(edge.to)
          ? 'the card stage is reached only through page/card/port.ts'
          : null,
      ),
    ).toEqual([]);
  });
});
