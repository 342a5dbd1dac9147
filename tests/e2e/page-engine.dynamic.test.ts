import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  badRanges,
  expectNoBadRanges,
  mutateThenInspect,
  rangeInfos,
  texts,
  waitForTexts,
} from './engine-helpers';
import { closePagesAfterEach, MYTH, SCAN, TERM, useExtension } from './harness';

// Pages that change after load: DOM mutations, single-page-app navigation, infinite scroll
// and a text node rewritten a hundred times a second.

const lens = useExtension();
closePagesAfterEach(lens);

describe('mutations', () => {
  const MUTATIONS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <title>Engine: mutations</title></head><body>
    <main id="main">
      <p id="p1">First ketamine here.</p>
      <p id="p2">Second <b>esk</b>etamine here.</p>
      <p id="p3">Third Spravato here.</p>
      <div id="list"><p>Item off-label</p></div>
      <div id="moved"><p>Moving IV ketamine</p></div>
    </main></body></html>`;

  /** What the mutations page highlights before any change. */
  const STARTING_TEXTS = ['ketamine', 'esketamine', 'Spravato', 'off-label', 'IV ketamine'];

  /** The mutations page, scanned, with its five starting terms highlighted. */
  const openMutationsPage = async (): Promise<Page> => {
    const page = await lens.open(lens.server.page('/engine-mut.html', MUTATIONS_PAGE));
    await waitForTexts(page, STARTING_TEXTS);
    return page;
  };

  it('follows added, rewritten and removed text, and never leaves a stale range', async () => {
    const page = await openMutationsPage();

    // Added paragraph.
    let now = await mutateThenInspect(
      page,
      `const p = document.createElement('p'); p.id = 'p4';
       p.textContent = 'Added horse tranquilizer'; document.getElementById('main').append(p);`,
    );
    expect(badRanges(now)).toEqual([]);
    await waitForTexts(page, [...STARTING_TEXTS, 'horse tranquilizer']);

    // Text rewritten so the term disappears: its range goes at once.
    now = await mutateThenInspect(
      page,
      `document.getElementById('p1').firstChild.data = 'First nothing here.';`,
    );
    expect(badRanges(now)).toEqual([]);
    expect(now.filter((r) => r.id === 'p1')).toEqual([]);

    // One half of a split word rewritten: the range over both halves goes at once.
    now = await mutateThenInspect(page, `document.querySelector('#p2 b').firstChild.data = 'xx';`);
    expect(badRanges(now)).toEqual([]);
    expect(now.filter((r) => r.id === 'p2')).toEqual([]);

    // Same-length rewrite: offsets stay valid, but the text under the range changed.
    now = await mutateThenInspect(
      page,
      `document.getElementById('p4').firstChild.data = 'Added horse tranquilizes';`,
    );
    expect(badRanges(now)).toEqual([]);
    expect(now.filter((r) => r.id === 'p4')).toEqual([]);

    // Removed node.
    now = await mutateThenInspect(page, `document.getElementById('p3').remove();`);
    expect(badRanges(now)).toEqual([]);
    expect(now.filter((r) => r.text === 'Spravato')).toEqual([]);

    // A container's content replaced wholesale.
    now = await mutateThenInspect(
      page,
      `document.getElementById('list').innerHTML = '<p>New ketamine infusion</p>';`,
    );
    expect(badRanges(now)).toEqual([]);
    expect(now.filter((r) => r.text === 'off-label')).toEqual([]);

    await waitForTexts(page, ['IV ketamine', 'ketamine infusion']);
    await expectNoBadRanges(page);
  });

  it('rescans a scanned block moved into a new inline wrapper', async () => {
    // Frameworks re-wrap existing cards in links (<a><div>…</div></a>) when a list re-renders.
    const page = await openMutationsPage();
    const now = await mutateThenInspect(
      page,
      `const a = document.createElement('a'); a.href = '#moved';
       a.append(document.getElementById('moved'));
       document.getElementById('main').prepend(a);`,
    );
    expect(badRanges(now)).toEqual([]);
    await waitForTexts(page, STARTING_TEXTS);
    const moved = (await rangeInfos(page)).find((r) => r.text === 'IV ketamine');
    expect(moved?.id).toBe('moved');
  });

  it('never highlights scripts, styles or form fields added after load', async () => {
    const page = await openMutationsPage();
    await page.evaluate(() => {
      const add = (tag: string, text: string, attributes: Record<string, string> = {}) => {
        const element = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
        element.textContent = text;
        document.body.append(element);
        return element;
      };
      add('script', '/* ketamine in a late script */', { type: 'text/plain' });
      add('script', '{"headline": "ketamine in late JSON-LD"}', { type: 'application/ld+json' });
      add('style', '/* ketamine in a late style */');
      add('textarea', 'ketamine in a late textarea');
      add('div', 'ketamine in a late editable region', { contenteditable: 'true' });
      add('div', 'ketamine in a late hidden element', { hidden: '' });
      add('noscript', 'ketamine in a late noscript');
      const wrapper = add('span', '');
      wrapper.innerHTML = '<script type="text/plain">ketamine in a script in a span</script>';
      // The sync point: this one is highlighted once the additions have been scanned.
      add('p', 'Control: esketamine', { id: 'control' });
    });
    await waitForTexts(page, [...STARTING_TEXTS, 'esketamine']);
  });
  it('drops ranges edited in a region made editable after load, and adds none there', async () => {
    // Inline editors (CKEditor, TinyMCE inline mode) make scanned content editable in place.
    const page = await openMutationsPage();
    let now = await mutateThenInspect(
      page,
      `const main = document.getElementById('main');
       main.setAttribute('contenteditable', 'true');
       document.getElementById('p1').firstChild.data = 'First edited here.';`,
    );
    expect(badRanges(now)).toEqual([]);
    expect(now.filter((r) => r.id === 'p1')).toEqual([]);
    now = await mutateThenInspect(page, `document.getElementById('p3').remove();`);
    expect(badRanges(now)).toEqual([]);
    expect(now.filter((r) => r.text === 'Spravato')).toEqual([]);
    // Typing a term into the editable region highlights nothing; a control outside does.
    await page.evaluate(() => {
      document.getElementById('p4')?.remove();
      const typed = document.createElement('p');
      typed.textContent = 'Typed: Spravato';
      document.getElementById('main')?.append(typed);
      const control = document.createElement('p');
      control.textContent = 'Control: Ketalar, a horse tranquilizer';
      document.body.append(control);
    });
    // The region's other terms went when it became editable.
    await waitForTexts(page, ['Ketalar', 'horse tranquilizer']);
    await expectNoBadRanges(page);
    // And come back when editing ends.
    await page.evaluate(() => document.getElementById('main')?.removeAttribute('contenteditable'));
    await waitForTexts(page, [
      'esketamine',
      'off-label',
      'IV ketamine',
      'Spravato',
      'Ketalar',
      'horse tranquilizer',
    ]);
  });

  it('highlights a hidden section once it is revealed, and drops it when hidden again', async () => {
    const page = await lens.open(
      lens.server.page(
        '/engine-reveal.html',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>reveal</title></head>
        <body><p>Intro on ketamine.</p>
        <section id="more" hidden><p>More on <b>Spra</b>vato.</p><p>And off-label use.</p></section>
        <p>Read <span id="aside" hidden>about esketamine</span> later.</p></body></html>`,
      ),
    );
    await waitForTexts(page, ['ketamine']);
    await page.evaluate(() => {
      document.getElementById('more')?.removeAttribute('hidden');
      document.getElementById('aside')?.removeAttribute('hidden');
    });
    await waitForTexts(page, ['ketamine', 'Spravato', 'off-label use', 'esketamine']);
    const now = await mutateThenInspect(
      page,
      `document.getElementById('more').hidden = true; document.getElementById('aside').hidden = true;`,
    );
    expect(badRanges(now)).toEqual([]);
    expect(now.map((r) => r.text)).toEqual(['ketamine']);
  });
});

