import * as v from 'valibot';
import { SECTION, type SectionKey } from './article';
import { TRANSLATION_LANGUAGES, type TranslationLanguage, translationFile } from './languages';
import { type KnowledgePack, PACK_FILES, type PackFiles, SUMMARY_MAX, TextSchema } from './schema';
import {
  type FieldProblem,
  numberProblems,
  originProblems,
  type PhraseSource,
  phraseProblems,
} from './translation-checks';

// The shape of one translation file (content/translations/<language>.ts): every text of the
// English pack, keyed by id. It holds no kind, section, term list or order: those come from
// English (localisePack in localise.ts), so they cannot drift between languages. Validated at
// build time and in tests only, like the pack.

const TranslatedList = v.pipe(
  v.array(TextSchema),
  v.minLength(1, 'must not be empty'),
  v.readonly(),
);

const CardTranslationSchema = v.strictObject({
  title: TextSchema,
  summary: v.pipe(
    TextSchema,
    v.maxLength(SUMMARY_MAX, `must be at most ${SUMMARY_MAX} characters`),
  ),
  detail: TextSchema,
  keywords: TranslatedList,
  questions: TranslatedList,
});

const MisconceptionTranslationSchema = v.strictObject({
  myth: TextSchema,
  correction: TextSchema,
  keywords: TranslatedList,
  questions: TranslatedList,
  // The myth's wordings in this language, flagged on pages with the English ones; a question has none.
  phrases: v.pipe(v.array(TextSchema), v.readonly()),
});

const SectionHeadingsSchema = v.strictObject(
  Object.fromEntries(Object.keys(SECTION).map((key) => [key, TextSchema])) as Record<
    SectionKey,
    typeof TextSchema
  >,
);

const PackTranslationSchema = v.strictObject({
  language: v.picklist(TRANSLATION_LANGUAGES),
  /** The disclaimer shown with every card. */
  disclaimer: TextSchema,
  /** Every article section heading, by its key in SECTION. */
  sections: SectionHeadingsSchema,
  /** Every term's label, by term id (variants and brands are not translated). */
  terms: v.record(v.string(), TextSchema),
  cards: v.record(v.string(), CardTranslationSchema),
  misconceptions: v.record(v.string(), MisconceptionTranslationSchema),
});

/** What a translation file exports (typed with this; checked at build time). */
export type PackTranslationInput = v.InferInput<typeof PackTranslationSchema>;
/** A checked translation, as localisePack reads it. */
export type PackTranslation = v.InferOutput<typeof PackTranslationSchema>;
export type CardTranslation = v.InferOutput<typeof CardTranslationSchema>;
export type MisconceptionTranslation = v.InferOutput<typeof MisconceptionTranslationSchema>;

const TOP_FIELDS = new Set(Object.keys(PackTranslationSchema.entries));

interface Result {
  /** The checked translation, when it has no problem. */
  translation: PackTranslation | undefined;
  /** One line per problem: file, item, field, language and what is wrong. */
  problems: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** valibot's issue, worded for a translator: a key it lacks is "missing". */
function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.received === 'undefined') return 'missing';
  if (issue.type === 'strict_object' && issue.expected === 'never') return NOT_TRANSLATED;
  return issue.message;
}

const NOT_TRANSLATED =
  'not a translated field (ids, kinds, sections and lists of terms and cards come from English)';

/**
 * Checks one translation against the English pack: every section heading, term label, card,
 * misconception and the disclaimer present and non-empty, no id English lacks, the same
 * numbers as the English text field by field, questions still questions and myths still
 * statements. Problems read `<file>: card "<id>": field "<field>" (<language>): <what>`.
 */
