import { foldText } from '../core/term-matching/fold-text';
import type { Article, Card, Misconception, PackFiles, Term } from './schema';

// Cross-reference checks that valibot's per-item schemas cannot express. They run on the
// items that passed the shape check; each problem is one line naming file, item and field.

export interface ParsedParts {
  article: Article | undefined;
  terms: readonly Term[];
  cards: readonly Card[];
  misconceptions: readonly Misconception[];
}

/** Ids seen in the raw input (valid or not), so one broken item does not also cause "unknown id" noise. */
export interface RawIds {
  terms: ReadonlySet<string>;
  cards: ReadonlySet<string>;
}

export function crossCheckPack(parts: ParsedParts, files: PackFiles, raw?: RawIds): string[] {
  const problems: string[] = [];
  const termIds = raw?.terms ?? new Set(parts.terms.map((t) => t.id));
  const cardIds = raw?.cards ?? new Set(parts.cards.map((c) => c.id));

  checkUniqueIds(parts, files, problems);
  checkTermRefs(parts, files, termIds, problems);
  checkCardRefs(parts, files, cardIds, problems);
  checkSections(parts, files, problems);
  checkHighlightedTermsHaveCards(parts, files, problems);
  checkSurfaceForms(parts, files, problems);
  checkOrigins(parts, files, problems);
  return problems;
}

function checkUniqueIds(parts: ParsedParts, files: PackFiles, problems: string[]): void {
  // Cards and misconceptions share one id space: the popup and search address both by id.
  const entryOwners = new Map<string, string>();
  const entries = [
    ...parts.cards.map((c) => ({ id: c.id, name: `card "${c.id}"`, file: files.cards })),
    ...parts.misconceptions.map((m) => ({
      id: m.id,
      name: `misconception "${m.id}"`,
      file: files.misconceptions,
    })),
  ];
  for (const entry of entries) {
    const owner = entryOwners.get(entry.id);
    if (owner)
      problems.push(
        `${entry.file}: ${entry.name}: field "id": duplicate id, already used by ${owner}`,
      );
    else entryOwners.set(entry.id, `${entry.name} in ${entry.file}`);
  }

  const termOwners = new Set<string>();
  for (const term of parts.terms) {
    if (termOwners.has(term.id)) {
      problems.push(
        `${files.terms}: term "${term.id}": field "id": duplicate id, already used by another term`,
      );
    }
    termOwners.add(term.id);
  }
}

function checkTermRefs(
  parts: ParsedParts,
  files: PackFiles,
  termIds: ReadonlySet<string>,
  problems: string[],
): void {
  const check = (file: string, name: string, refs: readonly string[]) => {
    refs.forEach((ref, i) => {
      if (!termIds.has(ref))
        problems.push(
          `${file}: ${name}: field "terms.${i}": unknown term "${ref}" (not in ${files.terms})`,
        );
    });
  };
  for (const card of parts.cards) check(files.cards, `card "${card.id}"`, card.terms);
  for (const myth of parts.misconceptions)
    check(files.misconceptions, `misconception "${myth.id}"`, myth.terms);
}

function checkCardRefs(
  parts: ParsedParts,
  files: PackFiles,
  cardIds: ReadonlySet<string>,
  problems: string[],
): void {
  for (const myth of parts.misconceptions) {
    myth.cards.forEach((ref, i) => {
      if (!cardIds.has(ref)) {
        problems.push(
          `${files.misconceptions}: misconception "${myth.id}": field "cards.${i}": unknown card "${ref}" (not in ${files.cards})`,
        );
      }
    });
  }
}