describe('single-page apps', () => {
  const SPA_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <title>Engine: SPA</title></head><body>
    <nav>Home · News</nav>
    <main id="app"><article><h1>Ketamine infusion clinics</h1><p>First view.</p></article></main>
    <script>
      const views = {
        home: '<article><h1>Ketamine infusion clinics</h1><p>First view.</p></article>',
        news: '<article><h1>News</h1><p>Esketamine (Spravato) was licensed.</p>' +
              '<p>Some call it a <i>horse</i> tranquilizer.</p></article>',
      };
      window.go = (view) => {
        history.pushState({ view }, '', '/spa/' + view);
        document.getElementById('app').innerHTML = views[view];
      };
      addEventListener('popstate', (event) => {
        document.getElementById('app').innerHTML = views[event.state?.view ?? 'home'];
      });
    </script></body></html>`;

  it('highlights the new view and drops the old one on pushState navigation', async () => {
    const page = await lens.open(lens.server.page('/spa/home', SPA_PAGE));
    await waitForTexts(page, ['Ketamine infusion']);
    const now = await mutateThenInspect(page, `go('news')`);
    expect(badRanges(now)).toEqual([]);
    expect(now.filter((r) => r.text === 'Ketamine infusion')).toEqual([]);
    await waitForTexts(page, ['Esketamine', 'Spravato', 'horse tranquilizer']);
    expect(texts(await rangeInfos(page), MYTH)).toEqual(['horse tranquilizer']);
    await page.goBack();
    await waitForTexts(page, ['Ketamine infusion']);
  });

  it('highlights every article of an infinite scroll', async () => {
    const page = await lens.open(
      lens.server.page(
        '/engine-scroll.html',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Engine: feed</title>
        </head><body><div id="feed"><article><p>Intro on ketamine.</p></article></div></body></html>`,
      ),
    );
    await waitForTexts(page, ['ketamine']);
    // 50 articles, one every 20 ms, each with a term (every fifth one split by markup).
    await page.evaluate(() => {
      let n = 0;
      const timer = setInterval(() => {
        n++;
        const article = document.createElement('article');
        article.innerHTML =
          n % 5 === 0
            ? `<h2>Story ${n}</h2><p>On <b>eske</b>tamine and more.</p>`
            : `<h2>Story ${n}</h2><p>On esketamine and more.</p>`;
        document.getElementById('feed')?.append(article);
        if (n === 50) clearInterval(timer);
      }, 20);
    });
    await waitForTexts(page, ['ketamine', ...Array(50).fill('esketamine')]);
    await expectNoBadRanges(page);
  });
});

