import type { CardTheme } from '../../common/settings/settings';
import { loadSettings, watchSettings } from '../../common/settings/settings-store';

/** The card's colours: the reader's choice, kept current, or the page's behind each word. */
export interface CardThemeChoice {
  /** Light or dark for a card about this range. */
  schemeFor(range: Range): 'light' | 'dark';
  stop(): void;
}

export function followCardTheme(): CardThemeChoice {
  let chosen: CardTheme = 'auto';
  loadSettings()
    .then((settings) => {
      chosen = settings.cardTheme;
    })
    .catch(() => {});
  const stop = watchSettings((settings) => {
    chosen = settings.cardTheme;
  });
  return {
    schemeFor: (range) => (chosen === 'auto' ? pageSchemeBehind(range) : chosen),
    stop,
  };
}

/**
 * Whether the page is light or dark where the word is: the first opaque-enough background
 * from the word's element up to the root, else the canvas (white, or dark where the page asks
 * for a dark colour scheme). Not the system's theme: a light page in a dark system still
 * wants a light card beside its text.
 */
export function pageSchemeBehind(range: Range): 'light' | 'dark' {
  const start = range.startContainer;
  let element: Element | null = start instanceof Element ? start : start.parentElement;
  while (element) {
    const colour = parseColour(getComputedStyle(element).backgroundColor);
    if (colour && colour.alpha >= 0.5) return isDark(colour) ? 'dark' : 'light';
    element = parentAcrossShadow(element);
  }
  // No background anywhere: the canvas, which a page's `color-scheme: dark` makes dark.
  const root = getComputedStyle(document.documentElement).colorScheme;
  const systemDark = matchMedia('(prefers-color-scheme: dark)').matches;
  if (root.includes('dark') && (!root.includes('light') || systemDark)) return 'dark';
  return 'light';
}

function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

interface Colour {
  red: number;
  green: number;
  blue: number;
  alpha: number;
}

/** A computed `rgb()`/`rgba()` colour (what getComputedStyle gives for most pages). */
export function parseColour(text: string): Colour | null {
  const parts = text.match(/^rgba?\(([^)]*)\)$/);
  if (!parts?.[1]) return null;
  const numbers = parts[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  const [red = 0, green = 0, blue = 0, alpha = 1] = numbers;
  if ([red, green, blue, alpha].some(Number.isNaN)) return null;
  return { red, green, blue, alpha };
}

/** Dark when its relative luminance is below the midpoint of black and white in contrast. */
export function isDark({ red, green, blue }: Colour): boolean {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
  // Equal contrast against black and white: (L + 0.05)² = 1.05 × 0.05.
  return luminance < 0.179;
}
