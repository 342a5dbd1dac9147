import { t } from '../../common/i18n/t';
import { type CardEntry, entryId, entrySection } from '../fact-card/entries';
import { BROWSE_ORDER, entriesOfKind, KIND_VIEWS } from '../fact-card/kind-views';
import { readerKnowledge } from '../knowledge/reader-knowledge';
import { ExpandableCard } from './ExpandableCard';

interface BrowseCardsProps {
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
}

/**
 * With no query: each kind's entries under its heading, in the order the kinds table gives
 * (the misconceptions the article names and the questions we answer from it, each card saying
 * which it is; then every card grouped by the article's sections).
 */
export function BrowseCards({ expanded, onToggle }: BrowseCardsProps) {
  return (
    <>
      {BROWSE_ORDER.map((kind) => {
        const { heading, headingId, bySection } = KIND_VIEWS[kind].browse;
        const entries = entriesOfKind(kind);
        return (
          <section key={kind} class="kl-section" aria-labelledby={headingId}>
            <h2 id={headingId} class="kl-section__title">
              {t(heading)}
            </h2>
            {bySection ? (
              readerKnowledge().pack.article.sections.map((section) => {
                const inSection = entries.filter((entry) => entrySection(entry) === section);
                return (
                  <details key={section} class="kl-topic">
                    <summary>
                      <span lang={readerKnowledge().language}>{section}</span>{' '}
                      <span class="kl-count">({inSection.length})</span>
                    </summary>
                    <EntryList entries={inSection} expanded={expanded} onToggle={onToggle} />
                  </details>
                );
              })
            ) : (
              <EntryList entries={entries} expanded={expanded} onToggle={onToggle} />
            )}
          </section>
        );
      })}
    </>
  );
}

function EntryList({ entries, expanded, onToggle }: { entries: CardEntry[] } & BrowseCardsProps) {
  return (
    <ul class="kl-list">
      {entries.map((entry) => {
        const id = entryId(entry);
        return (
          <li key={id}>
            <ExpandableCard entry={entry} expanded={expanded.has(id)} onToggle={onToggle} />
          </li>
        );
      })}
    </ul>
  );
}
