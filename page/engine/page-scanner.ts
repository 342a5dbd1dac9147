import type { Matcher } from '../../core/term-matching';
import type { BlockCache, RunMatch } from './block-cache';
import { SCAN_MEASURE } from './contract-names';
import type { MatchValue } from './match-value';
import { nodeIndexAt, ownerFinder, PAUSE, type TextRun, walkTextRuns } from './text-runs';
import { SLICE_MS, yieldToPage } from './yield-to-page';

/** A subtree to scan: deep walks every nested block, shallow only blocks not seen before. */
export interface ScanScope {
  node: Node;
  deep: boolean;
}

export interface ScannerHooks {
  shadowRootOf: (element: Element) => ShadowRoot | null;
  /** A shadow root met during a walk; return true when it is new and should be scanned. */
  onShadowRoot: (root: ShadowRoot) => boolean;
  /** Called before each break of a pass, so what was found so far can be shown. */
  onSlice?: () => void;
}

const MAX_KEPT_MEASURES = 1000;
// Huge runs (a 5 MB <pre>) are matched a window at a time so a slice stays short.
const MATCH_WINDOW = 64 * 1024;
// A window full of terms (about 1,000) is highlighted this many at a time between looks at the
// clock.
const MATCHES_BETWEEN_LOOKS = 64;
// Longest line that does not wrap (<pre>, nowrap) in which terms are still highlighted.
const MAX_UNWRAPPED_LINE = 10_000;
// A block of text nodes only, up to this long, is matched as a whole first: one without a term
// is left without reading its nodes. A longer one is read and matched a window at a time.
const MAX_LEAF_LOOK = 4096;

/**
 * Turns text runs into highlight ranges, a slice at a time: it yields to the page whenever a
 * slice has used its budget, so no task of ours becomes a long task. What each block held at
 * its last scan is the block cache's (block-cache.ts), which it tells what it walks and finds.
 */
export class PageScanner {
  private measures = 0;

  constructor(
    private readonly matcher: Matcher<MatchValue>,
    private readonly cache: BlockCache,
    private readonly hooks: ScannerHooks,
    private readonly signal: AbortSignal,
  ) {}

  /** One scan pass, recorded as a `ketamine-lens:scan` measure; resolves with its busy ms. */
  async pass(initial: ScanScope[]): Promise<number | undefined> {
    this.cache.beginPass();
    try {
      return await this.scan(initial);
    } finally {
      this.cache.endPass();
    }
  }

  private async scan(initial: ScanScope[]): Promise<number | undefined> {
    const start = performance.now();
    let deadline = start + SLICE_MS;
    let busy = 0;
    let sliceStart = start;
    // Slices and the longest one go into the measure: a page-world 'longtask' observer sees
    // every long task of the thread (ours included) but cannot say whose it was.
    let slices = 1;
    let longestSlice = 0;
    // Deep scopes first: a block added to the page comes both as a deep scope of its own
    // and inside its parent's shallow one, whose walk then passes over it as seen, so its
    // terms are matched once, not twice.
    const scopes = [...initial.filter((s) => s.deep), ...initial.filter((s) => !s.deep)];
    let matched = 0;
    const onShadowRoot = (root: ShadowRoot) => {
      if (this.hooks.onShadowRoot(root)) scopes.push({ node: root, deep: true });
    };
    // Owners found before a break may have moved during it: a new finder after each one.
    let ownerOf = ownerFinder();
    const takeBreak = async () => {
      const slice = performance.now() - sliceStart;
      busy += slice;
      longestSlice = Math.max(longestSlice, slice);
      slices++;
      this.hooks.onSlice?.();
      await yieldToPage();
      ownerOf = ownerFinder();
      sliceStart = performance.now();
      deadline = sliceStart + SLICE_MS;
    };
    const onInterrupted = (parent: Node) => {
      const owner = ownerOf(parent);
      if (owner) scopes.push({ node: owner, deep: false });
    };

    for (let i = 0; i < scopes.length; i++) {
      const { node, deep } = scopes[i] as ScanScope;
      if (!node.isConnected) continue;
      // A <script>, <style>, <textarea>, editable region… added after load comes as a scope
      // of its own; the walk skips such elements only below its root, so it is left alone here.
      if (ownerOf(node) === null) continue;
      // A leaf with its old text and all its highlights (put back by the cache) is done.
      if (!deep && this.cache.isCurrent(node)) continue;
      this.cache.startBlock(node);
      const walk = walkTextRuns(node, {
        shadowRootOf: this.hooks.shadowRootOf,
        onShadowRoot,
        enterBlock: (element) => this.cache.enterBlock(element, deep),
        skipLeaf: (text) => text.length <= MAX_LEAF_LOOK && this.matcher.find(text).length === 0,
        onInterrupted,
      });
      for (const run of walk) {
        if (this.signal.aborted) return undefined;
        if (run !== PAUSE) {
          const skip = longUnwrappedLines(run);
          for (let from = 0; from < run.text.length; ) {
            const to = from + MATCH_WINDOW;
            const found = this.highlight(run, from, to, skip, deadline);
            if (found === null) break;
            matched += found.count;
            from = found.next;
            if (performance.now() > deadline) await takeBreak();
            if (this.signal.aborted) return undefined;
          }
        } else if (performance.now() > deadline) {
          await takeBreak();
        }
      }
      this.cache.endBlock(node);
    }
    const lastSlice = performance.now() - sliceStart;
    busy += lastSlice;
    longestSlice = Math.max(longestSlice, lastSlice);
    this.record(start, {
      scopes: scopes.length,
      matched,
      busyMs: round(busy),
      slices,
      longestSliceMs: round(longestSlice),
    });
    return busy;
  }

