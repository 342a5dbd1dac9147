import type { BrowserContext, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread time: how long the thread ran, not counting time the system gave others. */
  tdur?: number;
  args?: {
    name?: string;
    data?: { url?: string; processId?: number; frames?: { url?: string; processId?: number }[] };
  };
}

export interface MainThreadTask {
  /** The task's length, as a long-task observer would see it. */
  ms: number;
  /**
   * Time in the task spent in calls into the extension's own script (an observer callback, a
   * listener, a timer, a module's evaluation). An async function resumed after
   * `scheduler.yield()` runs as a microtask that the trace does not name a script for: scan
   * slices are told by `resumesYield` instead.
   */
  ownMs: number;
  /**
   * How long the thread ran in the task: its length less the time the system ran other
   * processes (on a shared two-core machine, often most of a long task's length).
   */
  threadMs: number;
  /** The task resumes a `scheduler.yield()`: on a page that never yields, a scan slice of ours. */
  resumesYield: boolean;
  /** Time in the task spent collecting garbage (V8's and Blink's), to tell a slow slice's cause. */
  gcMs: number;
}

// Script entry points the trace records; each carries the URL of the script it runs.
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.callFunction', 'v8.compile']);
// Garbage collection on the main thread: V8's (MajorGC, MinorGC) and Blink's (BlinkGC.*).
const GC_EVENT = /^(MajorGC|MinorGC|BlinkGC\.)/;

/**
 * Traces the page's renderer while `run` runs, and gives each task of its main thread with
 * how much of it was the extension's script. A page-world long-task observer sees the
 * length only, and cannot tell the page's own layout of 5,000 cells from a task of ours.
 */
export async function traceMainThreadTasks(
  context: BrowserContext,
  page: Page,
  run: () => Promise<unknown>,
): Promise<MainThreadTask[]> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    for (const event of value as unknown as TraceEvent[]) events.push(event);
  });
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', {
    traceConfig: {
      // The last one names each frame's process (TracingStartedInBrowser).
      includedCategories: [
        'toplevel',
        'devtools.timeline',
        'v8.execute',
        'disabled-by-default-devtools.timeline',
      ],
    },
    transferMode: 'ReportEvents',
  });
  try {
    await run();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return tasksOfPage(events, page.url());
}

function tasksOfPage(events: TraceEvent[], pageUrl: string): MainThreadTask[] {
  // The page's main thread: the renderer main thread of the process showing its top frame,
  // named when tracing starts or, for a page loaded while tracing, when its frame commits.
  const pid = events
    .flatMap((e) =>
      e.name === 'TracingStartedInBrowser'
        ? (e.args?.data?.frames ?? [])
        : e.name === 'FrameCommittedInBrowser' && e.args?.data
          ? [e.args.data]
          : [],
    )
    .findLast((frame) => frame.url === pageUrl)?.processId;
  const thread = events.find(
    (e) =>
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      e.pid === pid,
  );
  if (!thread) throw new Error(`The trace names no renderer main thread for ${pageUrl}`);
  const spans = events
    .filter((e) => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid && e.dur)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));

  const tasks: MainThreadTask[] = [];
  let taskEnd = Number.NEGATIVE_INFINITY;
  let ownEnd = Number.NEGATIVE_INFINITY;
  let gcEnd = Number.NEGATIVE_INFINITY;
  for (const span of spans) {
    const end = span.ts + (span.dur ?? 0);
    if (span.ts >= taskEnd) {
      // Outside the last task: a new one (tasks do not nest; anything inside one is its part).
      tasks.push({
        ms: (span.dur ?? 0) / 1000,
        ownMs: 0,
        threadMs: (span.tdur ?? span.dur ?? 0) / 1000,
        resumesYield: false,
        gcMs: 0,
      });
      taskEnd = end;
      ownEnd = Number.NEGATIVE_INFINITY;
      gcEnd = Number.NEGATIVE_INFINITY;
      continue;
    }
    const task = tasks[tasks.length - 1] as MainThreadTask;
    if (span.name === 'RunYieldContinuation') task.resumesYield = true;
    if (GC_EVENT.test(span.name) && span.ts >= gcEnd) {
      task.gcMs += (span.dur ?? 0) / 1000;
      gcEnd = end;
    }
    const ours =
      SCRIPT_EVENTS.has(span.name) && span.args?.data?.url?.startsWith('chrome-extension://');
    if (ours && span.ts >= ownEnd) {
      // Counted once: a call of ours inside one of ours is already in it.
      task.ownMs += (span.dur ?? 0) / 1000;
      ownEnd = end;
    }
  }
  return tasks;
}
