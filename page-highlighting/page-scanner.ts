import type { Matcher } from '../term-matching';
import type { HighlightRegistry } from './highlight-registry';
import type { MatchValue } from './match-value';
import { ownerBlockOf, PAUSE, type TextRun, walkTextRuns } from './text-runs';
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
}

export const SCAN_MEASURE = 'ketamine-lens:scan';
const MAX_KEPT_MEASURES = 1000;
// Huge runs (a 5 MB <pre>) are matched a window at a time so a slice stays short.
const MATCH_WINDOW = 64 * 1024;
// Longest line that does not wrap (<pre>, nowrap) in which terms are still highlighted.
const MAX_UNWRAPPED_LINE = 10_000;

/**
 * Turns text runs into highlight ranges, a slice at a time: it yields to the page whenever a
 * slice has used its budget, so no task of ours becomes a long task.
 */
export class PageScanner {
  private readonly seenBlocks = new WeakSet<Node>();
  private measures = 0;

  constructor(
    private readonly matcher: Matcher<MatchValue>,
    private readonly registry: HighlightRegistry,
    private readonly hooks: ScannerHooks,
    private readonly signal: AbortSignal,
  ) {}

  /** One scan pass, recorded as a `ketamine-lens:scan` measure. */
  async pass(initial: ScanScope[]): Promise<void> {
    const start = performance.now();
    let deadline = start + SLICE_MS;
    let busy = 0;
    let sliceStart = start;
    // Slices and the longest one go into the measure: the Long Tasks API does not report
    // content-script tasks, so this is how a test can see that no slice became a long task.
    let slices = 1;
    let longestSlice = 0;
    const scopes = [...initial];
    let matched = 0;
    const onShadowRoot = (root: ShadowRoot) => {
      if (this.hooks.onShadowRoot(root)) scopes.push({ node: root, deep: true });
    };
    const takeBreak = async () => {
      const slice = performance.now() - sliceStart;
      busy += slice;
      longestSlice = Math.max(longestSlice, slice);
      slices++;
      await yieldToPage();
      sliceStart = performance.now();
      deadline = sliceStart + SLICE_MS;
    };

    for (let i = 0; i < scopes.length; i++) {
      const { node, deep } = scopes[i] as ScanScope;
      if (!node.isConnected) continue;
      // Fix: a <script>, <style>, <textarea>, editable region… added after load came here as
      // a scope of its own, and the walk (which skips such elements only below its root)
      // highlighted its text. A scope that is, or lies in, a skipped element is left alone.
      if (ownerBlockOf(node, node.getRootNode()) === null) continue;
      this.seenBlocks.add(node);
      this.registry.dropOwner(node);
      const walk = walkTextRuns(node, {
        shadowRootOf: this.hooks.shadowRootOf,
        onShadowRoot,
        enterBlock: (element) => this.enterBlock(element, deep),
      });
      for (const run of walk) {
        if (this.signal.aborted) return;
        if (run !== PAUSE) {
          const skip = longUnwrappedLines(run);
          for (let from = 0; from < run.text.length; ) {
            if (!isIntact(run)) break;
            const to = from + MATCH_WINDOW;
            const found = this.highlight(run, from, to, skip);
            matched += found.count;
            // Fix: the next window started at `to` even when the last match ran past it, so a
            // phrase across the cut ("IV | ketamine") also gave an overlapping "ketamine".
            // The matcher's contract: start the next window after the last match's end.
            from = Math.max(to, found.end);
            if (performance.now() > deadline) await takeBreak();
            if (this.signal.aborted) return;
          }
        } else if (performance.now() > deadline) {
          await takeBreak();
        }
      }
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
  }

  private enterBlock(element: Element, deep: boolean): boolean {
    if (!deep && this.seenBlocks.has(element)) return false;
    this.seenBlocks.add(element);
    this.registry.dropOwner(element);
    return true;
  }

  /**
   * Highlights the matches starting in [from, to), except those in `skip` (start, end pairs);
   * returns how many it highlighted, and where the last match ends.
   */
  private highlight(
    run: TextRun,
    from: number,
    to: number,
    skip: readonly number[],
  ): { count: number; end: number } {
    const found = this.matcher.find(run.text, from, Math.min(to, run.text.length));
    const matches = skip.length === 0 ? found : found.filter((m) => !isInside(skip, m.start));
    for (const match of matches) {
      const first = nodeIndexAt(run.starts, match.start);
      const last = nodeIndexAt(run.starts, match.end - 1);
      const startNode = run.nodes[first] as Text;
      const endNode = run.nodes[last] as Text;
      const range = new Range();
      range.setStart(startNode, match.start - (run.starts[first] as number));
      range.setEnd(endNode, match.end - (run.starts[last] as number));
      this.registry.add(run.owner, range, match.value, startNode, endNode);
    }
    return { count: matches.length, end: found[found.length - 1]?.end ?? to };
  }

  private record(start: number, detail: Record<string, number>): void {
    // The timeline keeps every measure; on a page that changes for hours, start it afresh.
    if (++this.measures > MAX_KEPT_MEASURES) {
      performance.clearMeasures(SCAN_MEASURE);
      this.measures = 1;
    }
    performance.measure(SCAN_MEASURE, { start, end: performance.now(), detail });
  }
}

/**
 * Fix: Chrome paints the highlights of a line that does not wrap at a cost of about its length
 * times its number of ranges, whatever part is on screen: 100 ranges in a 1.2 MB single-line
 * <pre> took 2 s to paint, and a 2.2 MB one with 18,000 terms froze the tab for minutes (in
 * plain Chromium too, so it is the browser's cost, but we trigger it). Such lines are data,
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

/** The run still holds the text it was built from (the page may have changed during a break). */
function isIntact(run: TextRun): boolean {
  const last = run.nodes.length - 1;
  for (let i = 0; i <= last; i++) {
    const node = run.nodes[i] as Text;
    const next = i < last ? (run.starts[i + 1] as number) : run.text.length;
    if (!node.isConnected || node.length !== next - (run.starts[i] as number)) return false;
  }
  return true;
}

/** Index of the node holding character `offset`, by binary search over node start offsets. */
function nodeIndexAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
