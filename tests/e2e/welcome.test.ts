import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  highlightedTexts,
  launchWithExtension,
  MYTH,
  TERM,
  useExtension,
  waitForReady,
} from './harness';
import { hoverTerm, parkMouseAndWaitForNoCard } from './hover-helpers';
import { inWorker, openPopupFor, runAxe } from './popup-helpers';

// The welcome page the install opens, and the shortcut line in the popup. Both show the keys
// the browser has now (commands.getAll), not the manifest's suggestion.

const lens = useExtension({ keepWelcome: true });
let welcome: Page;

beforeAll(() => {
  if (!lens.browser.welcome) throw new Error('the install opened no welcome page');
  welcome = lens.browser.welcome;
});

/** The keys of a command as the browser reports them, e.g. ["Alt", "Shift", "K"]. */
async function keysOf(name: string): Promise<string[]> {
  const shortcut = await inWorker(
    lens.browser,
    async (chrome, wanted) =>
      (await chrome.commands.getAll()).find((c) => c.name === wanted)?.shortcut ?? '',
    name,
  );
  return shortcut.split('+').filter(Boolean);
}

/** The <kbd> texts shown for a command, once the list has loaded. */
async function shownKeys(page: Page, selector: string): Promise<string[]> {
  await page.waitForSelector(`${selector} kbd`);
  return page.locator(`${selector} kbd`).allTextContents();
}

/**
 * Stands in for the reader changing shortcuts in the browser's settings (which a headless
 * browser cannot do): the page's commands.getAll answers with these keys.
 */
async function withShortcuts(page: Page, keys: Record<string, string>): Promise<void> {
  await page.addInitScript((wanted) => {
    const commands = (
      globalThis as unknown as {
        chrome: { commands: { getAll: () => Promise<{ name?: string; shortcut?: string }[]> } };
      }
    ).chrome.commands;
    const real = commands.getAll.bind(commands);
    commands.getAll = async () =>
      (await real()).map((c) =>
        c.name && c.name in wanted ? { ...c, shortcut: wanted[c.name] } : c,
      );
  }, keys);
}

describe('welcome page', () => {
  it('opens on install, in the browser language, titled', async () => {
    expect(welcome.url()).toBe(`chrome-extension://${lens.browser.extensionId}/welcome.html`);
    expect(await welcome.title()).toBe('Welcome to Ketamine Lens');
    expect(await welcome.locator('html').getAttribute('lang')).toBe('en');
    await expect(
      welcome.getByRole('heading', { level: 1, name: 'Welcome to Ketamine Lens' }).count(),
    ).resolves.toBe(1);
  });

  it('highlights the live example with the real highlighter', async () => {
    await waitForReady(welcome);
    const inExample = [
      await highlightedTexts(welcome, TERM, '[data-example]'),
      await highlightedTexts(welcome, MYTH, '[data-example]'),
    ];
    expect(inExample[0]).toEqual(
      expect.arrayContaining([
        'Ketamine',
        'dissociative anaesthetic',
        'esketamine',
        'treatment-resistant depression',
      ]),
    );
    expect(inExample[1]).toEqual(['horse tranquiliser']);
    // The extension's own name is not taken for the term "ketamine".
    const inTitle = await welcome.evaluate(() =>
      [...(CSS.highlights.get('ketamine-lens-term') ?? [])].some((range) =>
        document.querySelector('header')?.contains(range.startContainer),
      ),
    );
    expect(inTitle).toBe(false);
    expect((await highlightedTexts(welcome)).length).toBeGreaterThanOrEqual(
      inExample[0]?.length ?? 0,
    );
  });

  it('opens the card when a term of the example is hovered', async () => {
    await waitForReady(welcome);
    await welcome.bringToFront();
    const card = await hoverTerm(welcome, {
      within: '[data-example]',
      highlight: 'ketamine-lens-misconception',
    });
    expect(card.role).toBe('dialog');
    expect(card.ids).toContain('myth-just-horse-tranquiliser');
    await parkMouseAndWaitForNoCard(welcome);
    expect(
      (
        await hoverTerm(welcome, {
          within: '[data-example]',
          highlight: 'ketamine-lens-term',
          nth: 0,
        })
      ).heading,
    ).toBeTruthy();
    await parkMouseAndWaitForNoCard(welcome);
  });

  it('shows each shortcut as the browser has it', async () => {
    for (const name of ['next-term', 'toggle-highlighting']) {
      expect(await shownKeys(welcome, `[data-command="${name}"]`)).toEqual(await keysOf(name));
    }
    await expect(welcome.locator('[data-command="next-term"]').textContent()).resolves.toContain(
      'Step to the next highlighted term and open its card',
    );
  });

  it('shows a changed or removed shortcut as such', async () => {
    const page = await lens.context.newPage();
    await withShortcuts(page, { 'next-term': 'Ctrl+Shift+Y', 'toggle-highlighting': '' });
    await page.goto(`chrome-extension://${lens.browser.extensionId}/welcome.html`);
    expect(await shownKeys(page, '[data-command="next-term"]')).toEqual(['Ctrl', 'Shift', 'Y']);
    await expect(
      page.locator('[data-command="toggle-highlighting"]').textContent(),
    ).resolves.toContain('no shortcut set');
    await page.close();
  });

  it('states the privacy promise', async () => {
    const text = await welcome.locator('#kl-privacy + ul').textContent();
    expect(text).toContain('No network requests');
    expect(text).toContain('No analytics and no data collection');
    expect(text).toContain('local storage');
  });

  it('has no axe violations, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await welcome.emulateMedia({ colorScheme: scheme });
      expect(await runAxe(welcome), scheme).toEqual([]);
    }
  });
});

