import * as v from 'valibot';

export const HIGHLIGHT_STYLES = ['marker', 'underline', 'dotted'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

const idSchema = v.pipe(v.string(), v.maxLength(100));
const MAX_EXCLUDED = 500;

const settingsSchema = v.object({
  enabled: v.boolean(),
  highlightTerms: v.boolean(),
  highlightMisconceptions: v.boolean(),
  style: v.picklist(HIGHLIGHT_STYLES),
  /** Origins (scheme://host:port) where the reader paused Ketamine Lens. */
  pausedOrigins: v.array(v.pipe(v.string(), v.maxLength(2048))),
  /** Show only the first highlight of each term or myth in a frame (first-mention.ts). */
  firstMentionOnly: v.boolean(),
  /** Term and misconception ids the reader chose not to highlight. */
  excludedIds: v.pipe(v.array(idSchema), v.maxLength(MAX_EXCLUDED)),
});

export type Settings = v.InferOutput<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  enabled: true,
  highlightTerms: true,
  highlightMisconceptions: true,
  style: 'marker',
  // Frozen too: a valid stored value is handed out as is, and so is this fallback, so a
  // caller pushing to the list would otherwise change the defaults for everyone.
  pausedOrigins: Object.freeze([]) as unknown as string[],
  firstMentionOnly: false,
  excludedIds: Object.freeze([]) as unknown as string[],
}) as Settings;

/**
 * Reads a stored value defensively: a corrupt or outdated value keeps whatever fields are
 * still valid and takes the default for the rest, so one bad field never loses the others.
 * `repaired` tells the caller to write the result back.
 */
export function parseSettings(raw: unknown): { settings: Settings; repaired: boolean } {
  if (v.is(settingsSchema, raw)) return { settings: raw, repaired: false };
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const settings = { ...DEFAULT_SETTINGS, pausedOrigins: [], excludedIds: [] } as Settings;
  for (const key of Object.keys(settingsSchema.entries) as (keyof Settings)[]) {
    const field = settingsSchema.entries[key];
    if (v.is(field, source[key])) (settings as Record<string, unknown>)[key] = source[key];
  }
  // One bad id must not lose the reader's other exclusions: keep the valid ones.
  if (
    Array.isArray(source.excludedIds) &&
    !v.is(settingsSchema.entries.excludedIds, source.excludedIds)
  ) {
    settings.excludedIds = [
      ...new Set(source.excludedIds.filter((id): id is string => v.is(idSchema, id))),
    ].slice(0, MAX_EXCLUDED);
  }
  return { settings, repaired: true };
}

/** Whether highlighting runs on a page of this origin. */
export function isActiveOn(settings: Settings, origin: string): boolean {
  return settings.enabled && !settings.pausedOrigins.includes(origin);
}

export function withOriginPaused(settings: Settings, origin: string, paused: boolean): Settings {
  const others = settings.pausedOrigins.filter((o) => o !== origin);
  return { ...settings, pausedOrigins: paused ? [...others, origin] : others };
}

/** Whether the reader lets this term or misconception id be highlighted. */
export function isIdShown(settings: Pick<Settings, 'excludedIds'>, id: string): boolean {
  return !settings.excludedIds.includes(id);
}

export function withIdExcluded(settings: Settings, id: string, excluded: boolean): Settings {
  const others = settings.excludedIds.filter((other) => other !== id);
  return { ...settings, excludedIds: excluded ? [...others, id] : others };
}