export function validateTranslation(
  english: KnowledgePack,
  language: TranslationLanguage,
  input: unknown,
  file: string = translationFile(language),
  files: PackFiles = PACK_FILES,
): Result {
  const problems: string[] = [];
  const report = (subject: string, field: string, message: string) =>
    problems.push(`${file}: ${subject}: field "${field}" (${language}): ${message}`);
  if (!isRecord(input)) {
    problems.push(
      input === undefined
        ? `${file}: translation (${language}): missing`
        : `${file}: translation (${language}): expected an object with the translated texts`,
    );
    return { translation: undefined, problems };
  }

  for (const key of Object.keys(input))
    if (!TOP_FIELDS.has(key)) report('translation', key, 'unknown field');
  if (input.language !== language)
    report(
      'translation',
      'language',
      input.language === undefined
        ? 'missing'
        : `must be "${language}", the language of this file, not ${JSON.stringify(input.language)}`,
    );

  const text = (subject: string, field: string, value: unknown, original: string) => {
    if (value === undefined) return report(subject, field, 'missing');
    const result = v.safeParse(TextSchema, value);
    if (!result.success) {
      for (const issue of result.issues) report(subject, field, issueMessage(issue));
      return;
    }
    for (const [, message] of numberProblems(
      { [field]: original },
      { [field]: result.output },
      language,
    ))
      report(subject, field, message);
  };

  text('translation', 'disclaimer', input.disclaimer, english.disclaimer);

  const sections = part(input, 'sections', report);
  for (const [key, heading] of Object.entries(SECTION))
    text(`section "${key}"`, 'heading', sections[key], heading);
  for (const key of Object.keys(sections))
    if (!(key in SECTION))
      report(
        `section "${key}"`,
        'id',
        'unknown section (not a key of SECTION in content/article.ts)',
      );

  const terms = part(input, 'terms', report);
  for (const term of english.terms) text(`term "${term.id}"`, 'label', terms[term.id], term.label);
  unknownIds(terms, english.terms, 'term', files.terms, report);

  const cards = part(input, 'cards', report);
  for (const card of english.cards) {
    entry(`card "${card.id}"`, CardTranslationSchema, cards[card.id], report, (parsed) =>
      numberProblems(card, parsed, language),
    );
  }
  unknownIds(cards, english.cards, 'card', files.cards, report);

  const myths = part(input, 'misconceptions', report);
  for (const myth of english.misconceptions) {
    entry(
      `misconception "${myth.id}"`,
      MisconceptionTranslationSchema,
      myths[myth.id],
      report,
      (parsed) => [...numberProblems(myth, parsed, language), ...originProblems(myth, parsed)],
    );
  }
  unknownIds(myths, english.misconceptions, 'misconception', files.misconceptions, report);

  if (problems.length > 0) return { translation: undefined, problems };
  return { translation: v.parse(PackTranslationSchema, input), problems };
}

type Report = (subject: string, field: string, message: string) => void;

/** One keyed part of the translation (sections, terms, cards, misconceptions), or nothing. */
function part(
  input: Record<string, unknown>,
  field: string,
  report: Report,
): Record<string, unknown> {
  const value = input[field];
  if (isRecord(value)) return value;
  report('translation', field, value === undefined ? 'missing' : 'expected an object keyed by id');
  return {};
}

/** One card or misconception: every field missing when the entry is, else its shape, then `more`. */
function entry<S extends typeof CardTranslationSchema | typeof MisconceptionTranslationSchema>(
  subject: string,
  schema: S,
  value: unknown,
  report: Report,
  more: (parsed: v.InferOutput<S>) => FieldProblem[],
): void {
  if (value === undefined) {
    for (const field of Object.keys(schema.entries)) report(subject, field, 'missing');
    return;
  }
  // Every field that is not translated is named, not just the first valibot meets.
  const known = schema.entries as Record<string, unknown>;
  const fields = isRecord(value) ? value : {};
  for (const field of Object.keys(fields))
    if (!(field in known)) report(subject, field, NOT_TRANSLATED);
  const translated = isRecord(value)
    ? Object.fromEntries(Object.entries(value).filter(([field]) => field in known))
    : value;
  const result = v.safeParse(schema, translated);
  if (!result.success) {
    for (const issue of result.issues)
      report(subject, v.getDotPath(issue) ?? '', issueMessage(issue));
    return;
  }
  for (const [field, message] of more(result.output)) report(subject, field, message);
}

function unknownIds(
  translated: Record<string, unknown>,
  english: readonly { id: string }[],
  noun: string,
  englishFile: string,
  report: Report,
): void {
  const known = new Set(english.map((item) => item.id));
  for (const id of Object.keys(translated))
    if (!known.has(id)) report(`${noun} "${id}"`, 'id', `unknown ${noun} (not in ${englishFile})`);
}

/**
 * Checks every language's translation against the (valid) English pack, then the phrases of
 * all of them together; returns every problem, one line each.
 */
export function validateTranslations(
  english: KnowledgePack,
  translations: Readonly<Partial<Record<TranslationLanguage, unknown>>>,
  languages: readonly TranslationLanguage[] = TRANSLATION_LANGUAGES,
  files: PackFiles = PACK_FILES,
): { translations: Partial<Record<TranslationLanguage, PackTranslation>>; problems: string[] } {
  const problems: string[] = [];
  const checked: Partial<Record<TranslationLanguage, PackTranslation>> = {};
  const phrases: PhraseSource[] = [];
  for (const language of languages) {
    const file = translationFile(language);
    const result = validateTranslation(english, language, translations[language], file, files);
    problems.push(...result.problems);
    if (!result.translation) continue;
    checked[language] = result.translation;
    phrases.push({ language, file, misconceptions: result.translation.misconceptions });
  }
  problems.push(...phraseProblems(english, phrases));
  return { translations: checked, problems };
}
