/**
 * Pages whose only ketamine-family term is inside a shadow root, for both browsers' sentinel
 * tests: the light DOM is term-free, so only the sentinel's look into shadow roots can load
 * the engine.
 */

export type ShadowOnlyCase = readonly [what: string, markup: string, mode: ShadowRootMode];

export const SHADOW_ONLY_CASES: readonly ShadowOnlyCase[] = [
  ['an open root on a built-in host', '<section id="host"></section>', 'open'],
  [
    'a closed root on a custom element in a list item',
    '<ul><li><news-note id="host"></news-note></li></ul>',
    'closed',
  ],
  [
    'an open root on a custom element in a table cell',
    '<table><tr><td><news-note id="host"></news-note></td></tr></table>',
    'open',
  ],
];

/** The page of one case: `#host` in `markup` gets a root of `mode` holding one term. */
export function shadowOnlyPage(markup: string, mode: ShadowRootMode): string {
  return `<!doctype html><html lang="en"><body><main><p>The council met on Tuesday.</p>${markup}</main>
<script>document.getElementById('host').attachShadow({ mode: '${mode}' }).innerHTML =
  '<p>Ketamine is an anaesthetic.</p>';</script></body></html>`;
}