describe('popup shortcut line', () => {
  it('names the key that steps through terms, as the browser has it', async () => {
    const popup = await openPopupFor(lens.browser);
    expect(await shownKeys(popup, '.kl-shortcut-hint')).toEqual(await keysOf('next-term'));
    await popup.close();
  });

  it('follows a changed shortcut and says when none is set', async () => {
    const changed = await lens.context.newPage();
    await withShortcuts(changed, { 'next-term': 'Ctrl+Shift+Y' });
    await changed.goto(`chrome-extension://${lens.browser.extensionId}/popup.html`);
    expect(await shownKeys(changed, '.kl-shortcut-hint')).toEqual(['Ctrl', 'Shift', 'Y']);
    await changed.close();

    const unset = await lens.context.newPage();
    await withShortcuts(unset, { 'next-term': '' });
    await unset.goto(`chrome-extension://${lens.browser.extensionId}/popup.html`);
    await expect(unset.locator('.kl-shortcut-hint').textContent()).resolves.toContain(
      'no shortcut is set',
    );
    await unset.close();
  });
});

describe('in the browser language', () => {
  it.each([
    ['de', 'Willkommen bei Ketamine Lens', ['Ketamin', 'Esketamin']],
    ['ru', 'Добро пожаловать в Ketamine Lens', ['Кетамин', 'эскетамин']],
  ])(
    '%s: strings, lang attribute and a live example in that language',
    async (lang, title, terms) => {
      const localized = await launchWithExtension({ keepWelcome: true, uiLanguage: lang });
      try {
        const page = localized.welcome as Page;
        expect(await page.title()).toBe(title);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        await waitForReady(page);
        expect(await highlightedTexts(page, TERM, '[data-example]')).toEqual(
          expect.arrayContaining(terms),
        );
        const manifestName = await inWorker(localized, (chrome) =>
          chrome.i18n.getMessage('commandNextTerm'),
        );
        await expect(page.locator('[data-command="next-term"]').textContent()).resolves.toContain(
          manifestName,
        );
        expect(manifestName).not.toBe('Step to the next highlighted term and open its card');
      } finally {
        await localized.close();
      }
    },
  );
});
