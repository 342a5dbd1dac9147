import { cardsForTerm, misconceptionById, pack, termById } from '../../content/pack';
import type { MatchValue } from '../../page-highlighting/match-value';
import type { CardEntry } from '../fact-card/entries';
import { FactCard } from '../fact-card/FactCard';
import { ArticleCredit } from '../source-note/SourceNote';
import { CardActions } from './CardActions';

// Two cards fit a hover card; the search holds the rest.
const CARDS_SHOWN = 2;

export interface HoverCardProps {
  value: MatchValue;
  /** The words as the page wrote them. */
  matchedText: string;
  onClose: () => void;
  onOpenSearch: (query: string) => void;
}

export function HoverCard({ value, matchedText, onClose, onOpenSearch }: HoverCardProps) {
  const { heading, kicker, query, entries } = describe(value, matchedText);
  return (
    // The cards are English whatever the page's language and direction (an RTL page would
    // otherwise lay out their punctuation and the close button mirrored).
    <div
      class="kl-hover"
      role="dialog"
      aria-labelledby="kl-hover-heading"
      tabIndex={-1}
      lang="en"
      dir="ltr"
    >
      <header class="kl-hover__header">
        <div>
          <p class="kl-hover__kicker">{kicker}</p>
          <h2 id="kl-hover-heading" class="kl-hover__heading">
            {heading}
          </h2>
        </div>
        <button type="button" class="kl-hover__close" aria-label="Close card" onClick={onClose}>
          ×
        </button>
      </header>
      {/* Only the cards scroll when the card is short of room: the search, the source and the
          disclaimer below always stay in view. A scrolling body is a tab stop (for keyboard
          scrolling); its name tells a screen reader what that stop is. */}
      <section
        class="kl-hover__body"
        aria-label={value.kind === 'misconception' ? 'Myth and correction' : 'Fact cards'}
      >
        {entries.map((entry) => (
          <FactCard
            key={entry.type === 'card' ? entry.card.id : entry.myth.id}
            entry={entry}
            expanded={false}
            source="section"
          />
        ))}
      </section>
      <footer class="kl-hover__footer">
        <button type="button" class="kl-hover__more" onClick={() => onOpenSearch(query)}>
          Search all cards for “{query}”
        </button>
        <CardActions value={value} name={heading} />
        <ArticleCredit />
        <p class="kl-disclaimer" role="note">
          {pack.disclaimer}
        </p>
      </footer>
    </div>
  );
}

function describe(value: MatchValue, matchedText: string) {
  if (value.kind === 'misconception') {
    const myth = misconceptionById(value.id);
    return {
      heading: `“${matchedText}”`,
      kicker: 'Ketamine Lens · myth check',
      query: matchedText,
      entries: myth ? [{ type: 'misconception', myth } as CardEntry] : [],
    };
  }
  const term = termById(value.id);
  const label = term?.label ?? matchedText;
  return {
    heading: label,
    kicker: 'Ketamine Lens · fact card',
    query: label,
    entries: cardsForTerm(value.id)
      .slice(0, CARDS_SHOWN)
      .map((card): CardEntry => ({ type: 'card', card })),
  };
}