  /**
   * Highlights the matches starting in [from, to), except those in `skip` (start, end pairs),
   * until `deadline`; returns how many it highlighted, and where the next window starts. Null
   * when the page changed the run's text nodes in that stretch during a break: the run is
   * left, and the change's own rescan will find its terms.
   */
  private highlight(
    run: TextRun,
    from: number,
    to: number,
    skip: readonly number[],
    deadline: number,
  ): { count: number; next: number } | null {
    const found = this.matcher.find(run.text, from, Math.min(to, run.text.length));
    const end = found[found.length - 1]?.end ?? to;
    if (!isIntact(run, from, Math.min(Math.max(to, end), run.text.length))) return null;
    let count = 0;
    for (let i = 0; i < found.length; i++) {
      const match = found[i] as RunMatch;
      if (skip.length === 0 || !isInside(skip, match.start)) {
        this.cache.addMatch(run, match);
        count++;
      }
      if ((i + 1) % MATCHES_BETWEEN_LOOKS === 0 && i + 1 < found.length) {
        // The matcher's contract: a window starts after the last match's end, so a phrase
        // across the cut ("IV | ketamine") is not also found in part.
        if (performance.now() > deadline) return { count, next: match.end };
      }
    }
    return { count, next: Math.max(to, end) };
  }

  private record(start: number, detail: Record<string, number>): void {
    // Only the check build leaves measures: a page must not learn that the lens is here.
    if (!__KETAMINE_LENS_CHECKS__) return;
    // The timeline keeps every measure; on a page that changes for hours, start it afresh.
    if (++this.measures > MAX_KEPT_MEASURES) {
      performance.clearMeasures(SCAN_MEASURE);
      this.measures = 1;
    }
    performance.measure(SCAN_MEASURE, { start, end: performance.now(), detail });
  }
}

/**
 * Chrome paints the highlights of a line that does not wrap at a cost of about its length
 * times its number of ranges, whatever part is on screen: a megabyte-long line full of terms
 * freezes the tab (in plain Chromium too, so it is the browser's cost, but we trigger it).
 * Such lines are data,
 * not prose: lines longer than MAX_UNWRAPPED_LINE that do not wrap are left unhighlighted.
 * Returns their [start, end) pairs; computed styles are read only for runs that long.
 */
function longUnwrappedLines(run: TextRun): number[] {
  const { text, owner } = run;
  if (text.length <= MAX_UNWRAPPED_LINE) return [];
  const element =
    owner instanceof Element
      ? owner
      : owner instanceof ShadowRoot
        ? owner.host
        : (owner as Document).body;
  if (!element) return [];
  const style = getComputedStyle(element);
  const wraps =
    style.whiteSpace !== 'pre' &&
    style.whiteSpace !== 'nowrap' &&
    style.getPropertyValue('text-wrap-mode') !== 'nowrap';
  if (wraps) return [];
  const lines: number[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (end - start > MAX_UNWRAPPED_LINE) lines.push(start, end);
    start = end + 1;
  }
  return lines;
}

function isInside(pairs: readonly number[], offset: number): boolean {
  for (let i = 0; i < pairs.length; i += 2) {
    if (offset >= (pairs[i] as number) && offset < (pairs[i + 1] as number)) return true;
  }
  return false;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

/**
 * The nodes holding characters [from, to) of the run still hold the text they had when the
 * run was built (the page may have changed during a break). Only that stretch is checked,
 * so a run of 200,000 nodes costs its window's nodes per window, not all of them.
 */
function isIntact(run: TextRun, from: number, to: number): boolean {
  if (to <= from) return true;
  const last = run.nodes.length - 1;
  const lastInWindow = nodeIndexAt(run.starts, to - 1);
  for (let i = nodeIndexAt(run.starts, from); i <= lastInWindow; i++) {
    const node = run.nodes[i] as Text;
    const next = i < last ? (run.starts[i + 1] as number) : run.text.length;
    if (!node.isConnected || node.length !== next - (run.starts[i] as number)) return false;
  }
  return true;
}
