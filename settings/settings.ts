import * as v from 'valibot';
import { HIGHLIGHT_STYLES, KINDS, type KindSetting, KNOWLEDGE_KINDS } from '../content/kinds';

export { HIGHLIGHT_STYLES, type HighlightStyle } from '../content/kinds';

const idSchema = v.pipe(v.string(), v.maxLength(100));
const MAX_EXCLUDED = 500;

/** One switch per kind of the kinds table (`highlightTerms`, `highlightMisconceptions`). */
const kindSwitches = Object.fromEntries(
  KINDS.map((kind) => [KNOWLEDGE_KINDS[kind].setting, v.boolean()]),
) as Record<KindSetting, v.BooleanSchema<undefined>>;

const settingsSchema = v.object({
  enabled: v.boolean(),
  ...kindSwitches,
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
}) as Settings;

/**
 * Each field falls back on its default when its stored value is invalid, except the
 * excluded ids: one bad id must not lose the reader's other exclusions, so the valid ones stay.
 */
const repairSchema = v.object({
  ...(Object.fromEntries(
    Object.entries(settingsSchema.entries).map(([key, field]) => [
      key,
      v.fallback(field, () => structuredClone(DEFAULT_SETTINGS[key as keyof Settings])),
    ]),
  ) as unknown as { [K in keyof Settings]: v.GenericSchema<unknown, Settings[K]> }),
  excludedIds: v.fallback(
    v.pipe(
      v.array(v.unknown()),
      v.transform((ids) =>
        [...new Set(ids.filter((id): id is string => v.is(idSchema, id)))].slice(0, MAX_EXCLUDED),
      ),
    ),
    () => [],
  ),
});

/**
 * Reads a stored value defensively: a corrupt or outdated value keeps whatever fields are
 * still valid and takes the default for the rest, so one bad field never loses the others.
 * `repaired` tells the caller to write the result back.
 */
export function parseSettings(raw: unknown): { settings: Settings; repaired: boolean } {
  if (v.is(settingsSchema, raw)) return { settings: raw, repaired: false };
  const source = typeof raw === 'object' && raw !== null ? raw : {};
  return { settings: v.parse(repairSchema, source), repaired: true };
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
