import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { matcherPatterns } from '../../build/pattern-matcher';
import { DEFAULT_SETTINGS } from '../../common/settings/settings';
import { ENGINE_STAGE } from '../../page/engine-stage/port';
import { followExtensionWorlds } from './content-world';
import { MYTH, SCAN, SETTLE_MS, TERM } from './harness';
import { addParagraphIn, highlightTextsOf } from './page-side';

/** What the page's main world can tell about one registered range. */
export interface RangeInfo {
  highlight: string;
  text: string;
  collapsed: boolean;
  /** Both boundary containers still in the document (or in a shadow root of it). */
  connected: boolean;
  /** 'document', or 'shadow:<host tag>' when the range lies in a shadow tree. */
  root: string;
  /** The start container's parent element's tag, for readable failures. */
  parentTag: string;
  /** Id of the nearest ancestor with one (across shadow roots: the host's), or ''. */
  id: string;
}

/** Every range of both highlights, as seen from the page's main world. */
export function rangeInfos(target: Page | Frame): Promise<RangeInfo[]> {
  return target.evaluate(collectRanges, [TERM, MYTH]);
}

/**
 * Runs in the page: one entry per registered range. Kept self-contained so it can also be
 * passed (as source) into a page-side evaluate that mutates first and then inspects.
 */
export function collectRanges(names: string[]): RangeInfo[] {
  const out: RangeInfo[] = [];
  for (const name of names) {
    const highlight = CSS.highlights.get(name);
    if (!highlight) continue;
    for (const abstract of highlight) {
      // A static range's bounds may no longer fit their nodes: read as collapsed, then.
      const range = new Range();
      try {
        range.setStart(abstract.startContainer, abstract.startOffset);
        range.setEnd(abstract.endContainer, abstract.endOffset);
      } catch {
        range.collapse(true);
      }
      const rootNode = range.startContainer.getRootNode();
      const root =
        rootNode instanceof ShadowRoot
          ? `shadow:${rootNode.host.localName}`
          : rootNode === document
            ? 'document'
            : 'detached';
      out.push({
        highlight: name,
        text: range.toString(),
        collapsed: range.collapsed,
        connected: range.startContainer.isConnected && range.endContainer.isConnected,
        root,
        parentTag: range.startContainer.parentElement?.localName ?? '',
        id:
          range.startContainer.parentElement?.closest('[id]')?.id ||
          (rootNode instanceof ShadowRoot ? rootNode.host.closest('[id]')?.id : '') ||
          '',
      });
    }
  }
  return out;
}

/**
 * Runs `mutation` (JavaScript source) in the page's main world, lets one task pass (so the
 * extension's MutationObserver callback has run, but no timer-driven rescan yet), and then
 * reports every registered range: what a reader sees right after a page changes.
 */
export function mutateThenInspect(target: Page | Frame, mutation: string): Promise<RangeInfo[]> {
  return target.evaluate(
    async ([source, collect, names]) => {
      new Function(source)();
      await new Promise((resolve) => setTimeout(resolve, 0));
      return new Function(`return (${collect})`)()(names) as RangeInfo[];
    },
    [mutation, collectRanges.toString(), [TERM, MYTH]] as const,
  );
}

