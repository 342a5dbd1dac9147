import type { SearchResult } from '../../card-search/search-cards';
import { cardById, misconceptionById } from '../../content/pack';
import type { CardEntry } from '../fact-card/entries';
import type { MatchIndices } from '../highlighted-text/HighlightedText';
import { ExpandableCard } from './ExpandableCard';

interface SearchResultsProps {
  query: string;
  results: SearchResult[];
  suggestions: string[];
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onSuggest: (query: string) => void;
}

export function SearchResults(props: SearchResultsProps) {
  const { query, results, suggestions, expanded, onToggle, onSuggest } = props;
  if (results.length === 0) {
    return (
      <section class="kl-section" aria-labelledby="kl-results">
        <ResultsHeading />
        <p role="status">No cards match “{query}”.</p>
        {suggestions.length > 0 && (
          <p>
            Try:{' '}
            {suggestions.map((term) => (
              <button key={term} type="button" class="kl-chip" onClick={() => onSuggest(term)}>
                {term}
              </button>
            ))}
          </p>
        )}
      </section>
    );
  }
  return (
    <section class="kl-section" aria-labelledby="kl-results">
      <ResultsHeading />
      <p role="status" class="kl-count">
        {results.length === 1 ? '1 card' : `${results.length} cards`}
      </p>
      <ul class="kl-list">
        {results.map((result) => {
          const entry = toEntry(result);
          return entry ? (
            <li key={result.id}>
              <ExpandableCard
                entry={entry}
                expanded={expanded.has(result.id)}
                onToggle={onToggle}
                matches={matchesByField(result)}
              />
            </li>
          ) : null;
        })}
      </ul>
    </section>
  );
}

/**
 * Fix: results went from the h1 straight to the cards' h3 (axe "heading-order"); a hidden h2
 * keeps the outline whole, as the start view's visible h2 headings do.
 */
function ResultsHeading() {
  return (
    <h2 id="kl-results" class="kl-visually-hidden">
      Search results
    </h2>
  );
}

function toEntry(result: SearchResult): CardEntry | null {
  if (result.kind === 'card') {
    const card = cardById(result.id);
    return card ? { type: 'card', card } : null;
  }
  const myth = misconceptionById(result.id);
  return myth ? { type: 'misconception', myth } : null;
}

/** Search fields named as the card shows them: a myth's title is the myth, its summary the correction. */
function matchesByField(result: SearchResult): Partial<Record<string, MatchIndices>> {
  const byField: Partial<Record<string, MatchIndices>> = {};
  for (const match of result.matches) {
    if (match.key === 'title') byField[result.kind === 'card' ? 'title' : 'myth'] = match.indices;
    if (match.key === 'summary')
      byField[result.kind === 'card' ? 'summary' : 'correction'] = match.indices;
  }
  return byField;
}
