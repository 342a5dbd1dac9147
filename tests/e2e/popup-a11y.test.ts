import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useExtension } from './harness';
import { openPopupToShoot, runAxe, search, tabIdOf } from './popup-helpers';

// Accessibility and layout of the popup in its states, in light and dark: axe-core finds no
// serious or critical problem, every focused control shows a focus ring, and nothing scrolls
// sideways at 360 or 420 pixels. Screenshots of the
// popup are taken by `npm run screenshots`, not by the tests.

const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

const lens = useExtension();
let tabId: number;

beforeAll(async () => {
  await lens.open('/popup-page.html');
  tabId = await tabIdOf(lens.browser, lens.server.origin);
});

type View = 'empty' | 'results' | 'no-results' | 'not-covered' | 'settings';

/** Opens the popup (380 wide, as the toolbar shows it) in one of its states. */
async function popupIn(view: View, scheme: Scheme): Promise<Page> {
  const popup = await openPopupToShoot(lens.browser, tabId, scheme);
  await popup.waitForSelector('.kl-found__item');
  if (view === 'results') {
    await search(popup, 'ketamine');
    const toggles = popup.locator('main button[aria-expanded]');
    await toggles.nth(0).click();
    await toggles.nth(1).click();
    await popup.waitForSelector('.kl-card__detail');
  } else if (view === 'no-results') {
    await search(popup, 'glutamet');
    await popup.waitForSelector('.kl-chip');
  } else if (view === 'not-covered') {
    await search(popup, 'is ketamine addictive');
    await popup.waitForSelector('.kl-not-covered');
  } else if (view === 'settings') {
    await popup.click('.kl-settings > summary');
    await popup.locator('.kl-topic > summary').first().click();
    await popup.waitForSelector('.kl-settings select');
  }
  // Start from the top with focus in the field, as a freshly opened popup is.
  await popup.focus('input[type=search]');
  await popup.evaluate(() => window.scrollTo(0, 0));
  return popup;
}

describe.each(SCHEMES)('in %s mode', (scheme) => {
  it.each<View>(['empty', 'results', 'no-results', 'not-covered', 'settings'])(
    'axe finds no serious or critical violation in the %s view',
    async (view) => {
      const popup = await popupIn(view, scheme);
      const violations = await runAxe(popup);
      const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(severe).toEqual([]);
      // Lesser findings are worth knowing about too; there are none today.
      expect(violations).toEqual([]);
      await popup.close();
    },
  );

  it('shows a focus ring on every control reached with Tab', async () => {
    const popup = await popupIn('settings', scheme);
    const seen: { what: string; outline: string }[] = [];
    // Tab on until focus comes back round to the search field (or a generous limit).
    for (let i = 0; i < 120; i++) {
      await popup.keyboard.press('Tab');
      const focused = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          what: `${el.tagName.toLowerCase()}.${el.className || el.getAttribute('type')}: ${el.textContent?.trim().slice(0, 30) ?? ''}`,
          outline: `${style.outlineStyle} ${style.outlineWidth}`,
          isField: el.matches('input[type=search]'),
        };
      });
      if (!focused) continue;
      if (focused.isField) break;
      seen.push({ what: focused.what, outline: focused.outline });
    }
    // The found items, seven myths, ten topics, Settings, four checkboxes and the select...
    expect(seen.length).toBeGreaterThan(20);
    const invisible = seen.filter(
      ({ outline }) => outline.startsWith('none') || outline.endsWith(' 0px'),
    );
    expect(invisible).toEqual([]);
    await popup.close();
  });

  it('shows a focus ring when the arrow keys move focus to a result', async () => {
    const popup = await popupIn('results', scheme);
    await popup.keyboard.press('ArrowDown');
    const outline = await popup.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { cls: el.className, style: getComputedStyle(el).outlineStyle };
    });
    expect(outline).toEqual({ cls: 'kl-card-toggle', style: 'solid' });
    await popup.close();
  });
});

describe('layout', () => {
  it.each([360, 420])('never scrolls sideways at %ipx', async (width) => {
    for (const view of ['empty', 'settings', 'results', 'no-results'] as const) {
      const popup = await popupIn(view, 'light');
      await popup.setViewportSize({ width, height: 600 });
      const layout = await popup.evaluate(() => {
        const root = document.documentElement;
        // The body hides horizontal overflow, so look for content cut off at the edge as well.
        const cut = [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => !el.closest('.kl-visually-hidden'))
          .filter((el) => {
            const rect = el.getBoundingClientRect();
            return rect.width > 0 && (rect.right > root.clientWidth + 0.5 || rect.left < -0.5);
          })
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, cut };
      });
      expect(layout.scrollWidth, view).toBeLessThanOrEqual(layout.clientWidth);
      expect(layout.cut, view).toEqual([]);
      await popup.close();
    }
  });
});

describe('names of the toggle buttons', () => {
  it('leave out the ▸/▾ glyph, folded or open', async () => {
    const popup = await popupIn('results', 'light');
    const toggle = popup.locator('main button.kl-card-toggle').first();
    const title = ((await toggle.locator('[lang]').first().textContent()) ?? '').trim();
    expect(title.length).toBeGreaterThan(0);
    // The accessible name (Playwright computes it with CSS generated content, as browsers do).
    for (const expanded of ['true', 'false']) {
      if ((await toggle.getAttribute('aria-expanded')) !== expanded) await toggle.click();
      const named = popup.getByRole('button', { name: title, exact: true });
      expect(await named.count(), `expanded=${expanded}`).toBeGreaterThan(0);
      expect(await toggle.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('none');
    }
    await popup.close();
  });
});