/** Folds text the way a reader compares words: case, invisible characters, dashes, spaces. */
export function foldForCompare(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u2010-\u2013\u2212\ufe63\uff0d]/g, '-')
    .replace(/[\u2018\u2019\u201b\u02bc\uff07]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

// What the extension matches: the pack's patterns and their inflected forms.
const KNOWN = new Set(matcherPatterns(DEFAULT_SETTINGS).map((p) => foldForCompare(p.text)));

/** Whether a range's text is one of the pack's highlight patterns (case-insensitively). */
export function isKnownPattern(text: string): boolean {
  return KNOWN.has(foldForCompare(text));
}

/** Ranges that break the contract: collapsed, disconnected, or not a known pattern's text. */
export function badRanges(infos: RangeInfo[]): RangeInfo[] {
  return infos.filter((r) => r.collapsed || !r.connected || !isKnownPattern(r.text));
}

/** Checks that every range the page or frame has registered keeps the contract (`badRanges`). */
export async function expectNoBadRanges(target: Page | Frame, message?: string): Promise<void> {
  expect(badRanges(await rangeInfos(target)), message).toEqual([]);
}

export function texts(infos: RangeInfo[], highlight = TERM): string[] {
  return infos
    .filter((r) => r.highlight === highlight)
    .map((r) => r.text)
    .sort();
}

/** Waits until the frame's highlighted texts (both highlights, sorted) equal `expected`. */
export async function waitForTexts(
  target: Page | Frame,
  expected: string[],
  timeout = SETTLE_MS,
): Promise<void> {
  await expect
    .poll(() => target.evaluate(highlightTextsOf, { names: [TERM, MYTH] }), {
      timeout,
      interval: 50,
    })
    .toEqual([...expected].sort());
}

/** What a `ketamine-lens:scan` measure reports of its pass (page/engine/page-scanner.ts). */
export interface ScanDetail {
  scopes: number;
  matched: number;
  slices: number;
  longestSliceMs: number;
}

/** The details of every scan measure of the document so far, in order. */
export function scanDetails(target: Page | Frame): Promise<ScanDetail[]> {
  return target.evaluate(
    (name) =>
      performance
        .getEntriesByName(name, 'measure')
        .map((entry) => (entry as PerformanceMeasure).detail as ScanDetail),
    SCAN,
  );
}

/** How many scan passes the document of a page or frame has measured. */
function scanCount(target: Page | Frame): Promise<number> {
  return target.evaluate((name) => performance.getEntriesByName(name).length, SCAN);
}

/** Makes `change`, then waits for one more scan pass: proof that the change was looked at. */
export async function changeAndWaitForScan(
  target: Page | Frame,
  change: () => Promise<unknown>,
  timeout = SETTLE_MS,
): Promise<void> {
  const seen = await scanCount(target);
  await change();
  await target.waitForFunction(
    ([name, count]) => performance.getEntriesByName(name).length > count,
    [SCAN, seen] as const,
    { timeout, polling: 50 },
  );
}

/** Errors anywhere in a page: main world, content-script worlds and the browser's own log. */
export interface ErrorLog {
  errors: string[];
  /**
   * Runs JavaScript in the extension's content-script world of the top frame (for probes),
   * and gives its value (JSON-serialisable values only).
   */
  evaluateInExtensionWorld(expression: string): Promise<unknown>;
  stop(): Promise<void>;
}

/**
 * Collects every error a page reports, in every JavaScript world: Playwright's page events
 * only see the main world, so the DevTools protocol is asked directly as well, which also
 * reports uncaught exceptions and console.error calls of content scripts.
 */
export async function watchErrors(page: Page): Promise<ErrorLog> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', (event) => {
    const details = event.exceptionDetails;
    errors.push(
      `exception: ${details.exception?.description ?? details.text} (${details.url ?? ''})`,
    );
  });
  cdp.on('Runtime.consoleAPICalled', (event) => {
    if (event.type === 'error' || event.type === 'assert') {
      errors.push(
        `console(${event.executionContextId}): ${event.args.map((a) => a.value ?? a.description).join(' ')}`,
      );
    }
  });
  cdp.on('Log.entryAdded', (event) => {
    if (event.entry.level === 'error')
      errors.push(`log: ${event.entry.text} (${event.entry.url ?? ''})`);
  });
  const worlds = await followExtensionWorlds(cdp);
  await cdp.send('Log.enable');
  return {
    errors,
    evaluateInExtensionWorld: worlds.evaluate,
    stop: async () => {
      await cdp.detach().catch(() => {});
    },
  };
}

/**
 * Runs `check` with the page's error log (see watchErrors), then stops the log and closes the
 * page, whether the check passed or not.
 */
export async function withErrorLog(
  page: Page,
  check: (log: ErrorLog) => Promise<void>,
): Promise<void> {
  const log = await watchErrors(page);
  try {
    await check(log);
  } finally {
    await log.stop();
    await page.close();
  }
}

/**
 * For `ErrorLog.evaluateInExtensionWorld`: 'object' once the engine stage has loaded in that
 * frame's world, 'undefined' before.
 */
export const ENGINE_STAGE_TYPE = `typeof globalThis[Symbol.for('${ENGINE_STAGE.description}')]`;

/** Appends a paragraph with `text` to the page's `#main`, as a page adding content does. */
export function addParagraph(target: Page | Frame, text: string): Promise<void> {
  return target.evaluate(addParagraphIn, { text, into: '#main' });
}
