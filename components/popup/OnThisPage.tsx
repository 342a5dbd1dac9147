import { t } from '../../common/i18n/t';
import type { TabFound } from '../../common/messaging/messages';
import { type ListLabel, listLabelOf } from '../fact-card/kind-views';
import { readerKnowledge } from '../knowledge/reader-knowledge';

interface OnThisPageProps {
  /** Null when Ketamine Lens cannot read the current tab (browser pages, the store). */
  found: TabFound | null;
  /** Highlighting is switched off everywhere. */
  off: boolean;
  paused: boolean;
  onReveal: (id: string) => void;
}

/** The terms and myths highlighted in the current tab, with counts; each one jumps to the next. */
export function OnThisPage({ found, off, paused, onReveal }: OnThisPageProps) {
  const items = found
    ? Object.entries(found.total)
        .flatMap(([id, count]) => {
          const label = listLabelOf(id);
          return label ? [{ id, count, label }] : [];
        })
        .sort((a, b) => b.count - a.count || shown(a.label).localeCompare(shown(b.label)))
    : [];
  return (
    <section class="kl-section" aria-labelledby="kl-on-page">
      <h2 id="kl-on-page" class="kl-section__title">
        {t('onThisPageHeading')}
      </h2>
      {/* With highlighting off the page reports nothing, which is not "No terms found". */}
      {off ? (
        <p class="kl-empty">{t('onThisPageOff')}</p>
      ) : paused ? (
        <p class="kl-empty">{t('onThisPagePaused')}</p>
      ) : found === null ? (
        <p class="kl-empty">{t('onThisPageUnreadable')}</p>
      ) : items.length === 0 ? (
        <p class="kl-empty">{t('onThisPageNone')}</p>
      ) : (
        <ul class="kl-found">
          {items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                class="kl-found__item"
                data-found-id={item.id}
                onClick={() => onReveal(item.id)}
              >
                <span>
                  {item.label.prefix}
                  <span lang={readerKnowledge().language}>{item.label.text}</span>
                </span>
                <span class="kl-found__count">
                  {item.count}
                  <span class="kl-visually-hidden"> {t('onThisPageCountSuffix')}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const shown = (label: ListLabel) => label.prefix + label.text;
