import type { Settings } from './settings';

type Key = keyof Settings;
type Value = Settings[Key];

/** One setting an action changed: its value before and after. */
export interface ChangedEntry<K extends Key = Key> {
  key: K;
  before: Settings[K];
  after: Settings[K];
}

/** What an action changed: only the entries that differ, so undoing it touches nothing else. */
export type SettingsChange = readonly ChangedEntry[];

/** What a change did, in the words the reader chose it by (the undo notice says it back). */
export type ReaderAction =
  | { kind: 'excluded'; id: string }
  | { kind: 'paused'; origin: string }
  | { kind: 'first-mentions'; on: boolean };

function sameValue(a: Value, b: Value): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((entry, i) => entry === b[i]);
  return a === b;
}

/** The entries that differ between two settings, each with its old and new value. */
export function settingsChange(before: Settings, after: Settings): SettingsChange {
  return (Object.keys(after) as Key[])
    .filter((key) => !sameValue(before[key], after[key]))
    .map((key) => ({ key, before: before[key], after: after[key] }) as ChangedEntry);
}

/**
 * Takes a change back. An entry still as the change left it gets its old value exactly (a
 * list in its old order, with an entry the list's cap pushed out back in place). An entry
 * changed since keeps that later change: a list loses only what the change added and gets
 * back what it removed; any other value stays as it is now.
 */
export function undoSettingsChange(current: Settings, change: SettingsChange): Settings {
  const next = { ...current } as Record<Key, Value>;
  for (const { key, before, after } of change) {
    const now = current[key];
    if (sameValue(now, after)) next[key] = before;
    else if (Array.isArray(now) && Array.isArray(before) && Array.isArray(after)) {
      const added = after.filter((entry) => !before.includes(entry));
      const removed = before.filter((entry) => !after.includes(entry));
      next[key] = [...now.filter((entry) => !added.includes(entry)), ...removed].filter(
        (entry, i, list) => list.indexOf(entry) === i,
      );
    }
  }
  return next as Settings;
}

/**
 * The reader's action a change is, when it is one the undo notice offers to take back:
 * a term or myth no longer highlighted, a site paused, first mentions only switched. Any
 * other change (or several at once) is none of these.
 */
export function readerActionOf(change: SettingsChange): ReaderAction | null {
  if (change.length !== 1) return null;
  const [entry] = change as [ChangedEntry];
  if (entry.key === 'firstMentionOnly') return { kind: 'first-mentions', on: entry.after === true };
  if (entry.key !== 'excludedIds' && entry.key !== 'pausedOrigins') return null;
  const before = entry.before as string[];
  const added = (entry.after as string[]).filter((value) => !before.includes(value));
  if (added.length !== 1) return null;
  const [value] = added as [string];
  return entry.key === 'excludedIds'
    ? { kind: 'excluded', id: value }
    : { kind: 'paused', origin: value };
}
