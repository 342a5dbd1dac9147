import { tPlural } from '../../common/i18n/plural';
import { t } from '../../common/i18n/t';
import type { EntryType } from '../../content/kinds';
import { MAX_QUERY_LENGTH } from '../../core/card-search/normalise-query';
import type { SearchOutcome, SearchResult } from '../../core/card-search/search-cards';
import type { Suggestion } from '../../core/card-search/suggest-terms';
import type { CardEntry } from '../fact-card/entries';
import { marksFor } from '../fact-card/FactCard';
import { entryOf } from '../fact-card/kind-views';
import { ExpandableCard } from './ExpandableCard';
import { noCardMentionsText, noMatchText, notCoveredText } from './search-statements';

interface SearchResultsProps {
  outcome: SearchOutcome<EntryType>;
  suggestions: Suggestion[];
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onSuggest: (query: string) => void;
}

export function SearchResults(props: SearchResultsProps) {
  const { outcome, suggestions, expanded, onToggle, onSuggest } = props;
  const { results, notCovered, noMatch } = outcome;
  return (
    <section class="kl-section" aria-labelledby="kl-results">
      <ResultsHeading />
      {/* One live region, so a screen reader hears the whole answer once per change. */}
      <div role="status" class="kl-search-status">
        {/* A close spelling to try means a typo, more likely than a topic the article lacks. */}
        {notCovered && suggestions.length === 0 && (
          <p class="kl-not-covered">{notCoveredText(notCovered)}</p>
        )}
        {noMatch && <p class="kl-count">{noMatchText(noMatch.words)}</p>}
        <StatusLine outcome={outcome} />
        {outcome.truncated && (
          <p class="kl-count">{t('searchTruncated', String(MAX_QUERY_LENGTH))}</p>
        )}
      </div>
      {suggestions.length > 0 && (
        <p>
          {t('searchDidYouMean')}{' '}
          {suggestions.map((s) => (
            <button key={s.label} type="button" class="kl-chip" onClick={() => onSuggest(s.query)}>
              {s.label}
            </button>
          ))}
        </p>
      )}
      {noMatch && results.length > 0 && <p>{t('searchClosestCards')}</p>}
      {results.length > 0 && (
        <ul class="kl-list">
          {results.map((result) => {
            const entry = toEntry(result);
            return entry ? (
              <li key={result.id}>
                <ExpandableCard
                  entry={entry}
                  expanded={expanded.has(result.id)}
                  onToggle={onToggle}
                  matches={marksFor(entry, searchMarks(result))}
                />
              </li>
            ) : null;
          })}
        </ul>
      )}
    </section>
  );
}

/** "3 cards", the words no card has, or what to type; nothing more for a safety question. */
function StatusLine({ outcome }: { outcome: SearchOutcome<EntryType> }) {
  const { results, unmatched, notCovered, noMatch } = outcome;
  if (notCovered?.safety || noMatch) return null;
  const missing = unmatched.length > 0 ? noCardMentionsText(unmatched) : null;
  if (results.length > 0) {
    if (!missing) return <p class="kl-count">{tPlural('searchCardCount', results.length)}</p>;
    return (
      <p class="kl-count">
        {missing} {tPlural('searchOtherWordsMatch', results.length)}
      </p>
    );
  }
  if (missing) return <p class="kl-count">{missing}</p>;
  return <p class="kl-count">{t('searchTypeMore')}</p>;
}

/** The results need an h2 between the popup's h1 and the cards' h3 (axe "heading-order"). */
function ResultsHeading() {
  return (
    <h2 id="kl-results" class="kl-visually-hidden">
      {t('searchResultsHeading')}
    </h2>
  );
}

function toEntry(result: SearchResult<EntryType>): CardEntry | null {
  return entryOf(result.kind, result.id);
}

/** The marks the search made on an entry's title and summary, with the text they were made on. */
function searchMarks(result: SearchResult<EntryType>): Parameters<typeof marksFor>[1] {
  return result.matches.flatMap((match) =>
    match.key === 'title' || match.key === 'summary'
      ? [{ key: match.key, value: match.value, indices: match.indices }]
      : [],
  );
}
