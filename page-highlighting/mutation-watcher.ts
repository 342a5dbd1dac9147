import { isInlineElement } from './element-kinds';
import type { HighlightRegistry } from './highlight-registry';
import type { ScanScope } from './page-scanner';
import { ownerBlockOf, scannedOwnerOf } from './text-runs';

const OWN_UI_TAG = 'KETAMINE-LENS-CARD';
// The first rescan waits a little so a burst of changes becomes one pass; later ones are
// spaced so a node rewritten 100 times a second costs a few small passes a second.
const FIRST_DELAY_MS = 50;
const MIN_GAP_MS = 250;

/**
 * Watches the document and each scanned shadow root. Ranges on changed or removed text are
 * dropped in the observer callback itself; the changed blocks are rescanned in batches.
 */
export class MutationWatcher {
  private readonly observer = new MutationObserver((records) => this.onRecords(records));
  private readonly dirty = new Map<Node, boolean>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastFlush = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly registry: HighlightRegistry,
    private readonly rescan: (scopes: ScanScope[]) => Promise<void>,
  ) {}

  observe(root: Document | ShadowRoot): void {
    this.observer.observe(root, {
      childList: true,
      characterData: true,
      subtree: true,
      // Fix: the attributes that make an element skipped (element-kinds.ts) were not watched,
      // so a section revealed by removing `hidden` was never highlighted, and an article made
      // editable in place kept its highlights while being edited.
      attributes: true,
      attributeFilter: ['hidden', 'contenteditable'],
    });
  }

  disconnect(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.dirty.clear();
  }

  private onRecords(records: MutationRecord[]): void {
    let removed = false;
    const changed = new Set<Node>();
    for (const record of records) {
      if (record.type === 'childList' && isOwnUiOnly(record)) continue;
      const root = record.target.getRootNode();
      if (record.type === 'attributes') {
        this.onSkipChanged(record.target as Element, root);
        continue;
      }
      const owner = ownerBlockOf(record.target, root);
      if (!owner) {
        // Fix: text in a skipped region is never scanned, so changes there were ignored. But a
        // region can become skipped after it was scanned (an inline editor sets contenteditable
        // on the article), and edits then left collapsed or rewritten ranges registered. Drop
        // those now; the region is not rescanned.
        this.registry.dropChanged(scannedOwnerOf(record.target, root));
        if (record.type === 'childList' && record.removedNodes.length > 0) removed = true;
        continue;
      }
      changed.add(owner);
      this.markDirty(owner, false);
      if (record.type !== 'childList') continue;
      if (record.removedNodes.length > 0) removed = true;
      for (const added of record.addedNodes) {
        if (added.nodeType === Node.ELEMENT_NODE && !isInlineElement(added as Element)) {
          this.markDirty(added, true);
        }
      }
    }
    // Ranges whose text changed go now; the rest of each block's stay until its rescan.
    for (const owner of changed) this.registry.dropChanged(owner);
    if (removed) {
      // Fix: a scanned block moved into a new inline wrapper (<a><div>…</div></a>) lost its
      // ranges here and was never rescanned, as the walk skips blocks it has seen.
      for (const moved of this.registry.sweep()) this.markDirty(moved, false);
    }
    this.schedule();
  }

  /** An element's `hidden` or `contenteditable` changed: drop or rescan what it holds. */
  private onSkipChanged(element: Element, root: Node): void {
    const owner = ownerBlockOf(element, root);
    if (owner === null) this.registry.dropWithin(element);
    else this.markDirty(owner, true);
  }

  private markDirty(node: Node, deep: boolean): void {
    this.dirty.set(node, deep || this.dirty.get(node) === true);
  }

  private schedule(): void {
    if (this.timer !== undefined || this.dirty.size === 0) return;
    const wait = Math.max(FIRST_DELAY_MS, this.lastFlush + MIN_GAP_MS - performance.now());
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  private async flush(): Promise<void> {
    const scopes = [...this.dirty].map(([node, deep]) => ({ node, deep }));
    this.dirty.clear();
    try {
      await this.rescan(scopes);
    } finally {
      this.lastFlush = performance.now();
      this.timer = undefined;
      this.schedule();
    }
  }
}

function isOwnUiOnly(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((n) => n.nodeName === OWN_UI_TAG);
}
