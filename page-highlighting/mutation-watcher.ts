import { isInlineElement } from './element-kinds';
import type { HighlightRegistry } from './highlight-registry';
import type { ScanScope } from './page-scanner';
import { ownerBlockOf, ownerFinder, scannedOwnerOf } from './text-runs';
import { SLICE_MS, yieldToPage } from './yield-to-page';

const OWN_UI_TAG = 'KETAMINE-LENS-CARD';
// The first rescan waits a little so a burst of changes becomes one pass; later ones are
// spaced so a node rewritten 100 times a second costs a few small passes a second.
const FIRST_DELAY_MS = 50;
const MIN_GAP_MS = 250;
// Batches are spaced further when they cost more: at most about 1 % of the time is theirs.
const GAP_PER_BUSY_MS = 100;
const MAX_GAP_MS = 2000;

/** Rescans blocks; resolves with the milliseconds it was busy, when it knows them. */
export type Rescan = (scopes: ScanScope[]) => Promise<number | undefined>;

/**
 * Watches the document and each scanned shadow root. Ranges on changed or removed text are
 * dropped in the observer callback itself; the changed blocks are rescanned in batches.
 * The callback costs a few steps per change plus, when there are more changes than ranges
 * (a table re-rendered every 100 ms), one check per range instead of one per change; which
 * blocks changed is worked out per batch, in slices, and blocks whose text is unchanged are
 * passed over by the scanner. A block that lost highlights to such a re-render gets them back
 * in the callback when its text is unchanged (before the page paints), else is rescanned at
 * once, ahead of the batch.
 */
export class MutationWatcher {
  private readonly observer = new MutationObserver((records) => this.onRecords(records));
  private readonly dirty = new Map<Node, boolean>();
  /** Changed nodes with no element child: their block is all that needs a rescan. */
  private pendingTargets = new Set<Node>();
  /** Changes to children of nodes with element children: what they added may be a block. */
  private pendingRecords: MutationRecord[] = [];
  /** Blocks that lost highlights to a change, rescanned ahead of the batch. */
  private readonly urgent = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private urgentTimer: ReturnType<typeof setTimeout> | undefined;
  private lastFlush = Number.NEGATIVE_INFINITY;
  private gap = MIN_GAP_MS;

  constructor(
    private readonly registry: HighlightRegistry,
    private readonly rescan: Rescan,
    /** Puts a block's highlights back without a scan when its text is unchanged. */
    private readonly restore: (block: Node) => boolean = () => false,
  ) {}

  observe(root: Document | ShadowRoot): void {
    this.observer.observe(root, {
      childList: true,
      characterData: true,
      subtree: true,
      // The attributes that make an element skipped (element-kinds.ts): a section revealed
      // by removing `hidden` is highlighted, an article made editable in place is left alone.
      attributes: true,
      attributeFilter: ['hidden', 'contenteditable'],
    });
  }

  disconnect(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    clearTimeout(this.urgentTimer);
    this.dirty.clear();
    this.urgent.clear();
    this.pendingTargets = new Set();
    this.pendingRecords = [];
  }

  private onRecords(records: MutationRecord[]): void {
    for (const record of records) {
      const { type, target } = record;
      if (type === 'attributes') this.onSkipChanged(target as Element, target.getRootNode());
      else if (type === 'childList' && (target as ParentNode).childElementCount > 0) {
        this.pendingRecords.push(record);
      } else this.pendingTargets.add(target);
    }
    if (this.registry.size <= records.length) {
      // More changes than ranges: check every range, not every change.
      for (const lost of this.registry.dropAllChanged()) {
        if (!this.restore(lost)) this.urgent.add(lost);
      }
      if (this.urgent.size > 0) this.urgentTimer ??= setTimeout(() => void this.flushUrgent());
    } else {
      this.dropChangedNow(records);
    }
    this.schedule();
  }

  /** Drops the ranges of the blocks the records touch whose own text was changed. */
  private dropChangedNow(records: MutationRecord[]): void {
    let removed = false;
    const changed = new Set<Node>();
    const ownerOf = ownerFinder();
    for (const record of records) {
      if (record.type === 'attributes') continue;
      if (record.type === 'childList') {
        if (isOwnUiOnly(record, record.addedNodes)) continue;
        if (record.removedNodes.length > 0) removed = true;
      }
      const owner = ownerOf(record.target);
      // Text in a skipped region is never scanned, but a region can become skipped after it
      // was scanned (an inline editor sets contenteditable on the article): ranges left there
      // by edits are dropped now; the region is not rescanned.
      if (owner) changed.add(owner);
      else this.registry.dropChanged(scannedOwnerOf(record.target, record.target.getRootNode()));
    }
    // Ranges whose text changed go now; the rest of each block's stay until its rescan.
    for (const owner of changed) this.registry.dropChanged(owner);
    if (removed) {
      // A scanned block moved into a new inline wrapper (<a><div>…</div></a>) loses its
      // ranges here and must be rescanned: the walk skips blocks it has seen.
      for (const moved of this.registry.sweep()) this.markDirty(moved, false);
    }
  }

