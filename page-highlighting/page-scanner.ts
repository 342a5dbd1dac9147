import type { Matcher } from '../term-matching';
import type { HighlightRegistry } from './highlight-registry';
import type { MatchValue } from './match-value';
import { PAUSE, type TextRun, walkTextRuns } from './text-runs';
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
    const scopes = [...initial];
    let matched = 0;
    const onShadowRoot = (root: ShadowRoot) => {
      if (this.hooks.onShadowRoot(root)) scopes.push({ node: root, deep: true });
    };
    const takeBreak = async () => {
      busy += performance.now() - sliceStart;
      await yieldToPage();
      sliceStart = performance.now();
      deadline = sliceStart + SLICE_MS;
    };

    for (let i = 0; i < scopes.length; i++) {
      const { node, deep } = scopes[i] as ScanScope;
      if (!node.isConnected) continue;
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
          for (let from = 0; from < run.text.length; from += MATCH_WINDOW) {
            if (!isIntact(run)) break;
            matched += this.highlight(run, from, from + MATCH_WINDOW);
            if (performance.now() > deadline) await takeBreak();
            if (this.signal.aborted) return;
          }
        } else if (performance.now() > deadline) {
          await takeBreak();
        }
      }
    }
    busy += performance.now() - sliceStart;
    this.record(start, { scopes: scopes.length, matched, busyMs: Math.round(busy * 100) / 100 });
  }

  private enterBlock(element: Element, deep: boolean): boolean {
    if (!deep && this.seenBlocks.has(element)) return false;
    this.seenBlocks.add(element);
    this.registry.dropOwner(element);
    return true;
  }

  private highlight(run: TextRun, from: number, to: number): number {
    const matches = this.matcher.find(run.text, from, Math.min(to, run.text.length));
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
    return matches.length;
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
