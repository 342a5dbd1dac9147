import type { EntryType } from '../../content/kinds';
import type { Card, KnowledgePack, Misconception } from '../../content/schema';
import { readerKnowledge } from '../knowledge/reader-knowledge';

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
  /** The entry in `pack` (by default the one the reader reads, in their language). */
  byId: (id: string, pack?: KnowledgePack) => EntryOf<T> | null;
  id: (entry: EntryOf<T>) => string;
  /** The article's section the entry cites. */
  section: (entry: EntryOf<T>) => string;
  /** Every entry of this type in the reader's pack, in its order. */
  all: () => EntryOf<T>[];
  /** The entry's texts (title and summary fields), as search matches name them. */
  texts: (entry: EntryOf<T>) => { title: string; summary: string };
  /** The card's field (a key of FactCard's `matches`) that shows the search's title and summary. */
  fields: { title: string; summary: string };
}

export const ENTRY_SHAPES: { readonly [T in EntryType]: EntryShape<T> } = {
  card: {
    byId: (id, pack = readerKnowledge().pack) => {
      const card = pack.cards.find((c) => c.id === id);
      return card ? { type: 'card', card } : null;
    },
    id: (entry) => entry.card.id,
    section: (entry) => entry.card.section,
    all: () => readerKnowledge().pack.cards.map((card) => ({ type: 'card', card })),
    texts: ({ card }) => ({ title: card.title, summary: card.summary }),
    fields: { title: 'title', summary: 'summary' },
  },
  misconception: {
    byId: (id, pack = readerKnowledge().pack) => {
      const myth = pack.misconceptions.find((m) => m.id === id);
      return myth ? { type: 'misconception', myth } : null;
    },
    id: (entry) => entry.myth.id,
    section: (entry) => entry.myth.section,
    all: () =>
      readerKnowledge().pack.misconceptions.map((myth) => ({ type: 'misconception', myth })),
    texts: ({ myth }) => ({ title: myth.myth, summary: myth.correction }),
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

/** The same entry in another pack (the English original of a translated card); null if none. */
export function entryIn(entry: CardEntry, pack: KnowledgePack): CardEntry | null {
  return ENTRY_SHAPES[entry.type].byId(entryId(entry), pack);
}

/** The entry's title and summary texts, as the search's matches name them. */
export function entryTexts(entry: CardEntry): { title: string; summary: string } {
  return (shapeOf(entry).texts as (e: CardEntry) => { title: string; summary: string })(entry);
}
