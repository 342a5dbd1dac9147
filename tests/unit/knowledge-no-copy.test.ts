import { beforeAll, describe, expect, it } from 'vitest';
import { article } from '../../content/article';
import { COPY_RUN_WORDS, createCopyChecker, normaliseWords } from '../../content/no-copy';
import { articleText, articleMissingNote as missingNote, packProse } from './knowledge-helpers';

const missing = articleText === null;

describe('no-copy checker', () => {
  it('normalises case, punctuation, hyphens and curly quotes', () => {
    expect(normaliseWords('Ketamine doesn’t — “short-term” SEDATION, 70%!')).toEqual([
      'ketamine',
      'doesnt',
      'short',
      'term',
      'sedation',
      '70',
    ]);
  });

  it('catches a copied run and ignores a paraphrase (synthetic source)', () => {
    const check = createCopyChecker('One two three four five six seven eight nine ten.');
    expect(check('Zero ONE two three four five six seven eight, done')).toEqual([
      'one two three four five six seven eight',
    ]);
    expect(check('one two three four five six seven nine')).toEqual([]);
  });

  it(`uses runs of ${COPY_RUN_WORDS} words`, () => {
    expect(COPY_RUN_WORDS).toBe(8);
  });
});

describe('own words (no run of 8+ words shared with the article)', () => {
  // In CI the article must be there: a missing article fails the suite instead of skipping it.
  beforeAll(() => {
    if (missing && process.env.CI) throw new Error(`${missingNote}; the no-copy check cannot run`);
  });

  it.skipIf(missing)(
    `catches a sentence copied from the article${missing ? ` (skipped: ${missingNote})` : ''}`,
    () => {
      const check = createCopyChecker(articleText ?? '');
      const copied =
        'Glutamate is an excitatory transmitter which plays a key role in mood regulation, learning and memory.';
      expect(check(copied).length).toBeGreaterThan(0);
      // Curly quotes and case changes must not hide a copy either.
      expect(
        check('KETAMINE IS OFTEN DISMISSIVELY REFERRED TO AS JUST A "HORSE TRANQUILISER".').length,
      ).toBeGreaterThan(0);
    },
  );

  it.skipIf(missing)(
    `no card or misconception text copies the article${missing ? ` (skipped: ${missingNote})` : ''}`,
    () => {
      const check = createCopyChecker(articleText ?? '');
      const copies = packProse().flatMap(({ where, text }) =>
        check(text).map((run) => `${where}: "${run}"`),
      );
      expect(copies, `copied runs:\n${copies.join('\n')}`).toEqual([]);
    },
  );

  it.skipIf(missing)(
    `every section heading appears verbatim as a line of the article${missing ? ` (skipped: ${missingNote})` : ''}`,
    () => {
      const lines = new Set((articleText ?? '').split(/\r?\n/).map((l) => l.trim()));
      for (const heading of article.sections) expect(lines.has(heading), heading).toBe(true);
    },
  );
});
