import * as v from 'valibot';
import { crossCheckPack } from './pack-checks';
import {
  ArticleSchema,
  CardSchema,
  DisclaimerSchema,
  type KnowledgePack,
  MisconceptionSchema,
  PACK_FILES,
  type PackFiles,
  TermSchema,
} from './schema';

// Validation of the knowledge pack: its shape (the schemas in schema.ts), then its
// cross-references (pack-checks.ts). Runs at build time and in tests, never in a page.

export interface PackInput {
  article: unknown;
  terms: unknown;
  cards: unknown;
  misconceptions: unknown;
  disclaimer: unknown;
}

/** Thrown by validatePack; `problems` holds one line per problem found. */
export class PackError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Invalid knowledge pack (${problems.length} problem(s)):\n${problems.join('\n')}`);
    this.name = 'PackError';
    this.problems = problems;
  }
}

/** How an item is named in messages: by id when it has one, else by position. */
function itemName(noun: string, item: unknown, index: number): string {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' ? `${noun} "${id}"` : `${noun} #${index}`;
}

function issueLines(
  file: string,
  subject: string,
  issues: readonly v.BaseIssue<unknown>[],
): string[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue);
    return path
      ? `${file}: ${subject}: field "${path}": ${issue.message}`
      : `${file}: ${subject}: ${issue.message}`;
  });
}

/** Validates a list item by item, so each problem names the item's id rather than an index. */
function parseList<T extends v.GenericSchema>(
  schema: T,
  input: unknown,
  file: string,
  noun: string,
  problems: string[],
): v.InferOutput<T>[] {
  if (!Array.isArray(input)) {
    problems.push(`${file}: expected an array of ${noun}s`);
    return [];
  }
  const parsed: v.InferOutput<T>[] = [];
  input.forEach((item, index) => {
    const result = v.safeParse(schema, item);
    if (result.success) parsed.push(result.output);
    else problems.push(...issueLines(file, itemName(noun, item, index), result.issues));
  });
  return parsed;
}

function rawIds(input: unknown): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(input)) return ids;
  for (const item of input) {
    const id =
      typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
    if (typeof id === 'string') ids.add(id);
  }
  return ids;
}

function parseOne<T extends v.GenericSchema>(
  schema: T,
  input: unknown,
  file: string,
  subject: string,
  problems: string[],
): v.InferOutput<T> | undefined {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  problems.push(...issueLines(file, subject, result.issues));
  return undefined;
}

/**
 * Validates every part of the pack (shape via valibot, then cross-references) and
 * throws a PackError listing ALL problems, one per line, each naming file, item and field.
 */
export function validatePack(input: PackInput, files: Partial<PackFiles> = {}): KnowledgePack {
  const where: PackFiles = { ...PACK_FILES, ...files };
  const problems: string[] = [];

  const article = parseOne(ArticleSchema, input.article, where.article, 'article', problems);
  const terms = parseList(TermSchema, input.terms, where.terms, 'term', problems);
  const cards = parseList(CardSchema, input.cards, where.cards, 'card', problems);
  const misconceptions = parseList(
    MisconceptionSchema,
    input.misconceptions,
    where.misconceptions,
    'misconception',
    problems,
  );
  const disclaimer = parseOne(
    DisclaimerSchema,
    input.disclaimer,
    where.disclaimer,
    'disclaimer',
    problems,
  );

  const raw = { terms: rawIds(input.terms), cards: rawIds(input.cards) };
  problems.push(...crossCheckPack({ article, terms, cards, misconceptions }, where, raw));

  if (problems.length > 0 || article === undefined || disclaimer === undefined) {
    throw new PackError(problems);
  }
  return { article, terms, cards, misconceptions, disclaimer };
}
