import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pack } from '../../content/pack';
import type { KnowledgePack } from '../../content/schema';

// The article is kept outside the repo (../shared/article by default); ARTICLE_PATH overrides.
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export const articlePath =
  process.env.ARTICLE_PATH ??
  resolve(repoRoot, '../shared/article/ketamine-assisted-psychotherapy.txt');

/** The article's text, or null when it is not on this machine. */
export const articleText: string | null = existsSync(articlePath)
  ? readFileSync(articlePath, 'utf8')
  : null;

export const articleMissingNote = `source article not found at ${articlePath} (set ARTICLE_PATH)`;

/** One piece of prose we wrote, labelled for failure messages. */
export interface Prose {
  where: string;
  text: string;
  /** A question asks; it asserts nothing. */
  isQuestion: boolean;
}

/** Every piece of prose a reader sees: card titles, summaries, details, myths or questions, answers, the disclaimer. */
export function packProse(source: KnowledgePack = pack): Prose[] {
  return [
    ...source.cards.flatMap((c) =>
      (['title', 'summary', 'detail'] as const).map((f) => ({
        where: `card "${c.id}" ${f}`,
        text: c[f],
        isQuestion: false,
      })),
    ),
    ...source.misconceptions.flatMap((m) =>
      (['myth', 'correction'] as const).map((f) => ({
        where: `misconception "${m.id}" ${f}`,
        text: m[f],
        isQuestion: f === 'myth' && m.origin === 'question',
      })),
    ),
    { where: 'disclaimer', text: source.disclaimer, isQuestion: false },
  ];
}
