import { isInlineElement } from './element-kinds';
import type { HighlightRegistry } from './highlight-registry';
import type { ScanScope } from './page-scanner';
import { ownerBlockOf } from './text-runs';

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
    this.observer.observe(root, { childList: true, characterData: true, subtree: true });
  }

  disconnect(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.dirty.clear();
  }

  private onRecords(records: MutationRecord[]): void {
    let removed = false;
    for (const record of records) {
      if (record.type === 'childList' && isOwnUiOnly(record)) continue;
      const root = record.target.getRootNode();
      const owner = ownerBlockOf(record.target, root);
      if (!owner) continue;
      this.registry.dropOwner(owner);
      this.markDirty(owner, false);
      if (record.type !== 'childList') continue;
      if (record.removedNodes.length > 0) removed = true;
      for (const added of record.addedNodes) {
        if (added.nodeType === Node.ELEMENT_NODE && !isInlineElement(added as Element)) {
          this.markDirty(added, true);
        }
      }
    }
    if (removed) this.registry.sweep();
    this.schedule();
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
