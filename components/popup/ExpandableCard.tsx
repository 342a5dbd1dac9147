import { type CardEntry, entryId } from '../fact-card/entries';
import { FactCard } from '../fact-card/FactCard';
import type { MatchIndices } from '../highlighted-text/HighlightedText';

interface ExpandableCardProps {
  entry: CardEntry;
  expanded: boolean;
  onToggle: (id: string) => void;
  matches?: Partial<Record<string, MatchIndices>>;
}

/** A card whose title is a button that shows or hides its detail and source. */
export function ExpandableCard({ entry, expanded, onToggle, matches }: ExpandableCardProps) {
  const id = entryId(entry);
  return (
    <FactCard
      entry={entry}
      expanded={expanded}
      matches={matches}
      renderTitle={(title) => (
        <button
          type="button"
          class="kl-card-toggle"
          aria-expanded={expanded}
          onClick={() => onToggle(id)}
        >
          {title}
          {/* The ▸/▾ is drawn by CSS on a hidden span: not part of the button's name. */}
          <span class="kl-card-toggle__glyph" aria-hidden="true" />
        </button>
      )}
    />
  );
}
