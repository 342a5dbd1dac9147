import { misconceptionById, termById } from '../../content/pack';
import type { TabFound } from '../../messaging/messages';
import { labelledEntryText } from '../fact-card/entry-labels';

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
        .map(([id, count]) => ({ id, count, label: labelOf(id) }))
        .filter((item) => item.label !== null)
        .sort((a, b) => b.count - a.count || (a.label ?? '').localeCompare(b.label ?? ''))
    : [];
  return (
    <section class="kl-section" aria-labelledby="kl-on-page">
      <h2 id="kl-on-page" class="kl-section__title">
        On this page
      </h2>
      {/* Fix: with highlighting off the page reports nothing, which read as "No terms found". */}
      {off ? (
        <p class="kl-empty">Highlighting is off.</p>
      ) : paused ? (
        <p class="kl-empty">Paused on this site.</p>
      ) : found === null ? (
        <p class="kl-empty">Ketamine Lens cannot read this page.</p>
      ) : items.length === 0 ? (
        <p class="kl-empty">No terms found on this page.</p>
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
                <span>{item.label}</span>
                <span class="kl-found__count">
                  {item.count}
                  <span class="kl-visually-hidden"> on this page</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function labelOf(id: string): string | null {
  const term = termById(id);
  if (term) return term.label;
  const myth = misconceptionById(id);
  return myth ? labelledEntryText(myth) : null;
}