  /** Turns pending changes into dirty blocks, a slice at a time; returns its busy time. */
  private async collectDirty(): Promise<number> {
    const targets = [...this.pendingTargets];
    const records = this.pendingRecords;
    this.pendingTargets = new Set();
    this.pendingRecords = [];
    let busy = 0;
    let sliceStart = performance.now();
    let ownerOf = ownerFinder();
    const total = targets.length + records.length;
    for (let i = 0; i < total; i++) {
      if (i < targets.length) {
        const owner = ownerOf(targets[i] as Node);
        if (owner) this.markDirty(owner, false);
      } else {
        this.collectRecord(records[i - targets.length] as MutationRecord, ownerOf);
      }
      if ((i & 63) === 63 && performance.now() - sliceStart > SLICE_MS) {
        busy += performance.now() - sliceStart;
        await yieldToPage();
        ownerOf = ownerFinder();
        sliceStart = performance.now();
      }
    }
    return busy + performance.now() - sliceStart;
  }

  private collectRecord(record: MutationRecord, ownerOf: (node: Node) => Node | null): void {
    const added = record.addedNodes;
    if (isOwnUiOnly(record, added)) return;
    const owner = ownerOf(record.target);
    if (!owner) return;
    this.markDirty(owner, false);
    for (let i = 0; i < added.length; i++) {
      const node = added[i] as Node;
      if (node.nodeType === Node.ELEMENT_NODE && !isInlineElement(node as Element)) {
        this.markDirty(node, true);
      }
    }
  }

  /** An element's `hidden` or `contenteditable` changed: drop or rescan what it holds. */
  private onSkipChanged(element: Element, root: Node): void {
    const owner = ownerBlockOf(element, root);
    if (owner === null) this.registry.dropWithin(element);
    else this.markDirty(owner, true);
  }

  private markDirty(node: Node, deep: boolean): void {
    if (deep) this.dirty.set(node, true);
    else if (!this.dirty.has(node)) this.dirty.set(node, false);
  }

  private hasWork(): boolean {
    return this.dirty.size > 0 || this.pendingTargets.size > 0 || this.pendingRecords.length > 0;
  }

  private schedule(): void {
    if (this.timer !== undefined || !this.hasWork()) return;
    const wait = Math.max(FIRST_DELAY_MS, this.lastFlush + this.gap - performance.now());
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  private async flush(): Promise<void> {
    let busy = 0;
    try {
      busy += await this.collectDirty();
      const scopes = [...this.dirty].map(([node, deep]) => ({ node, deep }));
      this.dirty.clear();
      if (scopes.length > 0) busy += (await this.rescan(scopes)) ?? 0;
    } finally {
      this.gap = Math.min(MAX_GAP_MS, Math.max(MIN_GAP_MS, busy * GAP_PER_BUSY_MS));
      this.lastFlush = performance.now();
      this.timer = undefined;
      this.schedule();
    }
  }

  private async flushUrgent(): Promise<void> {
    const scopes = [...this.urgent].map((node) => ({ node, deep: false }));
    this.urgent.clear();
    try {
      await this.rescan(scopes);
    } finally {
      this.urgentTimer = undefined;
      if (this.urgent.size > 0) this.urgentTimer = setTimeout(() => void this.flushUrgent());
    }
  }
}

/** The record only adds or removes our own card host. */
function isOwnUiOnly(record: MutationRecord, added: NodeList): boolean {
  // Most records are the page's own: one look at their first node settles it.
  const nodes = added.length > 0 ? added : record.removedNodes;
  if (nodes.length === 0 || (nodes[0] as Node).nodeName !== OWN_UI_TAG) return false;
  for (const list of [added, record.removedNodes]) {
    for (let i = 0; i < list.length; i++) {
      if ((list[i] as Node).nodeName !== OWN_UI_TAG) return false;
    }
  }
  return true;
}
