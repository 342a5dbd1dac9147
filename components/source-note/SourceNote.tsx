import { formatArticleDate, pack } from '../../content/pack';

/** Where a card's facts come from: the article and its section (or the section alone). */
export function SourceLine({ section, brief = false }: { section: string; brief?: boolean }) {
  const { title, author, date } = pack.article;
  if (brief) return <p class="kl-source">Article section: “{section}”</p>;
  return (
    <p class="kl-source">
      Source: “{title}”, {author}, {formatArticleDate(date)} · section “{section}”
    </p>
  );
}

/** The article credit and the reminder that cards educate, not advise. */
export function Attribution() {
  const { title, author, date, publisher, blog } = pack.article;
  return (
    <footer class="kl-attribution">
      <p class="kl-disclaimer" role="note">
        {pack.disclaimer}
      </p>
      <p>
        Facts from “{title}” by {author}, {formatArticleDate(date)}, {blog} ({publisher}).
      </p>
    </footer>
  );
}

/** A sentence crediting the article, for places that cite sections briefly; runs inline. */
export function ArticleCredit() {
  const { title, author, date } = pack.article;
  return (
    <span class="kl-source">
      Source: “{title}”, {author}, {formatArticleDate(date)}.
    </span>
  );
}
