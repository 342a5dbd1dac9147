import type { BlockCache } from './block-cache';
import { isInlineElement } from './element-kinds';
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

// Everything a scan depends on, for each root.
const FULL: MutationObserverInit = {
  childList: true,
  characterData: true,
  subtree: true,
  // The attributes that make an element skipped (element-kinds.ts): a section revealed
  // by removing `hidden` is highlighted, an article made editable in place is left alone.
  attributes: true,
  attributeFilter: ['hidden', 'contenteditable'],
};

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
 *
 * Blocks the page adds (a feed's next stories) are new text, not a change of text already
 * read: they are scanned after the first short delay, whatever the last batch cost, so a
 * burst of them is lit within a batch however many records it made. Their parent is not
 * walked again for them: adding a block only splits the parent's text, and a range on text
 * so split has its text changed, which the callback notices.
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
  private readonly roots = new Set<Document | ShadowRoot>();
  /** Pending records add elements: new text to scan at the first delay, not after a gap. */
  private fresh = false;
  /** When the scheduled batch runs, and whether it is running. */
  private due = 0;
  private flushing = false;

  constructor(
    private readonly cache: BlockCache,
    private readonly rescan: Rescan,
  ) {}

  observe(root: Document | ShadowRoot): void {
    this.roots.add(root);
    this.observer.observe(root, FULL);
  }

  disconnect(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    clearTimeout(this.urgentTimer);
    this.roots.clear();
    this.dirty.clear();
    this.urgent.clear();
    this.pendingTargets = new Set();
    this.pendingRecords = [];
  }

  private onRecords(records: MutationRecord[]): void {
    for (const record of records) {
      const { type, target } = record;
      if (type === 'attributes') this.onSkipChanged(target as Element, target.getRootNode());
      // firstElementChild, not childElementCount, which counts all of a long list's children.
      else if (type === 'childList' && (target as ParentNode).firstElementChild !== null) {
        this.pendingRecords.push(record);
        // The first node tells a feed's appended story from a text node rewritten.
        if (record.addedNodes[0]?.nodeType === Node.ELEMENT_NODE) this.fresh = true;
      } else this.pendingTargets.add(target);
    }
    if (this.cache.size <= records.length) {
      // More changes than ranges: check every range, not every change.
      for (const lost of this.cache.dropChanged()) this.urgent.add(lost);
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
      // Text in a skipped region is never scanned, but a region can become skipped after it
      // was scanned (an inline editor sets contenteditable on the article): ranges left there
      // by edits are dropped now (where they were registered); the region is not rescanned.
      changed.add(
        ownerOf(record.target) ?? scannedOwnerOf(record.target, record.target.getRootNode()),
      );
    }
    // Ranges whose text changed go now; the rest of each block's stay until its rescan.
    // A leaf re-rendered with the same text gets its highlights back before the page paints.
    this.cache.dropChanged(changed);
    if (removed) {
      // A scanned block moved into a new inline wrapper (<a><div>…</div></a>) loses its
      // ranges here and must be rescanned: the walk skips blocks it has seen.
      for (const moved of this.cache.dropMoved()) this.markDirty(moved, false);
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
    // Only blocks added: the owner's text lost nothing and gained nothing to match.
    let blocksOnly = record.removedNodes.length === 0;
    for (let i = 0; i < added.length; i++) {
      const node = added[i] as Node;
      if (node.nodeType === Node.ELEMENT_NODE && !isInlineElement(node as Element)) {
        this.markDirty(node, true);
      } else blocksOnly = false;
    }
    if (!blocksOnly) this.markDirty(owner, false);
  }

  /** An element's `hidden` or `contenteditable` changed: drop or rescan what it holds. */
  private onSkipChanged(element: Element, root: Node): void {
    const owner = ownerBlockOf(element, root);
    if (owner === null) this.cache.dropWithin(element);
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
    if (!this.hasWork()) return;
    const now = performance.now();
    const gap = this.fresh ? 0 : this.lastFlush + this.gap - now;
    const due = now + Math.max(FIRST_DELAY_MS, gap);
    if (this.timer !== undefined) {
      // New blocks do not wait out a gap a batch of rewritten text set.
      if (this.flushing || due >= this.due) return;
      clearTimeout(this.timer);
    }
    this.due = due;
    this.timer = setTimeout(() => void this.flush(), due - now);
  }

  private async flush(): Promise<void> {
    let busy = 0;
    this.fresh = false;
    this.flushing = true;
    try {
      busy += await this.collectDirty();
      let scopes = [...this.dirty].map(([node, deep]) => ({ node, deep }));
      this.dirty.clear();
      const whole = scopes.filter(({ node, deep }) => deep && this.roots.has(node as Document));
      // A root rescanned whole covers every block in it.
      if (whole.length > 0) {
        const wholeRoots = new Set(whole.map(({ node }) => node));
        scopes = scopes.filter(
          (scope) => wholeRoots.has(scope.node) || !wholeRoots.has(scope.node.getRootNode()),
        );
      }
      if (scopes.length > 0) busy += (await this.rescan(scopes)) ?? 0;
    } finally {
      this.gap = Math.min(MAX_GAP_MS, Math.max(MIN_GAP_MS, busy * GAP_PER_BUSY_MS));
      this.lastFlush = performance.now();
      this.timer = undefined;
      this.flushing = false;
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
