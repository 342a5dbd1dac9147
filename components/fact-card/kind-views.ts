import { quoted } from '../../common/i18n/format';
import type { MessageKey } from '../../common/i18n/message-keys';
import { t } from '../../common/i18n/t';
import { type EntryType, KINDS, type Kind, KNOWLEDGE_KINDS } from '../../content/kinds';
import { brandNameOf, cardsForTerm } from '../../content/pack';
import { readerKnowledge } from '../knowledge/reader-knowledge';
import { type CardEntry, ENTRY_SHAPES } from './entries';
import { originLabels } from './entry-labels';

// The UI's half of the kinds table (content/kinds.ts): what the popup and the cards need of
// each kind, keyed by it, so a missing row fails `npx tsc`. Kept out of the core table
// because it names UI strings and card data, which the always-on content script must not load.
// The components look kinds up here and never name one.

/** What the hover card shows for a match: its heading, the line above it, the search, cards. */
export interface MatchView {
  heading: string;
  kicker: string;
  /** What "search all cards" searches for. */
  query: string;
  entries: CardEntry[];
  /** A line about the page's word itself (a brand name the article never uses), or null. */
  note: string | null;
  /**
   * Whether the best card keeps its own title under the heading: a term's heading already
   * names what its card is about, while a myth's title is the myth as the article words it.
   */
  bestTitled: boolean;
}

/** A pack entry's name in a list: its text after a label in the reader's language. */
export interface ListLabel {
  prefix: string;
  text: string;
}

interface KindView {
  /** The settings switch's label (public/_locales). */
  settingLabel: MessageKey;
  /** The hover card for a match of this kind, showing at most `cardsShown` cards. */
  describe: (id: string, matchedText: string, cardsShown: number) => MatchView;
  /** The accessible name of the hover card's body that holds the cards. */
  bodyLabel: MessageKey;
  /**
   * The card's menu item that stops this match's highlights, named for the heading; `done`
   * says it back once done (the undo notice) for entry `id`, null if not one of this kind.
   */
  exclude: {
    name: (heading: string) => string;
    done: (id: string) => string | null;
  };
  /** The name of this kind's entry `id` in the popup's list of the page; null if not one. */
  listLabel: (id: string) => ListLabel | null;
  /**
   * How the popup lists every entry of this kind when there is no query: under its heading
   * (with the heading's element id), flat or grouped by the article's sections; the kinds
   * are listed by `order`, lowest first.
   */
  browse: { order: number; heading: MessageKey; headingId: string; bySection: boolean };
}

export const KIND_VIEWS: Readonly<Record<Kind, KindView>> = {
  term: {
    settingLabel: 'settingsHighlightTerms',
    describe: (id, matchedText, cardsShown) => {
      const { pack } = readerKnowledge();
      const label = pack.terms.find((term) => term.id === id)?.label ?? matchedText;
      return {
        heading: label,
        kicker: t('hoverKickerFact'),
        query: label,
        entries: cardsForTerm(id, pack)
          .slice(0, cardsShown)
          .map((card): CardEntry => ({ type: 'card', card })),
        // The card explains the drug; the brand itself is not the article's word.
        note: brandNameOf(id, matchedText) ? t('brandNameNote', matchedText) : null,
        bestTitled: false,
      };
    },
    bodyLabel: 'hoverFactsLabel',
    exclude: {
      name: (heading) => t('actionDontHighlightTerm', heading),
      done: (id) => {
        const term = readerKnowledge().pack.terms.find((term) => term.id === id);
        return term ? t('undoNoticeTermOff', term.label) : null;
      },
    },
    listLabel: (id) => {
      const term = readerKnowledge().pack.terms.find((term) => term.id === id);
      return term ? { prefix: '', text: term.label } : null;
    },
    browse: { order: 1, heading: 'browseTopicsHeading', headingId: 'kl-topics', bySection: true },
  },
  misconception: {
    settingLabel: 'settingsFlagMisconceptions',
    describe: (id, matchedText) => {
      const myth = ENTRY_SHAPES.misconception.byId(id);
      return {
        heading: quoted(matchedText),
        kicker: t('hoverKickerMyth'),
        query: matchedText,
        entries: myth ? [myth] : [],
        note: null,
        bestTitled: true,
      };
    },
    bodyLabel: 'hoverMythLabel',
    exclude: {
      name: () => t('actionDontFlagMyth'),
      done: (id) =>
        readerKnowledge().pack.misconceptions.some((m) => m.id === id)
          ? t('undoNoticeMythOff')
          : null,
    },
    listLabel: (id) => {
      const myth = readerKnowledge().pack.misconceptions.find((m) => m.id === id);
      return myth ? { prefix: originLabels(myth.origin).title, text: myth.myth } : null;
    },
    browse: { order: 0, heading: 'browseMythsHeading', headingId: 'kl-myths', bySection: false },
  },
};

/** The list name of a pack entry of any kind (the kinds in the table's order); null if none. */
export function listLabelOf(id: string): ListLabel | null {
  for (const kind of KINDS) {
    const label = KIND_VIEWS[kind].listLabel(id);
    if (label) return label;
  }
  return null;
}

/** The kinds in the order the popup lists them when there is no query. */
export const BROWSE_ORDER: readonly Kind[] = [...KINDS].sort(
  (a, b) => KIND_VIEWS[a].browse.order - KIND_VIEWS[b].browse.order,
);

/** Every entry a kind's matches show, in the pack's order. */
export function entriesOfKind(kind: Kind): CardEntry[] {
  return ENTRY_SHAPES[KNOWLEDGE_KINDS[kind].entry].all();
}

/** The card view of a pack entry by its entry type and id; null for an unknown id. */
export function entryOf(type: EntryType, id: string): CardEntry | null {
  return ENTRY_SHAPES[type].byId(id);
}
