import { describe, expect, it } from 'vitest';
import { useFirefox, waitInPage } from './firefox-harness';

// Firefox names message senders its own way (its background is a generated page): an
// extension page still gets a tab's findings, hears their updates from the background as the
// popup's check expects (an address of the extension's own, no tab), and the badge counts.

const firefox = useFirefox({ keepWelcome: true });
const PAGE =
  '<!doctype html><title>Page</title><p>Ketamine, esketamine and a horse tranquilizer.</p>';

describe('in Firefox, the background and the extension’s pages', () => {
  it('list what a tab highlights and follow it, from the background only', async () => {
    const welcome = firefox.welcome;
    if (!welcome) throw new Error('The install opened no welcome page');
    const base = new URL('/', await welcome.evaluate(() => location.href)).href;
    const page = await firefox.open('/found.html', PAGE);
    // From an extension page: the tab whose content script says it shows our page.
    const origin = new URL(firefox.server.url('/')).origin;
    const tabId = await welcome.evaluate(async (wanted: string) => {
      const api = (globalThis as unknown as { browser: typeof import('webextension-polyfill') })
        .browser;
      for (const tab of await api.tabs.query({})) {
        const answer = await api.tabs
          .sendMessage(tab.id as number, { type: 'get-origin' }, { frameId: 0 })
          .catch(() => null);
        if (answer === wanted) return tab.id as number;
      }
      return -1;
    }, origin);
    expect(tabId).toBeGreaterThan(0);
    // WebDriver may not open an extension page, so the welcome page (one, in a tab) asks and
    // listens as the popup does; the senders' shape is what the popup's check relies on.
    type Api = typeof import('webextension-polyfill');
    const answer = await welcome.evaluate(async (id: number) => {
      const api = (globalThis as unknown as { browser: Api }).browser;
      const heard: unknown[] = [];
      (globalThis as unknown as { __heard: unknown[] }).__heard = heard;
      api.runtime.onMessage.addListener(
        (message: unknown, sender: { url?: string; tab?: { id?: number } }) => {
          if ((message as { type?: string }).type !== 'tab-found') return undefined;
          heard.push({ message, url: sender.url, tab: sender.tab?.id ?? null });
          return undefined;
        },
      );
      return api.runtime.sendMessage({ type: 'get-tab-found', tabId: id });
    }, tabId);
    expect(Object.keys((answer as { total: object }).total).sort()).toEqual(
      ['esketamine', 'ketamine', 'myth-just-horse-tranquiliser'].sort(),
    );
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Now an off-label use too.';
      document.body.append(p);
    });
    await waitInPage(
      welcome,
      () =>
        (
          globalThis as unknown as { __heard: { message: { found: { total: object } } }[] }
        ).__heard.some((h) => 'off-label' in h.message.found.total),
      { timeout: 30_000 },
    );
    const senders = await welcome.evaluate(() =>
      (globalThis as unknown as { __heard: { url: string; tab: number | null }[] }).__heard.map(
        ({ url, tab }) => ({ url, tab }),
      ),
    );
    // From the background: an address of the extension's own, and no tab.
    for (const sender of senders) {
      expect(sender.url.startsWith(base)).toBe(true);
      expect(sender.tab).toBeNull();
    }
    const badge = await welcome.evaluate(
      (id: number) =>
        (globalThis as unknown as { browser: Api }).browser.browserAction.getBadgeText({
          tabId: id,
        }),
      tabId,
    );
    expect(badge).toBe('4');
    await page.close();
  });
});
