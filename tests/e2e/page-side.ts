/**
 * Functions that run in the page, for both drivers: Playwright (Chromium, ./harness.ts) and
 * puppeteer (Firefox, ./firefox-harness.ts) send a function's source to the page and call it
 * there with one argument. So each is self-contained (no import, no outer name) and takes one
 * serialisable argument; the harnesses add only the driver's own call around them.
 */

/** Whether the document has the performance mark `mark` (the ready mark: its first full scan). */
export function hasMark(mark: string): boolean {
  return performance.getEntriesByName(mark).length > 0;
}

/** Which highlights to read: `names`, only ranges starting inside `within` (a selector) if given. */
export interface HighlightQuery {
  names: string[];
  within?: string;
}

/** The texts of every range of the highlights `names` (inside `within`, when given), sorted. */
export function highlightTextsOf({ names, within }: HighlightQuery): string[] {
  // (No scope is every range: the document's contains() does not reach into shadow roots.)
  const scope = within ? document.querySelector(within) : null;
  const got: string[] = [];
  for (const name of names) {
    for (const s of CSS.highlights.get(name) ?? []) {
      if (within && !scope?.contains(s.startContainer)) continue;
      const range = new Range();
      range.setStart(s.startContainer, s.startOffset);
      range.setEnd(s.endContainer, s.endOffset);
      got.push(range.toString());
    }
  }
  return got.sort();
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

export interface TermBox extends Box {
  text: string;
  /** One box per line fragment. */
  rects: Box[];
}

export interface TermQuery {
  /** CSS selector of the element holding the range (inside `shadowHost`'s root when given). */
  within?: string;
  shadowHost?: string;
  /** Which highlight to look in; both by default. */
  highlight?: 'ketamine-lens-term' | 'ketamine-lens-misconception';
  /** Only ranges with this text. */
  text?: string;
  /** The nth such range, in document order. */
  nth?: number;
}

/** The boxes of a highlighted range, in its own document's viewport coordinates, or null. */
export function termBoxIn({ within, shadowHost, highlight, text, nth }: TermQuery): TermBox | null {
  const root = shadowHost ? document.querySelector(shadowHost)?.shadowRoot : document;
  const scope = within ? root?.querySelector(within) : root;
  if (!scope) return null;
  const names = highlight ? [highlight] : ['ketamine-lens-term', 'ketamine-lens-misconception'];
  const ranges: Range[] = [];
  for (const name of names) {
    for (const abstract of CSS.highlights.get(name) ?? []) {
      if (!scope.contains(abstract.startContainer)) continue;
      const range = new Range();
      range.setStart(abstract.startContainer, abstract.startOffset);
      range.setEnd(abstract.endContainer, abstract.endOffset);
      if (text === undefined || range.toString() === text) ranges.push(range);
    }
  }
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const range = ranges[nth ?? 0];
  if (!range) return null;
  // A DOMRect's JSON has every side and the size (and x, y).
  return {
    ...range.getBoundingClientRect().toJSON(),
    text: range.toString(),
    rects: [...range.getClientRects()].map((rect) => rect.toJSON()),
  };
}

/** The centre of a range's first line box. */
export function centreOf(box: TermBox): { x: number; y: number } {
  const first = box.rects[0] ?? box;
  return { x: first.left + first.width / 2, y: first.top + first.height / 2 };
}

/**
 * Whether a card is shown (with this heading, when given): its dialog in the open shadow root
 * of <ketamine-lens-card>, laid out, with its fact cards rendered.
 */
export function cardIsShown(heading: string | undefined): boolean {
  const dialog = document
    .querySelector('ketamine-lens-card')
    ?.shadowRoot?.querySelector<HTMLElement>('[role=dialog], [role=tooltip]');
  if (!dialog) return false;
  const text = dialog.querySelector('h1, h2, h3, [role=heading]')?.textContent?.trim();
  return (
    (heading === undefined || text === heading) &&
    dialog.getBoundingClientRect().width > 100 &&
    dialog.querySelector('article[data-card-id]') !== null
  );
}

/** Whether no card is shown. */
export function noCardShown(): boolean {
  return (
    document.querySelector('ketamine-lens-card')?.shadowRoot?.querySelector('[role=dialog]') == null
  );
}

/**
 * The page adds a paragraph of `text` (with `id`, when given): at the end of `into` (a
 * selector; the body by default), or right after `after`.
 */
export function addParagraphIn({
  text,
  id,
  into,
  after,
}: {
  text: string;
  id?: string;
  into?: string;
  after?: string;
}): void {
  const p = document.createElement('p');
  p.textContent = text;
  if (id) p.id = id;
  if (after) document.querySelector(after)?.after(p);
  else (into ? document.querySelector(into) : document.body)?.append(p);
}

/** What `recordLinkClicks` records: each click on a link (whether cancelled), and pointerdowns. */
export interface ClickLog {
  clicks: boolean[];
  downs: number;
}

/** The page records each click on a link that reaches the window (whether it was cancelled). */
export function recordLinkClicks(): void {
  const log = { clicks: [] as boolean[], downs: 0 };
  (window as unknown as { __klClicks: typeof log }).__klClicks = log;
  window.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) log.clicks.push(event.defaultPrevented);
  });
  window.addEventListener('pointerdown', () => log.downs++);
}

/** What `recordLinkClicks` has recorded, or null when it was not started in this document. */
export function linkClicks(): ClickLog | null {
  return (window as unknown as { __klClicks?: ClickLog }).__klClicks ?? null;
}

/**
 * What a page's script can do to our Undo button, which the check build's open shadow root
 * lets it reach: call its click(), and dispatch a click and an Enter key at it.
 */
export function pressUndoFromPage(): void {
  const shadow = document.querySelector('ketamine-lens-card')?.shadowRoot;
  const undo = [...(shadow?.querySelectorAll('button') ?? [])].find(
    (b) => b.textContent === 'Undo',
  );
  undo?.click();
  undo?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  undo?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
}
