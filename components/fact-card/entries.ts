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

/** What differs between entry types; shapeFrom derives the rest of an EntryShape from it. */
interface EntryRow<T extends EntryType, I extends Card | Misconception> {
  /** The pack's cards or misconceptions of this type, in its order. */
  items: (pack: KnowledgePack) => readonly I[];
  /** The entry that shows an item. */
  wrap: (item: I) => EntryOf<T>;
  /** The item an entry shows. */
  item: (entry: EntryOf<T>) => I;
  texts: EntryShape<T>['texts'];
  fields: EntryShape<T>['fields'];
}

function shapeFrom<T extends EntryType, I extends Card | Misconception>({
  items,
  wrap,
  item,
  texts,
  fields,
}: EntryRow<T, I>): EntryShape<T> {
  return {
    byId: (id, pack = readerKnowledge().pack) => {
      const found = items(pack).find((candidate) => candidate.id === id);
      return found ? wrap(found) : null;
    },
    id: (entry) => item(entry).id,
    section: (entry) => item(entry).section,
    all: () => items(readerKnowledge().pack).map(wrap),
    texts,
    fields,
  };
}

export const ENTRY_SHAPES: { readonly [T in EntryType]: EntryShape<T> } = {
  card: shapeFrom<'card', Card>({
    items: (pack) => pack.cards,
    wrap: (card) => ({ type: 'card', card }),
    item: (entry) => entry.card,
    texts: ({ card }) => ({ title: card.title, summary: card.summary }),
    fields: { title: 'title', summary: 'summary' },
  }),
  misconception: shapeFrom<'misconception', Misconception>({
    items: (pack) => pack.misconceptions,
    wrap: (myth) => ({ type: 'misconception', myth }),
    item: (entry) => entry.myth,
    texts: ({ myth }) => ({ title: myth.myth, summary: myth.correction }),
    fields: { title: 'myth', summary: 'correction' },
  }),
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
