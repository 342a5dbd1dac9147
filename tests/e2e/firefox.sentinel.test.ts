import { describe, expect, it } from 'vitest';
import { termCentre, useFirefox, waitForCard, waitForTexts } from './firefox-harness';
import { LOCKED_DOWN } from './interference-helpers';
import { addParagraphIn } from './page-side';
import { SHADOW_ONLY_CASES, shadowOnlyPage } from './shadow-only-pages';

// The sentinel and its stages in Firefox (tests/e2e/sentinel.test.ts has the Chromium half).

// The welcome tab is an extension page: from there the test speaks to the tabs as the popup.
const firefox = useFirefox({ keepWelcome: true });

/**
 * The answer of the top frame of the tab at `origin` to `message`, sent from the extension's
 * welcome page, as the popup sends it (the tab is found by its `get-origin` answer, as the
 * Chromium tests find theirs).
 */
function askTop(origin: string, message: object): Promise<unknown> {
  const welcome = firefox.welcome;
  if (!welcome) throw new Error('The install opened no welcome page');
  return welcome.evaluate(
    async (wanted, m) => {
      type Tabs = {
        query(q: object): Promise<{ id?: number }[]>;
        sendMessage(id: number, m: object, o: object): Promise<unknown>;
      };
      const tabs = (globalThis as unknown as { browser: { tabs: Tabs } }).browser.tabs;
      const ask = (id: number, what: object) =>
        tabs.sendMessage(id, what, { frameId: 0 }).catch(() => 'no answer');
      const found: number[] = [];
      for (const tab of await tabs.query({})) {
        if (tab.id !== undefined && (await ask(tab.id, { type: 'get-origin' })) === wanted) {
          found.push(tab.id);
        }
      }
      if (found.length !== 1) throw new Error(`${found.length} tabs at ${wanted}`);
      return ask(found[0] as number, m);
    },
    origin,
    message,
  );
}

describe('in Firefox, the sentinel', () => {
  it('loads the engine when a term arrives on a term-free page', async () => {
    const page = await firefox.open('/term-free.html');
    // The top frame's sentinel answers the popup ("pause on this site", found by it above)
    // and the keyboard step.
    const origin = firefox.server.origin;
    expect(await askTop(origin, { type: 'get-origin' })).toBe(origin);
    expect(await askTop(origin, { type: 'step-term' })).toBe(false);
    await page.evaluate(addParagraphIn, { text: 'A paragraph on esketamine.', into: '#main' });
    await waitForTexts(page, ['esketamine']);
    // The engine stage answers now, and alone: the sentinel would have said `false`.
    expect(await askTop(origin, { type: 'step-term' })).toBe(true);
    await page.close();
  });

  it.each(SHADOW_ONLY_CASES)('finds a term that only %s holds', async (_, markup, mode) => {
    const page = await firefox.open(
      `/shadow-only-${mode}-${markup.length}.html`,
      shadowOnlyPage(markup, mode),
    );
    await waitForTexts(page, ['Ketamine']);
    await page.close();
  });

  it('works on a page whose CSP allows nothing and requires Trusted Types', async () => {
    firefox.server.withHeaders('/single-term.html', LOCKED_DOWN);
    const page = await firefox.open('/single-term.html');
    await waitForTexts(page, ['esketamine']);
    const point = await termCentre(page, { text: 'esketamine' });
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, 'Esketamine');
    await page.close();
  });
});
