import { foldText } from '../core/term-matching/fold-text';
import type { TranslationLanguage } from './languages';
import { numberMismatch } from './number-check';
import type { KnowledgePack, Misconception } from './schema';
import { termNames } from './term-names';

// Checks of a translation against the English pack that its shape cannot express. Each
// returns [field, message] pairs; translation-schema.ts words them as build errors.

export type FieldProblem = [field: string, message: string];

/** Every field whose translation states other numbers than the English one. */
export function numberProblems(
  english: Readonly<Record<string, string | readonly string[]>>,
  translated: Readonly<Record<string, string | readonly string[]>>,
  language: TranslationLanguage,
): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const [field, text] of Object.entries(translated)) {
    const original = english[field];
    if (original === undefined) continue;
    const mismatch = numberMismatch(original, text, language);
    if (mismatch) out.push([field, mismatch]);
  }
  return out;
}

interface TranslatedEntry {
  myth: string;
  phrases: readonly string[];
}

/**
 * A question stays a question and a myth a statement in every language; a question is never
 * flagged on pages, and a myth English flags needs its wordings in each language.
 */
export function originProblems(
  english: Misconception,
  translated: TranslatedEntry,
): FieldProblem[] {
  const asks = translated.myth.trim().endsWith('?');
  const out: FieldProblem[] = [];
  if (english.origin === 'question') {
    if (!asks) out.push(['myth', 'a question (origin "question") must end with "?"']);
    if (translated.phrases.length > 0)
      out.push([
        'phrases',
        'a question (origin "question") must not be flagged on pages; leave "phrases" empty',
      ]);
  } else {
    if (asks)
      out.push([
        'myth',
        'a misconception the article names (origin "article") is a statement, not a question',
      ]);
    if (english.phrases.length > 0 && translated.phrases.length === 0)
      out.push([
        'phrases',
        'missing: English flags this myth on pages, so each language lists its own wordings',
      ]);
  }
  return out;
}

export interface PhraseSource {
  language: TranslationLanguage;
  file: string;
  misconceptions: Readonly<Record<string, { phrases: readonly string[] }>>;
}

/**
 * Translated phrases are flagged on pages with the English ones, so (folded as the matcher
 * folds) none may be a term's name or another myth's phrase, in any language, nor repeat
 * within its own list.
 */
export function phraseProblems(english: KnowledgePack, sources: readonly PhraseSource[]): string[] {
  const termOwners = new Map<string, string>();
  for (const term of english.terms)
    for (const form of [...termNames(term), ...term.abbreviations])
      termOwners.set(foldText(form), term.id);
  const mythOwners = new Map<string, string>();
  for (const myth of english.misconceptions)
    for (const phrase of myth.phrases) mythOwners.set(foldText(phrase), myth.id);

  const problems: string[] = [];
  for (const source of sources) {
    for (const [id, entry] of Object.entries(source.misconceptions)) {
      const own = new Set<string>();
      entry.phrases.forEach((phrase, i) => {
        const key = foldText(phrase);
        const name = `${source.file}: misconception "${id}": field "phrases.${i}" (${source.language})`;
        const term = termOwners.get(key);
        if (term !== undefined)
          problems.push(`${name}: "${phrase}" is also a name of term "${term}"`);
        const other = mythOwners.get(key);
        if (own.has(key)) problems.push(`${name}: "${phrase}" repeats another phrase of the list`);
        else if (other !== undefined && other !== id)
          problems.push(`${name}: "${phrase}" is already a phrase of misconception "${other}"`);
        own.add(key);
      });
      for (const key of own) if (!mythOwners.has(key)) mythOwners.set(key, id);
    }
  }
  return problems;
}
