import type { HighlightStyle } from '../../content/kinds';
import type { Matcher } from '../../core/term-matching';
import { BlockCache } from './block-cache';
import { READY_MARK } from './contract-names';
import { guardHighlights } from './highlight-guard';
import type { HighlightLookup } from './highlight-lookup';
import { type HighlightEntry, HighlightRegistry } from './highlight-registry';
import { HighlightStyles } from './highlight-styles';
import type { MatchValue } from './match-value';
import { MutationWatcher } from './mutation-watcher';
import { PageScanner, type ScanScope } from './page-scanner';
import { shadowRootOpener } from './shadow-roots';

export interface PageHighlighterOptions {
  matcher: Matcher<MatchValue>;
  style: HighlightStyle;
  /** Show only the first match of each id in this frame (first-mention.ts). */
  firstMentionOnly?: boolean;
  /** Find and count, but show nothing: no highlight registered, no stylesheet adopted. */
  discreet?: boolean;
  signal: AbortSignal;
  /** Whether this copy of the script may still repair what a page did to its highlights. */
  isValid?: () => boolean;
  /** Called after each scan pass with occurrences per id. */
  onScanned?: (counts: Record<string, number>) => void;
}

export interface PageHighlighter {
  /** Read-only: the features look ranges up, only the engine changes them. */
  readonly registry: HighlightLookup;
  /** Shadow roots being scanned, for hit-testing inside them. */
  readonly shadowRoots: ReadonlySet<ShadowRoot>;
  /** Resolves when the first full scan is done. */
  readonly ready: Promise<void>;
  setStyle(style: HighlightStyle): void;
}

/**
 * Highlights the pack's terms in this document and keeps them in step with the page until
 * `signal` aborts, when every range, style and observer it added is taken away again.
 */
export function startPageHighlighter(options: PageHighlighterOptions): PageHighlighter {
  const { matcher, signal } = options;
  // The block cache holds every entry; the registry decides which are shown.
  const entries = (): Iterable<HighlightEntry> => cache.entries();
  const registry = new HighlightRegistry(entries, {
    firstMentionOnly: options.firstMentionOnly,
  });
  const cache = new BlockCache(registry);
  const styles = new HighlightStyles(options.style);
  const shadowRoots = new Set<ShadowRoot>();
  const openShadow = shadowRootOpener();
  // Nothing of ours is in the page until there is something to show: no highlight in
  // `CSS.highlights`, no adopted sheet, so a term-free page (or one whose terms are all
  // switched off) cannot tell the lens is here.
  let showing = false;
  const showOnceFound = () => {
    if (showing || options.discreet || registry.size === 0 || signal.aborted) return;
    showing = true;
    styles.adoptInto(document);
    for (const root of shadowRoots) styles.adoptInto(root);
    registry.register();
  };
  const guard = guardHighlights(registry, styles, {
    signal,
    isValid: options.isValid ?? (() => true),
  });

  const scanner = new PageScanner(
    matcher,
    cache,
    {
      shadowRootOf: (element) =>
        element.shadowRoot ?? (element.localName.includes('-') ? openShadow(element) : null),
      onShadowRoot: (root) => {
        if (shadowRoots.has(root)) return false;
        shadowRoots.add(root);
        if (showing) styles.adoptInto(root);
        watcher.observe(root);
        return true;
      },
      onSlice: showOnceFound,
    },
    signal,
  );

  // Passes run one after another so two never write the same block's ranges.
  let queue: Promise<number | undefined> = Promise.resolve(undefined);
  const runPass = (scopes: ScanScope[]) => {
    queue = queue
      .then((): Promise<number | undefined> | undefined => {
        // Iframe editors switch designMode on after load and then fill the frame: an editable
        // document is left alone whenever it becomes one, not only when it starts as one.
        if (document.designMode === 'on') {
          cache.clear();
          return undefined;
        }
        return scanner.pass(scopes);
      })
      .then((busy) => {
        registry.settleContext();
        if (signal.aborted) return busy;
        showOnceFound();
        // Nothing registered, nothing to guard.
        if (showing) guard.check();
        options.onScanned?.(registry.countsById());
        return busy;
      });
    return queue;
  };
  const watcher = new MutationWatcher(cache, runPass);

  const isEditableDocument = document.designMode === 'on';
  if (!isEditableDocument) watcher.observe(document);
  const ready = isEditableDocument
    ? Promise.resolve()
    : runPass([{ node: document, deep: true }]).then(() => {
        // The mark is for checks only (docs/contract.md): a plain build leaves none.
        if (
          __KETAMINE_LENS_CHECKS__ &&
          !signal.aborted &&
          performance.getEntriesByName(READY_MARK).length === 0
        ) {
          performance.mark(READY_MARK);
        }
      });

  signal.addEventListener('abort', () => {
    watcher.disconnect();
    cache.clear();
    registry.release();
    styles.removeAll();
  });

  const lookup: HighlightLookup = {
    get size() {
      return registry.size;
    },
    countsById: () => registry.countsById(),
    shown: () => registry.shown(),
    around: (node, offset) => cache.shownAt(node, offset),
  };
  return {
    registry: lookup,
    shadowRoots,
    ready,
    setStyle: (style) => styles.setStyle(style),
  };
}
