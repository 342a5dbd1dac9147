import type { ComponentChildren } from 'preact';
import { HighlightedText, type MatchIndices } from '../highlighted-text/HighlightedText';
import { SourceLine } from '../source-note/SourceNote';
import { type CardEntry, entryId } from './entries';
import { ORIGIN_LABELS, type OriginLabels } from './entry-labels';

export interface FactCardProps {
  entry: CardEntry;
  /** Shows the fuller detail and the source. */
  expanded: boolean;
  /** How the source is cited: in full (the default when expanded), by section only, or not. */
  source?: 'full' | 'section' | 'none';
  /** Matched parts to emphasise, by field name (title, summary, myth, correction). */
  matches?: Partial<Record<string, MatchIndices>>;
  /** Level of the card's heading, so it fits the surrounding outline. */
  headingLevel?: 3 | 4;
  /** Replaces the plain title, e.g. with a button that expands the card. */
  renderTitle?: (title: ComponentChildren) => ComponentChildren;
}

/** One card, as the popup and the hover card both show it. */
export function FactCard(props: FactCardProps) {
  const { entry, expanded, matches = {}, headingLevel = 3, renderTitle } = props;
  const source = props.source ?? (expanded ? 'full' : 'none');
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const isMyth = entry.type === 'misconception';
  const titleText = isMyth ? entry.myth.myth : entry.card.title;
  const title = <HighlightedText text={titleText} indices={matches[isMyth ? 'myth' : 'title']} />;
  const labels = isMyth ? ORIGIN_LABELS[entry.myth.origin] : null;
  const modifier = isMyth ? ` kl-card--myth kl-card--${entry.myth.origin}` : '';
  return (
    <article data-card-id={entryId(entry)} class={`kl-card${modifier}`}>
      <Heading class="kl-card__title">
        {labels && <span class="kl-card__label">{labels.title}</span>}
        {renderTitle ? renderTitle(title) : title}
      </Heading>
      {entry.type === 'misconception' ? (
        <MisconceptionBody
          labels={ORIGIN_LABELS[entry.myth.origin]}
          answer={entry.myth.correction}
          indices={matches.correction}
        />
      ) : (
        <>
          <p class="kl-card__summary">
            <HighlightedText text={entry.card.summary} indices={matches.summary} />
          </p>
          {expanded && <p class="kl-card__detail">{entry.card.detail}</p>}
        </>
      )}
      {source !== 'none' && (
        <SourceLine
          section={isMyth ? entry.myth.section : entry.card.section}
          brief={source === 'section'}
        />
      )}
    </article>
  );
}

/** Where the entry comes from, then the article's answer under its label. */
function MisconceptionBody(props: {
  labels: OriginLabels;
  answer: string;
  indices: MatchIndices | undefined;
}) {
  return (
    <>
      <p class="kl-card__origin">{props.labels.origin}</p>
      <p class="kl-card__summary">
        <span class="kl-card__label kl-card__label--fact">{props.labels.answer}</span>
        <HighlightedText text={props.answer} indices={props.indices} />
      </p>
    </>
  );
}
