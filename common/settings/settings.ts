import {
  HIGHLIGHT_STYLES,
  type HighlightStyle,
  KINDS,
  type KindSetting,
  KNOWLEDGE_KINDS,
} from '../../content/kinds';
import { PACK_LANGUAGES, type PackLanguage } from '../../content/languages';

export { HIGHLIGHT_STYLES, type HighlightStyle } from '../../content/kinds';

/** The cards' language: the browser's ("auto", English where the pack has none) or one chosen. */
export const CARD_LANGUAGES = ['auto', ...PACK_LANGUAGES] as const;
export type CardLanguage = (typeof CARD_LANGUAGES)[number];

/** The card's colours: like the page behind the word ("auto"), or always light or dark. */
export const CARD_THEMES = ['auto', 'light', 'dark'] as const;
export type CardTheme = (typeof CARD_THEMES)[number];

const MAX_ID_LENGTH = 100;
const MAX_ORIGIN_LENGTH = 2048;
/**
 * Caps on the two lists, which every frame's content script reads: pausing or hiding one more
 * forgets the oldest entry (both lists are kept in the order entries were added).
 */
export const MAX_PAUSED_ORIGINS = 1000;
export const MAX_EXCLUDED_IDS = 500;

export type Settings = {
  enabled: boolean;
  style: HighlightStyle;
  /** Origins (scheme://host:port) where the reader paused Ketamine Lens. */
  pausedOrigins: string[];
  /** Show only the first highlight of each term or myth in a frame (first-mention.ts). */
  firstMentionOnly: boolean;
  /** Term and misconception ids the reader chose not to highlight. */
  excludedIds: string[];
  /** The language the cards are shown in. */
  cardLanguage: CardLanguage;
  /**
   * Discreet mode: terms are still found and counted, but the page gets nothing (no
   * highlight, no stylesheet, no card); cards are read in the popup and the side panel.
   */
  discreet: boolean;
  cardTheme: CardTheme;
} & Record<KindSetting, boolean>;

// Checked by hand, not with a schema library: every frame's content script reads settings,
// and these few lines are all it needs.
const isBoolean = (x: unknown) => typeof x === 'boolean';
const isShortString = (max: number) => (x: unknown) => typeof x === 'string' && x.length <= max;
const isId = isShortString(MAX_ID_LENGTH);
const isOrigin = isShortString(MAX_ORIGIN_LENGTH);
const FIELDS: { [K in keyof Settings]: (x: unknown) => boolean } = {
  enabled: isBoolean,
  // One switch per kind of the kinds table (`highlightTerms`, `highlightMisconceptions`).
  ...(Object.fromEntries(KINDS.map((kind) => [KNOWLEDGE_KINDS[kind].setting, isBoolean])) as Record<
    KindSetting,
    typeof isBoolean
  >),
  style: (x) => (HIGHLIGHT_STYLES as readonly unknown[]).includes(x),
  pausedOrigins: (x) => Array.isArray(x) && x.length <= MAX_PAUSED_ORIGINS && x.every(isOrigin),
  firstMentionOnly: isBoolean,
  excludedIds: (x) => Array.isArray(x) && x.length <= MAX_EXCLUDED_IDS && x.every(isId),
  cardLanguage: (x) => (CARD_LANGUAGES as readonly unknown[]).includes(x),
  discreet: isBoolean,
  cardTheme: (x) => (CARD_THEMES as readonly unknown[]).includes(x),
};
const FIELD_NAMES = Object.keys(FIELDS) as (keyof Settings)[];

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  enabled: true,
  ...(Object.fromEntries(KINDS.map((kind) => [KNOWLEDGE_KINDS[kind].setting, true])) as Record<
    KindSetting,
    boolean
  >),
  style: 'marker',
  // Frozen too: a valid stored value is handed out as is, and so is this fallback, so a
  // caller pushing to the list would otherwise change the defaults for everyone.
  pausedOrigins: Object.freeze([]) as unknown as string[],
  firstMentionOnly: false,
  excludedIds: Object.freeze([]) as unknown as string[],
  cardLanguage: 'auto',
  discreet: false,
  cardTheme: 'auto',
}) as Settings;

/**
 * Reads a stored value defensively: a corrupt or outdated value keeps whatever fields are
 * still valid and takes the default for the rest, so one bad field never loses the others;
 * in the two lists, one bad entry never loses the others. Fields no version declares are
 * dropped. `repaired` tells the caller to write the result back.
 */
export function parseSettings(raw: unknown): { settings: Settings; repaired: boolean } {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  if (
    source === raw &&
    !Array.isArray(raw) &&
    Object.keys(source).length === FIELD_NAMES.length &&
    FIELD_NAMES.every((key) => FIELDS[key](source[key]))
  ) {
    return { settings: raw as Settings, repaired: false };
  }
  const settings = { ...DEFAULT_SETTINGS } as Settings;
  for (const key of FIELD_NAMES) {
    if (FIELDS[key](source[key]))
      (settings as unknown as Record<string, unknown>)[key] = source[key];
  }
  settings.pausedOrigins = validEntries(source.pausedOrigins, isOrigin, MAX_PAUSED_ORIGINS);
  settings.excludedIds = validEntries(source.excludedIds, isId, MAX_EXCLUDED_IDS);
  return { settings, repaired: true };
}

/** A list's valid entries, once each, the latest `max` of them; none when it is not a list. */
function validEntries(list: unknown, valid: (x: unknown) => boolean, max: number): string[] {
  if (!Array.isArray(list)) return [];
  return [...new Set(list.filter((entry): entry is string => valid(entry)))].slice(-max);
}

/** Whether two settings switch the same kinds on (the kinds table's switches). */
export function sameKindSwitches(a: Settings, b: Settings): boolean {
  return KINDS.every(
    (kind) => a[KNOWLEDGE_KINDS[kind].setting] === b[KNOWLEDGE_KINDS[kind].setting],
  );
}

/** Whether highlighting runs on a page of this origin. */
export function isActiveOn(settings: Settings, origin: string): boolean {
  return settings.enabled && !settings.pausedOrigins.includes(origin);
}

export function withOriginPaused(settings: Settings, origin: string, paused: boolean): Settings {
  const others = settings.pausedOrigins.filter((o) => o !== origin);
  return {
    ...settings,
    pausedOrigins: paused ? [...others, origin].slice(-MAX_PAUSED_ORIGINS) : others,
  };
}

/** Whether the reader lets this term or misconception id be highlighted. */
export function isIdShown(settings: Pick<Settings, 'excludedIds'>, id: string): boolean {
  return !settings.excludedIds.includes(id);
}

export function withIdExcluded(settings: Settings, id: string, excluded: boolean): Settings {
  const others = settings.excludedIds.filter((other) => other !== id);
  return { ...settings, excludedIds: excluded ? [...others, id].slice(-MAX_EXCLUDED_IDS) : others };
}

/**
 * The language cards are shown in: the chosen one, or for "auto" the browser's UI language
 * (`en-GB` → `en`) when the pack is written in it, else English.
 */
export function cardLanguageOf(
  settings: Pick<Settings, 'cardLanguage'>,
  uiLanguage: string,
): PackLanguage {
  if (settings.cardLanguage !== 'auto') return settings.cardLanguage;
  const base = uiLanguage.toLowerCase().split(/[-_]/)[0] ?? '';
  return (PACK_LANGUAGES as readonly string[]).includes(base) ? (base as PackLanguage) : 'en';
}
