import type { ComponentChildren } from 'preact';
import { shownLanguage } from '../../i18n/t';
import { HighlightedText, type MatchIndices } from '../highlighted-text/HighlightedText';
import { SourceLine } from '../source-note/source-credits';
import { type CardEntry, entryId } from './entries';
import { type OriginLabels, originLabels } from './entry-labels';

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

/**
 * One card, as the popup and the hover card both show it. Its labels are in the reader's
 * language; the card text is the article's English and carries lang="en".
 */
export function FactCard(props: FactCardProps) {
  const { entry, expanded, matches = {}, headingLevel = 3, renderTitle } = props;
  const source = props.source ?? (expanded ? 'full' : 'none');
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const isMyth = entry.type === 'misconception';
  const titleText = isMyth ? entry.myth.myth : entry.card.title;
  const title = (
    <span lang="en">
      <HighlightedText text={titleText} indices={matches[isMyth ? 'myth' : 'title']} />
    </span>
  );
  const labels = isMyth ? originLabels(entry.myth.origin) : null;
  const modifier = isMyth ? ` kl-card--myth kl-card--${entry.myth.origin}` : '';
  return (
    <article data-card-id={entryId(entry)} class={`kl-card${modifier}`}>
      <Heading class="kl-card__title">
        {labels && (
          <span class="kl-card__label" lang={shownLanguage()}>
            {labels.title}
          </span>
        )}
        {renderTitle ? renderTitle(title) : title}
      </Heading>
      {entry.type === 'misconception' ? (
        <MisconceptionBody
          labels={labels ?? originLabels(entry.myth.origin)}
          answer={entry.myth.correction}
          indices={matches.correction}
        />
      ) : (
        <>
          <p class="kl-card__summary" lang="en">
            <HighlightedText text={entry.card.summary} indices={matches.summary} />
          </p>
          {expanded && (
            <p class="kl-card__detail" lang="en">
              {entry.card.detail}
            </p>
          )}
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
