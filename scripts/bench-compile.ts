// Compile time of the pack's matcher, the part every frame pays before its first scan.
// Run: npx vite-node scripts/bench-compile.ts
// "first" is the first compile in a fresh process (cold code, as in a new frame's content
// script); "warm" is the median of later ones. Run it a few times: the first figure is noisy.

import { matcherFor } from '../build/pattern-matcher';
import { DEFAULT_SETTINGS } from '../common/settings/settings';

const WARM_RUNS = 200;

const t0 = performance.now();
const first = matcherFor(DEFAULT_SETTINGS);
const firstMs = performance.now() - t0;

const times: number[] = [];
for (let i = 0; i < WARM_RUNS; i++) {
  const t = performance.now();
  matcherFor(DEFAULT_SETTINGS);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] as number;

console.log(
  `patterns ${first.patternCount}, longest ${first.maxPatternLength} code points: first compile ${firstMs.toFixed(2)} ms, warm median ${median.toFixed(3)} ms (Node ${process.version})`,
);
