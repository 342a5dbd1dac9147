import type { ComponentChildren } from 'preact';
import { shownLanguage } from '../../common/i18n/t';
import type { EntryType } from '../../content/kinds';
import { HighlightedText, type MatchIndices } from '../highlighted-text/HighlightedText';
import { SourceLine } from '../source-note/source-credits';
import { type CardEntry, ENTRY_SHAPES, type EntryOf, entryId } from './entries';
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
}

/**
 * One card, as the popup and the hover card both show it. Its labels are in the reader's
 * language; the card text is the article's English and carries lang="en".
 */
export function FactCard(props: FactCardProps) {
  const { entry, expanded, matches = {}, headingLevel = 3, renderTitle } = props;
  const source = props.source ?? (expanded ? 'full' : 'none');
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const parts = partsOf(entry, expanded, matches);
  const title = (
    <span lang="en">
      <HighlightedText
        text={parts.title}
        indices={matches[ENTRY_SHAPES[entry.type].fields.title]}
      />
    </span>
  );
  return (
    <article data-card-id={entryId(entry)} class={`kl-card${parts.modifier}`}>
      <Heading class="kl-card__title">
        {parts.label !== null && (
          <span class="kl-card__label" lang={shownLanguage()}>
            {parts.label}
          </span>
        )}
        {renderTitle ? renderTitle(title) : title}
      </Heading>
      {parts.body}
      {source !== 'none' && <SourceLine section={parts.section} brief={source === 'section'} />}
    </article>
  );
}

/** What a card shows of one entry type, around the frame every card shares. */
interface CardParts {
  /** The heading's text (English); `fields.title` of ENTRY_SHAPES names its matches. */
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
  readonly [T in EntryType]: (entry: EntryOf<T>, expanded: boolean, matches: Matches) => CardParts;
} = {
  card: ({ card }, expanded, matches) => ({
    title: card.title,
    label: null,
    modifier: '',
    body: (
      <>
        <p class="kl-card__summary" lang="en">
          <HighlightedText text={card.summary} indices={matches.summary} />
        </p>
        {expanded && (
          <p class="kl-card__detail" lang="en">
            {card.detail}
          </p>
        )}
      </>
    ),
    section: card.section,
  }),
  misconception: ({ myth }, _expanded, matches) => {
    const labels = originLabels(myth.origin);
    return {
      title: myth.myth,
      label: labels.title,
      modifier: ` kl-card--myth kl-card--${myth.origin}`,
      body: (
        <MisconceptionBody labels={labels} answer={myth.correction} indices={matches.correction} />
      ),
      section: myth.section,
    };
  },
};

function partsOf(entry: CardEntry, expanded: boolean, matches: Matches): CardParts {
  const render = CARD_PARTS[entry.type] as (
    entry: CardEntry,
    expanded: boolean,
    matches: Matches,
  ) => CardParts;
  return render(entry, expanded, matches);
}

/** Where the entry comes from, then the article's answer under its label. */
function MisconceptionBody(props: {
  labels: OriginLabels;
  answer: string;
  indices: MatchIndices | undefined;
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
        <span lang="en">
          <HighlightedText text={props.answer} indices={props.indices} />
        </span>
      </p>
    </>
  );
}
