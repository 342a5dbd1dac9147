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
// A batch this large (a table re-rendered cell by cell) starts a storm: Chrome's cost of
// building a record per change for us then outweighs all else, even with a callback that
// returns at once.
const STORM_RECORDS = 1000;
// During a storm the whole page is rescanned, spaced by that rescan's cost.
const STORM_MIN_MS = 5000;
const STORM_MAX_MS = 30_000;
const STORM_GAP_PER_BUSY_MS = 100;

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
// During a storm: roots for skipping attributes only, and the blocks holding ranges for any
// change, so their highlights are still dropped or put back before the page paints.
const STORM_ROOT: MutationObserverInit = {
  subtree: true,
  attributes: true,
  attributeFilter: ['hidden', 'contenteditable'],
};
const STORM_OWNER: MutationObserverInit = { childList: true, characterData: true, subtree: true };

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
 * A batch of a thousand changes or more starts a storm: until it ends, only the blocks that
 * hold ranges are watched for changes (Chrome builds no record for the rest), and then the
 * whole page is watched again and rescanned, spaced by that rescan's cost.
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
  /** While a storm lasts: when the whole page is watched and rescanned again. */
  private stormTimer: ReturnType<typeof setTimeout> | undefined;
  /** Busy ms of the last whole-page rescan, which spaces the next one. */
  private wholeBusy = 0;

  constructor(
    private readonly cache: BlockCache,
    private readonly rescan: Rescan,
  ) {}

  observe(root: Document | ShadowRoot): void {
    this.roots.add(root);
    this.observer.observe(root, this.stormTimer === undefined ? FULL : STORM_ROOT);
  }

  disconnect(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    clearTimeout(this.urgentTimer);
    clearTimeout(this.stormTimer);
    this.stormTimer = undefined;
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
      } else this.pendingTargets.add(target);
    }
    if (this.cache.size <= records.length) {
      // More changes than ranges: check every range, not every change.
      for (const lost of this.cache.dropChanged()) this.urgent.add(lost);
      if (this.urgent.size > 0) this.urgentTimer ??= setTimeout(() => void this.flushUrgent());
    } else {
      this.dropChangedNow(records);
    }
    if (records.length >= STORM_RECORDS && this.stormTimer === undefined) this.startStorm();
    this.schedule();
  }

  /**
   * Stops asking for a record per change anywhere in the page: only the blocks that hold
   * ranges stay watched for every change; the rest of the page is rescanned whole, later.
   */
  private startStorm(): void {
    const wait = Math.min(
      STORM_MAX_MS,
      Math.max(STORM_MIN_MS, this.wholeBusy * STORM_GAP_PER_BUSY_MS),
    );
    this.stormTimer = setTimeout(() => this.endStorm(), wait);
    // The rescan that ends the storm covers these changes too.
    this.pendingTargets = new Set();
    this.pendingRecords = [];
    this.observer.disconnect();
    for (const root of this.roots) this.observer.observe(root, STORM_ROOT);
    this.watchOwners();
  }

  /**
   * Watches the whole page again and rescans it whole, which covers every change made while
   * it was not watched; a storm still raging starts again with the next large batch.
   */
  private endStorm(): void {
    this.stormTimer = undefined;
    for (const root of this.roots) {
      this.observer.observe(root, FULL);
      this.markDirty(root, true);
    }
    this.schedule();
  }

  /** During a storm, every block that holds ranges is watched for any change. */
  private watchOwners(): void {
    if (this.stormTimer === undefined) return;
    for (const owner of this.cache.owners()) {
      // A root that holds text itself (text/plain) stays watched for everything.
      this.observer.observe(
        owner,
        this.roots.has(owner as Document | ShadowRoot) ? FULL : STORM_OWNER,
      );
    }
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
    if (this.timer !== undefined || !this.hasWork()) return;
    const wait = Math.max(FIRST_DELAY_MS, this.lastFlush + this.gap - performance.now());
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  private async flush(): Promise<void> {
    let busy = 0;
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
      if (whole.length > 0) this.wholeBusy = busy;
      this.watchOwners();
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
      this.watchOwners();
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