function checkSections(parts: ParsedParts, files: PackFiles, problems: string[]): void {
  const { article } = parts;
  // Without a valid article there is nothing to check against; its own problems are already reported.
  if (!article) return;
  const headings = new Set(article.sections);

  article.sections.forEach((section, i) => {
    if (article.sections.indexOf(section) !== i) {
      problems.push(
        `${files.article}: article: field "sections.${i}": duplicate section heading "${section}"`,
      );
    }
  });

  const notAHeading = (file: string, name: string, section: string) => {
    if (!headings.has(section))
      problems.push(
        `${file}: ${name}: field "section": "${section}" is not a section heading of the article`,
      );
  };
  for (const card of parts.cards) notAHeading(files.cards, `card "${card.id}"`, card.section);
  for (const myth of parts.misconceptions)
    notAHeading(files.misconceptions, `misconception "${myth.id}"`, myth.section);

  const covered = new Set(parts.cards.map((c) => c.section));
  article.sections.forEach((section, i) => {
    if (!covered.has(section)) {
      problems.push(
        `${files.article}: article: field "sections.${i}": section "${section}" has no card in ${files.cards}`,
      );
    }
  });
}

function checkHighlightedTermsHaveCards(
  parts: ParsedParts,
  files: PackFiles,
  problems: string[],
): void {
  // A highlight that opens an empty card would be a dead end for the reader.
  const referenced = new Set(parts.cards.flatMap((c) => c.terms));
  for (const term of parts.terms) {
    if (term.highlight && !referenced.has(term.id)) {
      problems.push(
        `${files.terms}: term "${term.id}": field "highlight": highlighted term has no card (no card in ${files.cards} lists it in "terms")`,
      );
    }
  }
}

function checkSurfaceForms(parts: ParsedParts, files: PackFiles, problems: string[]): void {
  // One surface form must map to exactly one term, or a highlight would not know which card to open.
  const owners = new Map<string, string>();
  for (const term of parts.terms) {
    const forms: [string, string][] = [
      ['label', term.label],
      ...term.variants.map((f, i): [string, string] => [`variants.${i}`, f]),
      ...(term.brands ?? []).map((f, i): [string, string] => [`brands.${i}`, f]),
      ...term.abbreviations.map((f, i): [string, string] => [`abbreviations.${i}`, f]),
    ];
    const own = new Set<string>();
    for (const [field, form] of forms) {
      const key = foldText(form);
      const owner = owners.get(key);
      if (owner !== undefined && owner !== term.id) {
        problems.push(
          `${files.terms}: term "${term.id}": field "${field}": "${form}" is already used by term "${owner}"`,
        );
      } else if (own.has(key) && field !== 'label') {
        problems.push(
          `${files.terms}: term "${term.id}": field "${field}": "${form}" repeats another form of the same term`,
        );
      }
      own.add(key);
      owners.set(key, owners.get(key) ?? term.id);
    }
  }

  // Misconception phrases are flagged as myths, so they must not double as term forms or other myths' phrases.
  const phraseOwners = new Map<string, string>();
  for (const myth of parts.misconceptions) {
    myth.phrases.forEach((phrase, i) => {
      const key = foldText(phrase);
      const name = `${files.misconceptions}: misconception "${myth.id}": field "phrases.${i}"`;
      const term = owners.get(key);
      if (term !== undefined)
        problems.push(`${name}: "${phrase}" is also a form of term "${term}"`);
      const other = phraseOwners.get(key);
      if (other !== undefined)
        problems.push(`${name}: "${phrase}" is already a phrase of misconception "${other}"`);
      else phraseOwners.set(key, myth.id);
    });
  }
}

function checkOrigins(parts: ParsedParts, files: PackFiles, problems: string[]): void {
  // A question we pose must never be presented, or flagged on a page, as a myth the article debunks.
  for (const entry of parts.misconceptions) {
    const name = `${files.misconceptions}: misconception "${entry.id}"`;
    const asks = entry.myth.endsWith('?');
    if (entry.origin === 'question') {
      if (!asks)
        problems.push(`${name}: field "myth": a question (origin "question") must end with "?"`);
      if (entry.phrases.length > 0)
        problems.push(
          `${name}: field "phrases": a question (origin "question") must not be flagged on pages; only misconceptions the article names (origin "article") may have phrases`,
        );
    } else if (asks) {
      problems.push(
        `${name}: field "myth": a misconception the article names (origin "article") is a statement, not a question`,
      );
    }
  }
}
