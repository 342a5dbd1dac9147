import { useState } from 'preact/hooks';
import { Message } from '../../common/i18n/Message';
import { tPlural } from '../../common/i18n/plural';
import { shownLanguage, t } from '../../common/i18n/t';
import type { KnowledgeRef } from '../../content/kinds';
import { type CardEntry, entryId } from '../fact-card/entries';
import { FactCard } from '../fact-card/FactCard';
import { KIND_VIEWS } from '../fact-card/kind-views';
import { readerKnowledge } from '../knowledge/reader-knowledge';
import { ArticleCredit } from '../source-note/source-credits';
import { CardActions } from './CardActions';

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

export function HoverCard({
  value,
  matchedText,
  sheet,
  inline,
  onClose,
  onOpenSearch,
}: HoverCardProps) {
  const view = KIND_VIEWS[value.kind];
  const { heading, kicker, query, entries, note } = view.describe(
    value.id,
    matchedText,
    CARDS_SHOWN,
  );
  const [best, ...others] = entries;
  return (
    // The frame speaks the reader's language, the cards' text the cards' language (marked so
    // inside), whatever the page's language and direction (an RTL page would otherwise lay
    // out their punctuation and the close button mirrored).
    <div
      class={`kl-hover${sheet ? ' kl-hover--sheet' : ''}${inline ? ' kl-hover--inline' : ''}`}
      role="dialog"
      aria-labelledby="kl-hover-heading"
      tabIndex={-1}
      lang={shownLanguage()}
      dir="ltr"
    >
      <header class="kl-hover__header">
        <div>
          <p class="kl-hover__kicker">{kicker}</p>
          <h2 id="kl-hover-heading" class="kl-hover__heading" lang={readerKnowledge().language}>
            {heading}
          </h2>
        </div>
        <button
          type="button"
          class="kl-hover__close"
          aria-label={t('hoverClose')}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      {/* The card grows to its content; only when the viewport is short of room do the cards
          scroll, while the search, the source and the disclaimer stay in view. A scrolling
          body is a tab stop (for keyboard scrolling); its name says what that stop is. */}
      <section class="kl-hover__body" aria-label={t(view.bodyLabel)}>
        {note && <p class="kl-hover__note">{note}</p>}
        {best && <HoverFact entry={best} />}
        {others.length > 0 && <MoreCards entries={others} />}
      </section>
      <footer class="kl-hover__footer">
        <button
          type="button"
          class="kl-hover__more"
          onClick={(event) => onOpenSearch(query, event)}
        >
          {/* One run of text: the button lays out its children as flex items. */}
          <span>
            <Message
              id="hoverSearchAll"
              parts={[
                <span key="q" lang={readerKnowledge().language}>
                  {query}
                </span>,
              ]}
            />
          </span>
        </button>
        <CardActions value={value} name={heading} />
        <p class="kl-hover__fine">
          <ArticleCredit />{' '}
          <span class="kl-disclaimer" role="note">
            {t('disclaimer')}
          </span>
        </p>
      </footer>
    </div>
  );
}

function HoverFact({ entry }: { entry: CardEntry }) {
  return <FactCard entry={entry} expanded={false} source="section" />;
}

/** The other cards, behind a disclosure button: the best card is never pushed out of view. */
function MoreCards({ entries }: { entries: CardEntry[] }) {
  const [open, setOpen] = useState(false);
  const label = tPlural('hoverMoreCards', entries.length);
  return (
    <>
      <button
        type="button"
        class="kl-hover__expand"
        aria-expanded={open}
        aria-controls="kl-hover-others"
        onClick={() => setOpen(!open)}
      >
        <span class="kl-hover__chevron" aria-hidden="true" />
        {label}
      </button>
      <div id="kl-hover-others" class="kl-hover__others" hidden={!open}>
        {entries.map((entry) => (
          <HoverFact key={entryId(entry)} entry={entry} />
        ))}
      </div>
    </>
  );
}
