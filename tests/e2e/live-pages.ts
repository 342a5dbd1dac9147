/**
 * Pages that change after load, shared by the e2e tests and `BENCH=live npm run bench`
 * (scripts/bench-live.ts): a page doing DOM work around many highlights, and feeds that append
 * bursts of paragraphs. Each page keeps its own clock in `window`, read by both.
 */

export const DOM_WORK_TERMS = 300;

/**
 * 300 paragraphs that each name a term, and `window.__domWork()`, which adds 1,000 nodes to a
 * list and removes them again, 40 times, and resolves with how long that took (the page's
 * own script, with whatever the browser does for each change). Its query asks it to do part
 * of what the extension does itself (see the script), to price that part alone.
 */
export function domWorkPage(): string {
  const paragraphs = Array.from(
    { length: DOM_WORK_TERMS },
    (_, i) => `<p>Story ${i}: clinicians discussed ketamine in the clinic.</p>`,
  ).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>DOM work</title></head>
<body>${paragraphs}<ul id="work"></ul>
<script>
  // Run without the extension, these price parts of what it does. ?observer: the page
  // watches itself as a subtree observer that sees every change of text does;
  // ?observer=childList: only nodes added and removed, the least that notices new content;
  // ?highlights: the page lights its own terms, a StaticRange each, in a Custom Highlight.
  const asked = new URLSearchParams(location.search);
  if (asked.has('observer')) {
    const textToo = asked.get('observer') !== 'childList';
    new MutationObserver(() => {}).observe(document, { childList: true, subtree: true, characterData: textToo });
  }
  if (asked.has('highlights')) {
    const ranges = [...document.querySelectorAll('p')].map((p) => {
      const text = p.firstChild;
      const start = text.data.indexOf('ketamine');
      return new StaticRange({ startContainer: text, startOffset: start, endContainer: text, endOffset: start + 8 });
    });
    CSS.highlights.set('page-own', new Highlight(...ranges));
  }
  window.__domWork = () => {
    const list = document.getElementById('work');
    const begun = performance.now();
    for (let round = 0; round < 40; round++) {
      for (let i = 0; i < 1000; i++) {
        const item = document.createElement('li');
        item.textContent = 'row ' + i;
        list.appendChild(item);
      }
      while (list.firstChild) list.firstChild.remove();
    }
    return performance.now() - begun;
  };
</script></body></html>`;
}

export interface FeedOptions {
  /** Paragraphs on the page when it loads. */
  initial: number;
  bursts: number;
  perBurst: number;
  everyMs: number;
  /** One paragraph in this many names a term (a burst's last paragraph always does). */
  termEvery: number;
}

/** A feed: 1,000 paragraphs appended one by one every 100 ms, ten times. */
export const ENDLESS_FEED: FeedOptions = {
  initial: 20,
  bursts: 10,
  perBurst: 1000,
  everyMs: 100,
  termEvery: 1000,
};

/** A long page of 5,000 paragraphs that appends ten bursts of 100 paragraphs after load. */
export const LONG_PAGE_BURSTS: FeedOptions = {
  initial: 5000,
  bursts: 10,
  perBurst: 100,
  everyMs: 100,
  termEvery: 50,
};

/** How many terms a feed holds once every burst has landed. */
export function feedTerms(options: FeedOptions): number {
  const { initial, bursts, perBurst, termEvery } = options;
  // The clock's paragraph names a term too.
  let terms = 1 + Math.ceil(initial / termEvery);
  for (let i = initial; i < initial + bursts * perBurst; i++) {
    if (i % termEvery === 0 || (i - initial) % perBurst === perBurst - 1) terms++;
  }
  return terms;
}

/**
 * A feed page: `window.__startFeed()` starts the bursts, each paragraph appended on its own
 * (a record per paragraph, as a framework rendering a list item by item makes), and a clock
 * beside a term that ticks every 50 ms meanwhile. Each burst's last paragraph names a term.
 * `window.__firstPassAfter` is how many terms were lit when the first scan pass that began
 * after the last burst ended (check build). `window.__burstAt[i]` is when burst i landed, and
 * `window.__litAt[i]` the first animation frame at which every term up to burst i was in our
 * highlight (`window.__expected[i]` terms).
 */
export function feedPage(options: FeedOptions): string {
  const line = (i: number, last: boolean) =>
    i % options.termEvery === 0 || last
      ? `Item ${i}: a story on ketamine.`
      : `Item ${i}: a story on the weather.`;
  const initial = Array.from({ length: options.initial }, (_, i) => `<p>${line(i, false)}</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Feed</title></head>
<body><p>Live on ketamine: <span id="clock">0</span></p><main id="feed">${initial.join('')}</main>
<script>
  const options = ${JSON.stringify(options)};
  const line = ${line.toString()};
  window.__burstAt = [];
  window.__litAt = [];
  window.__expected = [];
  const shown = () => CSS.highlights.get('ketamine-lens-term')?.size ?? 0;
  let expected = ${1 + Math.ceil(options.initial / options.termEvery)};
  new PerformanceObserver((list) => {
    const last = window.__burstAt[options.bursts - 1];
    if (last === undefined || window.__firstPassAfter !== undefined) return;
    if (list.getEntriesByName('ketamine-lens:scan').some((m) => m.startTime > last)) {
      window.__firstPassAfter = shown();
    }
  }).observe({ type: 'measure' });
  window.__startFeed = () => {
    const feed = document.getElementById('feed');
    const clock = document.getElementById('clock');
    let ticks = 0;
    const ticking = setInterval(() => {
      clock.textContent = String(++ticks);
      if (ticks * 50 > options.bursts * options.everyMs + 3000) clearInterval(ticking);
    }, 50);
    let next = options.initial;
    let burst = 0;
    const watch = () => {
      const now = performance.now();
      for (let i = 0; i < window.__burstAt.length; i++) {
        if (window.__litAt[i] === undefined && shown() >= window.__expected[i]) window.__litAt[i] = now;
      }
      if (window.__litAt.filter((t) => t !== undefined).length < options.bursts) requestAnimationFrame(watch);
    };
    const timer = setInterval(() => {
      for (let i = 0; i < options.perBurst; i++, next++) {
        const p = document.createElement('p');
        const last = i === options.perBurst - 1;
        p.textContent = line(next, last);
        if (next % options.termEvery === 0 || last) expected++;
        feed.appendChild(p);
      }
      window.__expected.push(expected);
      window.__burstAt.push(performance.now());
      if (++burst === options.bursts) clearInterval(timer);
    }, options.everyMs);
    requestAnimationFrame(watch);
  };
</script></body></html>`;
}

/** The 2,000-paragraph page of the heap figure, with a clock rewritten every 10 ms. */
export function clockParagraphsPage(): string {
  const paragraphs = Array.from(
    { length: 2000 },
    (_, i) => `<p>Paragraph ${i}: clinicians discussed ketamine and esketamine at length.</p>`,
  ).join('');
  return `<!doctype html><meta charset="utf-8"><p>Live: <span id="clock">0</span> ketamine</p>${paragraphs}
     <script>let n = 0; setInterval(() => { document.getElementById('clock').textContent = String(++n); }, 10);</script>`;
}
