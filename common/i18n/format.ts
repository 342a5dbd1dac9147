import { shownLanguage, t } from './t';

/** Intl's locale for the shown language; English keeps the article's day-month-year order. */
function intlLocale(): string {
  const language = shownLanguage();
  return language === 'en' ? 'en-GB' : language;
}

/** An ISO date (2024-01-15) as the shown language writes it: "15 January 2024", "15. Januar 2024". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  return dateFormat(intlLocale()).format(new Date(Date.UTC(year, month - 1, day)));
}

// One formatter per locale: building one loads the locale's data (slow the first time).
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(locale, format);
  }
  return format;
}

/** A word the reader typed, in the shown language's quotation marks. */
export function quoted(word: string): string {
  return t('quoted', word);
}

/** "“a”, “b” or “c”" in the shown language (its word for "or", its commas). */
export function orList(items: readonly string[]): string {
  return new Intl.ListFormat(intlLocale(), { type: 'disjunction' }).format(items);
}
