import type { ComponentChildren } from 'preact';
import { formatDate } from '../../common/i18n/format';
import { English, Message } from '../../common/i18n/Message';
import { t } from '../../common/i18n/t';
import { pack } from '../../content/pack';

// How the project credits its one source, in three places: a card's source line, the popup's
// attribution and the hover card's credit. The sentences are in the reader's language; the
// article's title and the publisher's names stay English and are marked so, and a section is
// named in the language of the card that cites it.

interface SourceLineProps {
  /** The section's heading, in `sectionLanguage`. */
  section: string;
  sectionLanguage: string;
  /** The section alone, not the whole credit. */
  brief?: boolean;
  /** The card is our translation of our English summary, and says so. */
  translated?: boolean;
  /** Shown at the line's end (the English-original switch). */
  children?: ComponentChildren;
}

/** Where a card's facts come from: the article and its section (or the section alone). */
export function SourceLine(props: SourceLineProps) {
  const { section, sectionLanguage, brief = false, translated = false, children } = props;
  const { title, author, date } = pack.article;
  const sectionPart = (
    <span key="s" lang={sectionLanguage}>
      {section}
    </span>
  );
  return (
    <p class="kl-source">
      {brief ? (
        <Message
          id={translated ? 'sourceSectionTranslated' : 'sourceSection'}
          parts={[sectionPart]}
        />
      ) : (
        <Message
          id={translated ? 'sourceFullTranslated' : 'sourceFull'}
          parts={[<English key="t">{title}</English>, author, formatDate(date), sectionPart]}
        />
      )}
      {children && <> {children}</>}
    </p>
  );
}

/** The article credit and the reminder that cards educate, not advise. */
export function Attribution() {
  const { title, author, date, publisher, blog } = pack.article;
  return (
    <footer class="kl-attribution">
      <p class="kl-disclaimer" role="note">
        {t('disclaimer')}
      </p>
      <p>
        <Message
          id="attributionFacts"
          parts={[
            <English key="t">{title}</English>,
            author,
            formatDate(date),
            <English key="b">{blog}</English>,
            <English key="p">{publisher}</English>,
          ]}
        />
      </p>
    </footer>
  );
}

/** A sentence crediting the article, for places that cite sections briefly; runs inline. */
export function ArticleCredit() {
  const { title, author, date } = pack.article;
  return (
    <span class="kl-source">
      <Message
        id="sourceCredit"
        parts={[<English key="t">{title}</English>, author, formatDate(date)]}
      />
    </span>
  );
}
