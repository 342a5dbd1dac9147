import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { shownLanguage, t } from '../../common/i18n/t';
import type { EntryType } from '../../content/kinds';
import { HighlightedText, type MatchIndices } from '../highlighted-text/HighlightedText';
import { ENGLISH, readerKnowledge } from '../knowledge/reader-knowledge';
import { SourceLine } from '../source-note/source-credits';
import {
  type CardEntry,
  ENTRY_SHAPES,
  type EntryOf,
  entryId,
  entryIn,
  entryTexts,
} from './entries';
import { type OriginLabels, originLabels } from './entry-labels';

export interface FactCardProps {
  entry: CardEntry;
  /** Shows the fuller detail and the source. */
  expanded: boolean;
  /** How the source is cited: in full (the default when expanded), by section only, or not. */
  source?: 'full' | 'section' | 'none';
  /** Matched parts to emphasise, by field name (title, summary, myth, correction). */
  matches?: Matches;
  /** Level of the card's heading, so it fits the surrounding outline. */
  headingLevel?: 3 | 4;
  /** Replaces the plain title, e.g. with a button that expands the card. */
  renderTitle?: (title: ComponentChildren) => ComponentChildren;
  /** Whether the card shows its own heading; off where the heading around it already names it. */
  titled?: boolean;
  /**
   * Shows a translated card's English original, for a caller that holds the switch itself
   * (the hover card, whose source line is its own); otherwise the card's source line has it.
   */
  original?: boolean;
}

/**
 * One card, as the popup and the hover card both show it. Its labels are in the reader's
 * language; its text in the cards' language (readerKnowledge), marked with its `lang`. A
 * translated card shows its English original in place at a click, where it shows its source.
 */
export function FactCard(props: FactCardProps) {
  const { expanded, headingLevel = 3, renderTitle, titled = true } = props;
  const [ownOriginal, setOriginal] = useState(false);
  const original = props.original ?? ownOriginal;
  const translated = readerKnowledge().language !== 'en';
  const english = original && translated ? entryIn(props.entry, ENGLISH.pack) : null;
  const entry = english ?? props.entry;
  const language = english ? 'en' : readerKnowledge().language;
  // Search marks are kept only on the text they were found in.
  const matches = english ? {} : (props.matches ?? {});
  const source = props.source ?? (expanded ? 'full' : 'none');
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const parts = partsOf(entry, expanded, matches, language);
  const title = (
    <span lang={language}>
      <HighlightedText
        text={parts.title}
        indices={matches[ENTRY_SHAPES[entry.type].fields.title]}
      />
    </span>
  );
  return (
    <article data-card-id={entryId(entry)} class={`kl-card${parts.modifier}`}>
      {titled && (
        <Heading class="kl-card__title">
          {parts.label !== null && (
            <span class="kl-card__label" lang={shownLanguage()}>
              {parts.label}
            </span>
          )}
          {renderTitle ? renderTitle(title) : title}
        </Heading>
      )}
      {parts.body}
      {source !== 'none' && (
        <SourceLine
          section={parts.section}
          sectionLanguage={language}
          brief={source === 'section'}
          translated={translated && !english}
        >
          {translated && (
            <button
              type="button"
              class="kl-card__original"
              aria-pressed={original}
              onClick={() => setOriginal((shown) => !shown)}
            >
              {t('cardEnglishOriginal')}
            </button>
          )}
        </SourceLine>
      )}
    </article>
  );
}

/** Search marks for the field whose text the card shows, dropped if they were made on another. */
export function marksFor(
  entry: CardEntry,
  found: readonly { key: 'title' | 'summary'; value: string; indices: MatchIndices }[],
): Matches {
  const texts = entryTexts(entry);
  const { fields } = ENTRY_SHAPES[entry.type];
  const marks: Matches = {};
  for (const match of found) {
    if (match.value === texts[match.key]) marks[fields[match.key]] = match.indices;
  }
  return marks;
}

/** What a card shows of one entry type, around the frame every card shares. */
interface CardParts {
  /** The heading's text; `fields.title` of ENTRY_SHAPES names its matches. */
  title: string;
  /** A label before the title in the reader's language, or none. */
  label: string | null;
  /** Classes after `kl-card`, each with a leading space. */
  modifier: string;
  body: ComponentChildren;
  /** The article's section the entry cites. */
  section: string;
}

type Matches = Partial<Record<string, MatchIndices>>;

/** The renderer of each entry type of the kinds table (content/kinds.ts). */
const CARD_PARTS: {
  readonly [T in EntryType]: (
    entry: EntryOf<T>,
    expanded: boolean,
    matches: Matches,
    language: string,
  ) => CardParts;
} = {
  card: ({ card }, expanded, matches, language) => ({
    title: card.title,
    label: null,
    modifier: '',
    body: (
      <>
        <p class="kl-card__summary" lang={language}>
          <HighlightedText text={card.summary} indices={matches.summary} />
        </p>
        {expanded && (
          <p class="kl-card__detail" lang={language}>
            {card.detail}
          </p>
        )}
      </>
    ),
    section: card.section,
  }),
  misconception: ({ myth }, _expanded, matches, language) => {
    const labels = originLabels(myth.origin);
    return {
      title: myth.myth,
      label: labels.title,
      modifier: ` kl-card--myth kl-card--${myth.origin}`,
      body: (
        <MisconceptionBody
          labels={labels}
          answer={myth.correction}
          indices={matches.correction}
          language={language}
        />
      ),
      section: myth.section,
    };
  },
};

function partsOf(
  entry: CardEntry,
  expanded: boolean,
  matches: Matches,
  language: string,
): CardParts {
  const render = CARD_PARTS[entry.type] as (
    entry: CardEntry,
    expanded: boolean,
    matches: Matches,
    language: string,
  ) => CardParts;
  return render(entry, expanded, matches, language);
}

/** Where the entry comes from, then the article's answer under its label. */
function MisconceptionBody(props: {
  labels: OriginLabels;
  answer: string;
  indices: MatchIndices | undefined;
  /** The answer's language. */
  language: string;
}) {
  const language = shownLanguage();
  return (
    <>
      <p class="kl-card__origin" lang={language}>
        {props.labels.origin}
      </p>
      <p class="kl-card__summary">
        <span class="kl-card__label kl-card__label--fact" lang={language}>
          {props.labels.answer}
        </span>
        <span lang={props.language}>
          <HighlightedText text={props.answer} indices={props.indices} />
        </span>
      </p>
    </>
  );
}
