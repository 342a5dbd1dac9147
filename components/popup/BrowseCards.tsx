import { pack } from '../../content/pack';
import { t } from '../../i18n/t';
import { ExpandableCard } from './ExpandableCard';

interface BrowseCardsProps {
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
}

/**
 * With no query: the misconceptions the article names and the questions we answer from it
 * (each card says which it is), then every card grouped by the article's sections.
 */
export function BrowseCards({ expanded, onToggle }: BrowseCardsProps) {
  return (
    <>
      <section class="kl-section" aria-labelledby="kl-myths">
        <h2 id="kl-myths" class="kl-section__title">
          {t('browseMythsHeading')}
        </h2>
        <ul class="kl-list">
          {pack.misconceptions.map((myth) => (
            <li key={myth.id}>
              <ExpandableCard
                entry={{ type: 'misconception', myth }}
                expanded={expanded.has(myth.id)}
                onToggle={onToggle}
              />
            </li>
          ))}
        </ul>
      </section>
      <section class="kl-section" aria-labelledby="kl-topics">
        <h2 id="kl-topics" class="kl-section__title">
          {t('browseTopicsHeading')}
        </h2>
        {pack.article.sections.map((section) => {
          const cards = pack.cards.filter((card) => card.section === section);
          return (
            <details key={section} class="kl-topic">
              <summary>
                <span lang="en">{section}</span> <span class="kl-count">({cards.length})</span>
              </summary>
              <ul class="kl-list">
                {cards.map((card) => (
                  <li key={card.id}>
                    <ExpandableCard
                      entry={{ type: 'card', card }}
                      expanded={expanded.has(card.id)}
                      onToggle={onToggle}
                    />
                  </li>
                ))}
              </ul>
            </details>
          );
        })}
      </section>
    </>
  );
}
