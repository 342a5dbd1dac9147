// Benchmark for term-matching: compile time and scan throughput against the
// number of patterns, with one big alternation RegExp as a reference point.
// Run: npx vite-node scripts/bench-matcher.ts
import type { ScanStats } from '../core/term-matching/index';
import { compileMatcher } from '../core/term-matching/index';
import { seededRandom } from './seeded-random';

const TEXT_CHARS = 5_000_000; // a large web page
const REGEX_BUDGET_MS = 1000; // the regex is scanned over a prefix sized to roughly this

const ENGLISH =
  `the of and to in is that for it as was with be by on not he this are or his from at which
but have an they you were her she there been one all we their has would when if so no will more about can
said them some could him into its time only do other than then two also new any may these people after first
like over such our very through what well where most much before should years because each those how up out
patients treatment depression dose study clinical effects anxiety therapy medicine doctor hospital research
pain brain drug drugs use used dose doses trial trials evidence risk risks safety mental health care week weeks`
    .split(/\s+/)
    .filter(Boolean);

const TERMS = [
  'ketamine',
  'esketamine',
  'Spravato',
  'Ketalar',
  'ketamine-assisted psychotherapy',
  'ketamine assisted therapy',
  'ketamine infusion',
  'ketamine infusions',
  'IV ketamine',
  'intravenous ketamine',
  'dissociative anaesthetic',
  'dissociative anesthetic',
  'treatment-resistant depression',
  'treatment resistant depression',
  'generalised anxiety disorder',
  'generalized anxiety disorder',
  'NMDA receptor',
  'NMDA receptor antagonist',
  'ketamine cystitis',
  'k-hole',
  'кетамин',
  'ケタミン',
  '氯胺酮',
  '케타민',
  'κεταμίνη',
];

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)] as T;
}

/** English-like prose with sentences, punctuation and a real term now and then. */
function makeText(chars: number): string {
  const next = seededRandom(42);
  const parts: string[] = [];
  let size = 0;
  while (size < chars) {
    const words: string[] = [];
    const length = 6 + Math.floor(next() * 18);
    for (let i = 0; i < length; i++)
      words.push(next() < 0.01 ? pick(TERMS, next) : pick(ENGLISH, next));
    const first = words[0] as string;
    words[0] = first.charAt(0).toUpperCase() + first.slice(1);
    const sentence = `${words.join(next() < 0.9 ? ' ' : ', ')}. `;
    parts.push(sentence);
    size += sentence.length;
  }
  return parts.join('').slice(0, chars);
}

/** The real terms, then English word pairs and random letter words: partial matches are common. */
function makePatterns(count: number): string[] {
  const next = seededRandom(count);
  const patterns = new Set(TERMS.slice(0, count));
  while (patterns.size < count) {
    if (next() < 0.5) {
      patterns.add(`${pick(ENGLISH, next)} ${pick(ENGLISH, next)}`);
    } else {
      let word = '';
      const length = 4 + Math.floor(next() * 10);
      for (let i = 0; i < length; i++) word += String.fromCharCode(97 + Math.floor(next() * 26));
      patterns.add(word);
    }
  }
  return [...patterns];
}

/** One untimed warm-up call, then the fastest of `runs` timed calls. */
function bestOf<T>(runs: number, fn: () => T): { ms: number; result: T } {
  let result = fn();
  let ms = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = fn();
    ms = Math.min(ms, performance.now() - started);
  }
  return { ms, result };
}

function alternation(patterns: string[]): RegExp {
  const escaped = [...patterns]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`\\b(?:${escaped.join('|')})\\b`, 'gi');
}

function countRegexMatches(regex: RegExp, text: string): number {
  regex.lastIndex = 0;
  let count = 0;
  while (regex.exec(text) !== null) count++;
  return count;
}

/** Scans a prefix of `text` sized to take about REGEX_BUDGET_MS. */
function benchRegex(patterns: string[], text: string) {
  const regex = alternation(patterns);
  const probe = text.slice(0, 20_000);
  const probeMs = bestOf(1, () => countRegexMatches(regex, probe)).ms;
  const chars = Math.min(
    text.length,
    Math.max(probe.length, Math.floor((probe.length * REGEX_BUDGET_MS) / Math.max(probeMs, 0.01))),
  );
  const slice = text.slice(0, chars);
  const { ms, result } = bestOf(chars === text.length ? 3 : 1, () =>
    countRegexMatches(regex, slice),
  );
  return { chars, ms, matches: result };
}

const mbPerSecond = (chars: number, ms: number) => (chars / 1e6 / (ms / 1000)).toFixed(1);
const fixed = (value: number, digits = 1) => value.toFixed(digits);

const text = makeText(TEXT_CHARS);
console.log(
  `Text: ${text.length.toLocaleString('en')} UTF-16 chars of English-like prose. Node ${process.version}.`,
);
console.log(
  'MB/s = 10^6 UTF-16 chars per second (best of 3 scans). Regex: one \\b(?:…)\\b alternation, flags gi, longest first, scanned over a time-boxed prefix.\n',
);
console.log(
  '| patterns | compile ms | chars scanned | ms | MB/s | steps/char | matches | regex chars scanned | regex ms | regex MB/s | regex matches (same prefix) |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const count of [10, 100, 1_000, 10_000]) {
  const patterns = makePatterns(count);
  const compiled = bestOf(2, () => compileMatcher(patterns.map((p, i) => ({ text: p, value: i }))));
  const matcher = compiled.result;
  const stats: ScanStats = { steps: 0, chars: 0 };
  matcher.find(text, 0, text.length, stats);
  const scanned = bestOf(3, () => matcher.find(text));
  const regex = benchRegex(patterns, text);
  const ourOnPrefix = matcher.find(text, 0, regex.chars).length;
  console.log(
    `| ${count.toLocaleString('en')} | ${fixed(compiled.ms)} | ${text.length.toLocaleString('en')} | ${fixed(scanned.ms)} | ${mbPerSecond(text.length, scanned.ms)} | ${fixed(stats.steps / stats.chars, 3)} | ${scanned.result.length.toLocaleString('en')} | ${regex.chars.toLocaleString('en')} | ${fixed(regex.ms)} | ${mbPerSecond(regex.chars, regex.ms)} | ${regex.matches.toLocaleString('en')} (ours: ${ourOnPrefix.toLocaleString('en')}) |`,
  );
}
