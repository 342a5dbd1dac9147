// The kinds of knowledge a page shows, one row each: the only list of them. The engine, the
// pack, the settings and the UI derive their types and loops from this table, so a new kind
// is a row here, a row in the UI's table (components/fact-card/kind-views.ts) and its data
// with the forms it highlights (records keyed by kind in content/pack.ts and
// build/pattern-matcher.ts; tsc names a missing row), and, for a new entry type, its shape in
// components/fact-card/entries.ts and its renderer in FactCard.tsx.
// Pure data with no imports: the always-on content script reads it.

/** The highlight styles a reader can pick; every kind has a look for each. */
export const HIGHLIGHT_STYLES = ['marker', 'underline', 'dotted'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/**
 * How one kind looks on a page, as CSS declarations for its `::highlight()`: one per style,
 * the marker's tint inside links (links keep their colour and underline), and forced colours.
 */
interface KindLook {
  styles: Record<HighlightStyle, string>;
  markerInLink: string;
  forcedColors: string;
}

interface KindRow {
  /** The CSS Custom Highlight's name (a contract name: tests and tools read it). */
  highlight: string;
  /** Where a page's own highlights overlap ours; a misconception outranks a term. */
  priority: number;
  /** The settings switch that turns this kind's highlights on and off. */
  setting: string;
  /** What a card view shows for a match of this kind (components/fact-card/entries.ts). */
  entry: string;
  /**
   * Its forms (all but context terms) are the ketamine family: while a kind that needs the
   * family is shown, they stay in the matcher as anchors even when this kind is switched off.
   */
  anchorsFamily: boolean;
  /** Its phrases count only in a frame that names the family, unless a phrase names it itself. */
  needsFamily: boolean;
  look: KindLook;
}

export const KNOWLEDGE_KINDS = {
  /** A term of the pack (its label, variants and inflected forms). */
  term: {
    highlight: 'ketamine-lens-term',
    priority: 0,
    setting: 'highlightTerms',
    entry: 'card',
    anchorsFamily: true,
    needsFamily: false,
    look: {
      styles: {
        marker: 'background-color: #fde68a; color: #1c1917;',
        underline: 'text-decoration: underline dashed 2px #d97706;',
        dotted: 'text-decoration: underline dotted 2px #0369a1;',
      },
      markerInLink: 'background-color: rgb(250 204 21 / 0.3); color: currentcolor;',
      forcedColors: 'background-color: Mark; color: MarkText;',
    },
  },
  /** A misconception's phrase, as the article names it. */
  misconception: {
    highlight: 'ketamine-lens-misconception',
    priority: 1,
    setting: 'highlightMisconceptions',
    entry: 'misconception',
    anchorsFamily: false,
    needsFamily: true,
    look: {
      styles: {
        marker:
          'background-color: #fecaca; color: #450a0a; text-decoration: underline wavy #b91c1c;',
        underline: 'text-decoration: underline wavy #dc2626;',
        dotted: 'text-decoration: underline dotted 2px #dc2626;',
      },
      markerInLink: 'background-color: rgb(248 113 113 / 0.3); color: currentcolor;',
      forcedColors:
        'background-color: Highlight; color: HighlightText; text-decoration: underline wavy;',
    },
  },
} as const satisfies Record<string, KindRow>;

export type Kind = keyof typeof KNOWLEDGE_KINDS;
/** Every kind, in the table's order (the order of the settings switches). */
export const KINDS = Object.keys(KNOWLEDGE_KINDS) as Kind[];
/** The settings key of each kind's switch (`highlightTerms`, …). */
export type KindSetting = (typeof KNOWLEDGE_KINDS)[Kind]['setting'];
/** What a card view shows: a fact card or a misconception with its correction. */
export type EntryType = (typeof KNOWLEDGE_KINDS)[Kind]['entry'];

/** A piece of the pack a highlight stands for, as the UI needs it: its kind and id. */
export interface KnowledgeRef {
  kind: Kind;
  id: string;
}
