import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** One import of a source file: a repo-relative file, or a package's bare specifier. */
export interface Edge {
  /** Repo-relative path of the imported file, or the bare specifier (`preact`, `wxt/browser`). */
  to: string;
  external: boolean;
  /** `import type` / `export type`: erased from the bundle. */
  typeOnly: boolean;
}

export type ImportGraph = Map<string, Edge[]>;

const EXTENSIONS = ['', '.ts', '.tsx', '.d.ts', '/index.ts', '/index.tsx'];

/** Every .ts/.tsx file under the given folders of the repo, with its imports resolved. */
export function readImportGraph(root: string, folders: readonly string[]): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const folder of folders) {
    for (const file of sourceFiles(join(root, folder))) {
      graph.set(relative(root, file), importsOf(root, file));
    }
  }
  return graph;
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * The static imports, re-exports and literal dynamic imports of one file, read with
 * TypeScript's parser (including imports inside `declare module` blocks).
 */
function importsOf(root: string, file: string): Edge[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const edges: Edge[] = [];
  const add = (specifier: string, typeOnly: boolean) => {
    const to = resolveSpecifier(root, file, specifier);
    edges.push(
      to === null ? { to: specifier, external: true, typeOnly } : { to, external: false, typeOnly },
    );
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node.importClause?.isTypeOnly ?? false);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      add(node.moduleSpecifier.text, node.isTypeOnly);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      add(node.arguments[0].text, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const literal = node.argument.literal;
      if (ts.isStringLiteral(literal)) add(literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

/** A repo-relative path for a relative or `@/` import; null for a package. */
function resolveSpecifier(root: string, from: string, specifier: string): string | null {
  const path = specifier.replace(/\?.*$/, '');
  let base: string;
  if (path.startsWith('.')) base = resolve(dirname(from), path);
  else if (/^[@~]\//.test(path)) base = resolve(root, path.slice(2));
  else return null;
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate);
  }
  throw new Error(`${relative(root, from)}: cannot resolve '${specifier}'`);
}

/** The import cycles: each strongly connected set of files, found by Tarjan's algorithm. */
export function importCycles(graph: ImportGraph): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (file: string) => {
    indexOf.set(file, index);
    low.set(file, index);
    index++;
    stack.push(file);
    onStack.add(file);
    for (const edge of graph.get(file) ?? []) {
      if (edge.external || !graph.has(edge.to)) continue;
      if (!indexOf.has(edge.to)) {
        connect(edge.to);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(edge.to) ?? 0));
      } else if (onStack.has(edge.to)) {
        low.set(file, Math.min(low.get(file) ?? 0, indexOf.get(edge.to) ?? 0));
      }
    }
    if (low.get(file) === indexOf.get(file)) {
      const members: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        members.push(member);
      } while (member !== file);
      const selfImport = graph.get(file)?.some((edge) => edge.to === file) ?? false;
      if (members.length > 1 || selfImport) cycles.push(members.sort());
    }
  };
  for (const file of [...graph.keys()].sort()) if (!indexOf.has(file)) connect(file);
  return cycles;
}

/**
 * What a bundle built from `entry` carries: every file and package reached through imports
 * that stay in the output (type-only imports are erased), each with the chain that reached it.
 */
export function runtimeClosure(graph: ImportGraph, entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const chain = reached.get(file) ?? [];
    for (const edge of graph.get(file) ?? []) {
      if (edge.typeOnly || reached.has(edge.to)) continue;
      reached.set(edge.to, [...chain, edge.to]);
      if (!edge.external) queue.push(edge.to);
    }
  }
  return reached;
}