describe('a text node rewritten 100 times a second', () => {
  it('coalesces rescans and keeps the other highlights', async () => {
    const page = await lens.open(
      lens.server.page(
        '/engine-storm.html',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Engine: storm</title>
        </head><body>
        <p id="clockline">Ketamine clinic, now <span id="clock">00000</span> visitors.</p>
        <p id="other">Other paragraph on esketamine.</p>
        <p id="third">A horse tranquilizer? No.</p>
        </body></html>`,
      ),
    );
    await waitForTexts(page, ['Ketamine', 'esketamine', 'horse tranquilizer']);
    const result = await page.evaluate(
      ([termName, mythName]) =>
        new Promise<{
          start: number;
          end: number;
          writes: number;
          samples: { other: boolean; third: boolean; sameBlock: boolean }[];
        }>((resolve) => {
          const clock = document.getElementById('clock')?.firstChild as Text;
          const texts = () =>
            [...(CSS.highlights.get(termName) ?? []), ...(CSS.highlights.get(mythName) ?? [])].map(
              (r) => {
                const range = new Range();
                range.setStart(r.startContainer, r.startOffset);
                range.setEnd(r.endContainer, r.endOffset);
                return range.toString();
              },
            );
          const samples: { other: boolean; third: boolean; sameBlock: boolean }[] = [];
          const start = performance.now();
          let writes = 0;
          const writer = setInterval(() => {
            writes++;
            clock.data = String(writes).padStart(5, '0');
          }, 10);
          const sampler = setInterval(() => {
            const now = texts();
            samples.push({
              other: now.includes('esketamine'),
              third: now.includes('horse tranquilizer'),
              sameBlock: now.includes('Ketamine'),
            });
          }, 100);
          setTimeout(() => {
            clearInterval(writer);
            clearInterval(sampler);
            resolve({ start, end: performance.now(), writes, samples });
          }, 3000);
        }),
      [TERM, MYTH] as const,
    );
    // The writer really stormed (timers may run late on a busy machine, never early).
    expect(result.writes).toBeGreaterThan(50);
    expect(result.samples.length).toBeGreaterThan(10);
    // Highlights elsewhere on the page are never touched by the storm.
    expect(result.samples.every((s) => s.other && s.third)).toBe(true);
    // The term beside the changing node stays highlighted (it is not the rewritten text).
    const sameBlockShown = result.samples.filter((s) => s.sameBlock).length;
    expect(sameBlockShown).toBe(result.samples.length);
    await waitForTexts(page, ['Ketamine', 'esketamine', 'horse tranquilizer']);
    const passes = await page.evaluate(
      ([scanName, from, to]) =>
        performance
          .getEntriesByName(scanName, 'measure')
          .filter((e) => e.startTime >= from && e.startTime <= to)
          .map((e) => (e as PerformanceMeasure).detail as { scopes: number; matched: number }),
      [SCAN, result.start, result.end] as const,
    );
    // Rescans are spaced (first after 50 ms, then at least 250 ms apart): about a dozen in
    // 3 s however many writes there were, and each rescans only the changed paragraph.
    expect(passes.length).toBeGreaterThan(0);
    expect(passes.length).toBeLessThanOrEqual(15);
    for (const pass of passes) {
      expect(pass.scopes).toBe(1);
      expect(pass.matched).toBeLessThanOrEqual(1);
    }
  });
});
