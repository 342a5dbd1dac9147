import { useState } from 'preact/hooks';
import { tPlural } from '../../common/i18n/plural';
import { shownLanguage, t } from '../../common/i18n/t';
import type { KnowledgeRef } from '../../content/kinds';
import { type CardEntry, entryId, entryIn, entrySection } from '../fact-card/entries';
import { FactCard } from '../fact-card/FactCard';
import { KIND_VIEWS } from '../fact-card/kind-views';
import { ENGLISH, readerKnowledge } from '../knowledge/reader-knowledge';
import { SourceLine } from '../source-note/source-credits';
import { CardActions } from './CardActions';
import { DisclosureButton } from './DisclosureButton';

// The best card is shown whole, one more behind a button; the search holds the rest.
const CARDS_SHOWN = 2;

export interface HoverCardProps {
  value: KnowledgeRef;
  /** The words as the page wrote them. */
  matchedText: string;
  /** Docked to the bottom of the viewport (narrow or touch screens) instead of beside the word. */
  sheet?: boolean;
  /** In the flow of an extension page (side panel, popup), not floating over a web page. */
  inline?: boolean;
  onClose: () => void;
  /** Gets the click, so the caller can tell the reader's own click from a page's forged one. */
  onOpenSearch: (query: string, event: Event) => void;
}

/**
 * The card is mostly its fact: one heading row (the name, then small icon buttons for the
 * search, the actions' menu and closing), the fact's text, and one quiet line under it for
 * the other cards and the source, which opens in place to the full credit.
 */
export function HoverCard({
  value,
  matchedText,
  sheet,
  inline,
  onClose,
  onOpenSearch,
}: HoverCardProps) {
  const view = KIND_VIEWS[value.kind];
  const { heading, kicker, query, entries, note, bestTitled } = view.describe(
    value.id,
    matchedText,
    CARDS_SHOWN,
  );
  const [best, ...others] = entries;
  const [othersOpen, setOthersOpen] = useState(false);
  const [sourceOpen, setSourceOpen] = useState(false);
  const [original, setOriginal] = useState(false);
  return (
    // The frame speaks the reader's language, the cards' text the cards' language (marked so
    // inside), whatever the page's language and direction (an RTL page would otherwise lay
    // out their punctuation and the close button mirrored).
    <div
      class={`kl-floating kl-hover${sheet ? ' kl-hover--sheet' : ''}${inline ? ' kl-hover--inline' : ''}`}
      role="dialog"
      aria-labelledby="kl-hover-heading"
      tabIndex={-1}
      lang={shownLanguage()}
      dir="ltr"
    >
      <header class="kl-hover__header">
        <h2 id="kl-hover-heading" class="kl-hover__heading" lang={readerKnowledge().language}>
          {heading}
        </h2>
        <button
          type="button"
          class="kl-hover__more kl-hover__icon"
          aria-label={t('hoverSearchAll', query)}
          title={t('hoverSearchAll', query)}
          onClick={(event) => onOpenSearch(query, event)}
        >
          <SearchIcon />
        </button>
        <CardActions value={value} name={heading} />
        <button
          type="button"
          class="kl-hover__close kl-hover__icon"
          aria-label={t('hoverClose')}
          title={t('hoverClose')}
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {/* The card grows to its content; only when the viewport is short of room does the
          fact scroll, while the heading and the line under it stay in view. A scrolling body
          is a tab stop (for keyboard scrolling); its name says what that stop is. */}
      <section class="kl-hover__body" aria-label={t(view.bodyLabel)}>
        {note && <p class="kl-hover__note">{note}</p>}
        {best && (
          <FactCard
            entry={best}
            expanded={false}
            source="none"
            titled={bestTitled}
            original={original}
          />
        )}
        {others.length > 0 && (
          <div id="kl-hover-others" class="kl-hover__others" hidden={!othersOpen}>
            {others.map((entry) => (
              <FactCard key={entryId(entry)} entry={entry} expanded={false} source="none" />
            ))}
          </div>
        )}
      </section>
      <footer class="kl-hover__footer">
        <div class="kl-hover__line">
          {others.length > 0 && (
            <DisclosureButton
              class="kl-hover__expand"
              controls="kl-hover-others"
              open={othersOpen}
              onToggle={setOthersOpen}
            >
              <span class="kl-hover__chevron" aria-hidden="true" />
              {tPlural('hoverMoreCards', others.length)}
            </DisclosureButton>
          )}
          <DisclosureButton
            class="kl-hover__source-toggle"
            controls="kl-hover-source"
            open={sourceOpen}
            onToggle={setSourceOpen}
          >
            {t('hoverSourceToggle')}
          </DisclosureButton>
        </div>
        <div id="kl-hover-source" class="kl-hover__fine" hidden={!sourceOpen}>
          {best && <BestSource entry={best} original={original} onOriginal={setOriginal} />}
          <p class="kl-disclaimer" role="note">
            {t('disclaimer')}
          </p>
          <p class="kl-hover__kicker">{kicker}</p>
        </div>
      </footer>
    </div>
  );
}

/** The full credit of the best card; a translated card says so and offers its original. */
function BestSource(props: {
  entry: CardEntry;
  original: boolean;
  onOriginal: (shown: boolean) => void;
}) {
  const translated = readerKnowledge().language !== 'en';
  const english = props.original && translated ? entryIn(props.entry, ENGLISH.pack) : null;
  return (
    <SourceLine
      section={entrySection(english ?? props.entry)}
      sectionLanguage={english ? 'en' : readerKnowledge().language}
      translated={translated && !english}
    >
      {translated && (
        <button
          type="button"
          class="kl-card__original"
          aria-pressed={props.original}
          onClick={() => props.onOriginal(!props.original)}
        >
          {t('cardEnglishOriginal')}
        </button>
      )}
    </SourceLine>
  );
}

function SearchIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="6.75" cy="6.75" r="4.75" fill="none" stroke="currentColor" stroke-width="1.8" />
      <path d="M10.3 10.3 14 14" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
    </svg>
  );
}
