import { resolve } from 'node:path';
import { build } from 'vite';

let bundled: Promise<string> | undefined;

/**
 * The page engine (entry.ts) as one classic script that defines `window.__klEngine`, built in
 * memory with Vite (once per test file; a few hundred milliseconds).
 */
export function engineScript(): Promise<string> {
  bundled ??= build({
    configFile: false,
    logLevel: 'silent',
    // The check build's engine: its scan measures and ready mark are what the tests wait for.
    define: { __KETAMINE_LENS_CHECKS__: 'true' },
    build: {
      write: false,
      minify: false,
      lib: {
        entry: resolve(import.meta.dirname, 'entry.ts'),
        formats: ['iife'],
        name: '__klEngine',
        fileName: 'engine',
      },
    },
  }).then((output) => {
    const outputs = Array.isArray(output) ? output : [output];
    for (const out of outputs) {
      if (!('output' in out)) continue;
      const chunk = out.output.find((item) => item.type === 'chunk');
      if (chunk && 'code' in chunk) return chunk.code;
    }
    throw new Error('Vite built no engine script');
  });
  return bundled;
}
