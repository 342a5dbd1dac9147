import type { EntryType } from '../../content/kinds';
import { cardById, misconceptionById, pack } from '../../content/pack';
import type { Card, Misconception } from '../../content/schema';

/** What each entry type of the kinds table carries to a card view. */
interface EntryData {
  card: { card: Card };
  misconception: { myth: Misconception };
}

/** What a card view shows: a fact card or a misconception with its correction. */
export type CardEntry = { [T in EntryType]: { type: T } & EntryData[T] }[EntryType];
/** The card view of one entry type. */
export type EntryOf<T extends EntryType> = Extract<CardEntry, { type: T }>;

/** How each entry type is found by id and named: the only place its data shape is unpacked. */
interface EntryShape<T extends EntryType> {
  byId: (id: string) => EntryOf<T> | null;
  id: (entry: EntryOf<T>) => string;
  /** The article's section the entry cites. */
  section: (entry: EntryOf<T>) => string;
  /** Every entry of this type in the pack, in its order. */
  all: () => EntryOf<T>[];
  /** The card's field (a key of FactCard's `matches`) that shows the search's title and summary. */
  fields: { title: string; summary: string };
}

export const ENTRY_SHAPES: { readonly [T in EntryType]: EntryShape<T> } = {
  card: {
    byId: (id) => {
      const card = cardById(id);
      return card ? { type: 'card', card } : null;
    },
    id: (entry) => entry.card.id,
    section: (entry) => entry.card.section,
    all: () => pack.cards.map((card) => ({ type: 'card', card })),
    fields: { title: 'title', summary: 'summary' },
  },
  misconception: {
    byId: (id) => {
      const myth = misconceptionById(id);
      return myth ? { type: 'misconception', myth } : null;
    },
    id: (entry) => entry.myth.id,
    section: (entry) => entry.myth.section,
    all: () => pack.misconceptions.map((myth) => ({ type: 'misconception', myth })),
    fields: { title: 'myth', summary: 'correction' },
  },
};

/** The row of ENTRY_SHAPES for an entry, typed for it. */
export function shapeOf<E extends CardEntry>(entry: E): EntryShape<E['type']> {
  return ENTRY_SHAPES[entry.type] as unknown as EntryShape<E['type']>;
}

export function entryId(entry: CardEntry): string {
  return (shapeOf(entry).id as (e: CardEntry) => string)(entry);
}

export function entrySection(entry: CardEntry): string {
  return (shapeOf(entry).section as (e: CardEntry) => string)(entry);
}
