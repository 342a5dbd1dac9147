import { describe, expect, it } from 'vitest';
import { article } from '../../content/article';
import { cards } from '../../content/cards';
import { disclaimer } from '../../content/disclaimer';
import { misconceptions } from '../../content/misconceptions';
import { pack } from '../../content/pack';
import { CARD_KINDS, SUMMARY_MAX } from '../../content/schema';
import { terms } from '../../content/terms';
import { assertValidPack } from '../../content/validate-at-build';
import { PackError, type PackInput, validatePack } from '../../content/validate-pack';
import { articleMissingNote, articleText } from './knowledge-helpers';

const BODY_SECTIONS = [
  'Introduction to the use of ketamine',
  'What is ketamine used for?',
  'What is ketamine assisted psychotherapy?',
  'Common misconceptions about ketamine',
  'In-depth look at the research on ketamine therapy and ketamine treatment',
  'An in-depth look at ketamine treatment for depression',
  'In-depth look at ketamine for anxiety',
  'How does ketamine bring about a reduction in anxiety symptoms?',
  'How fast does ketamine work for anxiety?',
  'How does the combination of therapy and ketamine work to reduce anxiety?',
];

// Deep, mutable copies of the data files, to corrupt one thing at a time.
// biome-ignore lint/suspicious/noExplicitAny: tests deliberately break the typed shape.
type Loose = any;
function freshInput(): {
  article: Loose;
  terms: Loose[];
  cards: Loose[];
  misconceptions: Loose[];
  disclaimer: Loose;
} {
  return structuredClone({ article, terms, cards, misconceptions, disclaimer });
}

/** Runs validatePack and returns the PackError it must throw. */
function problemsOf(input: PackInput, files?: Parameters<typeof validatePack>[1]): PackError {
  try {
    validatePack(input, files);
  } catch (error) {
    expect(error).toBeInstanceOf(PackError);
    return error as PackError;
  }
  throw new Error('validatePack accepted a corrupt pack');
}

describe('knowledge pack data', () => {
  it('validates, and the shipped pack equals the validated one', () => {
    expect(assertValidPack()).toEqual(pack);
  });

  it.skipIf(articleText === null)(
    `describes the source article as the article names itself${articleText === null ? ` (skipped: ${articleMissingNote})` : ''}`,
    () => {
      // The article separates some words with no-break spaces.
      const lines = (articleText ?? '').split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
      const { title, author, date, publisher, series, blog, sections } = pack.article;
      expect(lines).toContain(title);
      expect(lines).toContain(series);
      expect(lines).toContain(`Written by ${author}`);
      const day = new Date(`${date}T00:00:00Z`).toLocaleDateString('en-US', {
        dateStyle: 'long',
        timeZone: 'UTC',
      });
      expect(lines).toContain(day);
      expect(articleText).toContain(`${blog} (brand owned by ${publisher})`);
      // Every section is a heading line of the article, in the article's order.
      const at = sections.map((section) => lines.indexOf(section));
      expect(at.every((line) => line >= 0)).toBe(true);
      expect(at).toEqual([...at].sort((a, b) => a - b));
    },
  );

  it('knows the article body by its section headings', () => {
    expect(pack.article.sections).toEqual(BODY_SECTIONS);
  });

  it.each(BODY_SECTIONS)('section "%s" has at least one card', (section) => {
    expect(pack.cards.filter((c) => c.section === section).length).toBeGreaterThan(0);
  });

  it.each(pack.terms.filter((t) => t.highlight).map((t) => t.id))(
    'highlighted term "%s" has a card',
    (id) => {
      expect(pack.cards.some((c) => c.terms.includes(id))).toBe(true);
    },
  );

  it('has a sensible amount of content', () => {
    expect(pack.cards.length).toBeGreaterThanOrEqual(25);
    expect(pack.cards.length).toBeLessThanOrEqual(40);
    expect(pack.misconceptions.length).toBeGreaterThanOrEqual(4);
    expect(pack.disclaimer).toMatch(/not medical advice/i);
  });

  it('keeps summaries short and ids well-formed', () => {
    for (const card of pack.cards) {
      expect(card.summary.length, card.id).toBeLessThanOrEqual(SUMMARY_MAX);
      expect(CARD_KINDS).toContain(card.kind);
    }
    for (const myth of pack.misconceptions) expect(myth.id).toMatch(/^myth-/);
  });

  it('keeps abbreviations out of variants (they are never highlighted)', () => {
    for (const term of pack.terms) {
      for (const abbreviation of term.abbreviations) {
        expect(term.variants.map((v) => v.toLowerCase())).not.toContain(abbreviation.toLowerCase());
      }
    }
    expect(
      pack.terms.find((t) => t.id === 'ketamine-assisted-psychotherapy')?.abbreviations,
    ).toContain('KAP');
  });

  it('highlights drug and therapy names but not generic words', () => {
    const highlighted = new Set(pack.terms.filter((t) => t.highlight).map((t) => t.id));
    for (const id of [
      'ketamine',
      'esketamine',
      'ketamine-assisted-psychotherapy',
      'ketamine-infusion',
    ]) {
      expect(highlighted.has(id), id).toBe(true);
    }
    for (const id of [
      'depression',
      'anxiety',
      'psychotherapy',
      'antidepressants',
      'serotonin',
      'nhs',
      'sedation',
    ]) {
      expect(highlighted.has(id), id).toBe(false);
    }
  });
});

describe('validatePack rejects corrupt packs with file, id and field', () => {
  it('unknown section', () => {
    const input = freshInput();
    input.cards[0].section = 'Foo';
    const { message } = problemsOf(input);
    expect(message).toContain(
      `content/cards.ts: card "${input.cards[0].id}": field "section": "Foo" is not a section heading of the article`,
    );
  });

  it('unknown misconception section', () => {
    const input = freshInput();
    input.misconceptions[0].section = 'Nowhere';
    expect(problemsOf(input).message).toContain(
      `content/misconceptions.ts: misconception "${input.misconceptions[0].id}": field "section"`,
    );
  });

  it('duplicate id across cards and misconceptions', () => {
    const input = freshInput();
    input.misconceptions[0].id = 'myth-dup';
    input.cards[1].id = 'myth-dup';
    const { message } = problemsOf(input);
    expect(message).toMatch(
      /content\/misconceptions\.ts: misconception "myth-dup": field "id": duplicate id/,
    );
  });

  it('duplicate card id', () => {
    const input = freshInput();
    input.cards[2].id = input.cards[1].id;
    expect(problemsOf(input).message).toContain(
      `content/cards.ts: card "${input.cards[1].id}": field "id": duplicate id`,
    );
  });

  it('duplicate term id', () => {
    const input = freshInput();
    input.terms[1] = {
      ...input.terms[1],
      id: input.terms[0].id,
      label: 'Something else',
      variants: [],
    };
    expect(problemsOf(input).message).toContain(
      `content/terms.ts: term "${input.terms[0].id}": field "id": duplicate id`,
    );
  });

  it('unknown kind', () => {
    const input = freshInput();
    input.cards[3].kind = 'rumour';
    const { message } = problemsOf(input);
    expect(message).toContain(`content/cards.ts: card "${input.cards[3].id}": field "kind":`);
    expect(message).toContain('"rumour"');
  });

  it('unresolved term reference in a card and in a misconception', () => {
    const input = freshInput();
    input.cards[4].terms.push('no-such-term');
    input.misconceptions[1].terms = ['also-missing'];
    const { message } = problemsOf(input);
    const index = input.cards[4].terms.length - 1;
    expect(message).toContain(
      `content/cards.ts: card "${input.cards[4].id}": field "terms.${index}": unknown term "no-such-term"`,
    );
    expect(message).toContain(
      `content/misconceptions.ts: misconception "${input.misconceptions[1].id}": field "terms.0": unknown term "also-missing"`,
    );
  });

  it('unresolved card reference in a misconception', () => {
    const input = freshInput();
    input.misconceptions[0].cards = ['ghost-card'];
    expect(problemsOf(input).message).toContain(
      `content/misconceptions.ts: misconception "${input.misconceptions[0].id}": field "cards.0": unknown card "ghost-card"`,
    );
  });

  it('missing field', () => {
    const input = freshInput();
    delete input.cards[5].summary;
    expect(problemsOf(input).message).toContain(
      `content/cards.ts: card "${input.cards[5].id}": field "summary":`,
    );
  });

  it('missing article field', () => {
    const input = freshInput();
    delete input.article.author;
    expect(problemsOf(input).message).toContain('content/article.ts: article: field "author":');
  });

  it('summary over the limit', () => {
    const input = freshInput();
    input.cards[6].summary = 'x'.repeat(SUMMARY_MAX + 1);
    expect(problemsOf(input).message).toMatch(
      new RegExp(
        `content/cards\\.ts: card "${input.cards[6].id}": field "summary": must be at most ${SUMMARY_MAX}`,
      ),
    );
  });

  it('unknown extra field (typo protection)', () => {
    const input = freshInput();
    input.cards[0].sumary = 'typo';
    expect(problemsOf(input).message).toContain(
      `content/cards.ts: card "${input.cards[0].id}": field "sumary":`,
    );
  });

  it('item without an id is named by position', () => {
    const input = freshInput();
    delete input.cards[3].id;
    expect(problemsOf(input).message).toContain('content/cards.ts: card #3: field "id":');
  });

  it('highlighted term without a card', () => {
    const input = freshInput();
    input.terms.push({
      id: 'lonely',
      label: 'Lonely term',
      variants: [],
      abbreviations: [],
      highlight: true,
    });
    expect(problemsOf(input).message).toContain(
      'content/terms.ts: term "lonely": field "highlight": highlighted term has no card',
    );
  });

  it('article section without a card', () => {
    const input = freshInput();
    input.article.sections.push('A heading nobody wrote cards for');
    expect(problemsOf(input).message).toContain(
      `content/article.ts: article: field "sections.${input.article.sections.length - 1}": section "A heading nobody wrote cards for" has no card`,
    );
  });

  it('variant shared by two terms (case-insensitive)', () => {
    const input = freshInput();
    input.terms[1].variants = ['KETAMIN', ...input.terms[1].variants];
    expect(problemsOf(input).message).toContain(
      `content/terms.ts: term "${input.terms[1].id}": field "variants.0": "KETAMIN" is already used by term "ketamine"`,
    );
  });

  it('variant shared by two terms once folded as the matcher folds it (U+2011 hyphen)', () => {
    // The matcher folds a non-breaking hyphen to "-": a second term's "es\u2011ketamine" would
    // compile to the same pattern as esketamine's "es-ketamine" and never match on its own.
    const input = freshInput();
    const other = input.terms[input.terms.length - 1]; // after esketamine, so it is the one named
    other.variants = ['es\u2011ketamine', ...other.variants];
    expect(problemsOf(input).message).toContain(
      `content/terms.ts: term "${other.id}": field "variants.0": "es\u2011ketamine" is already used by term "esketamine"`,
    );
  });

  it('misconception phrase equal to a term form once folded (soft hyphen)', () => {
    const input = freshInput();
    input.misconceptions[0].phrases = ['Sprav\u00adato'];
    expect(problemsOf(input).message).toContain(
      `content/misconceptions.ts: misconception "${input.misconceptions[0].id}": field "phrases.0": "Sprav\u00adato" is also a form of term "esketamine"`,
    );
  });

  it('misconception phrase equal to a term variant', () => {
    const input = freshInput();
    input.misconceptions[0].phrases = ['Spravato'];
    expect(problemsOf(input).message).toContain(
      `content/misconceptions.ts: misconception "${input.misconceptions[0].id}": field "phrases.0": "Spravato" is also a form of term "esketamine"`,
    );
  });

  it('missing or unknown origin of a misconception entry', () => {
    const input = freshInput();
    delete input.misconceptions[0].origin;
    input.misconceptions[1].origin = 'rumour';
    const { message } = problemsOf(input);
    expect(message).toContain(
      `content/misconceptions.ts: misconception "${input.misconceptions[0].id}": field "origin":`,
    );
    expect(message).toMatch(
      new RegExp(
        `content/misconceptions\\.ts: misconception "${input.misconceptions[1].id}": field "origin": .*"rumour"`,
      ),
    );
  });

  it('a question entry with highlight phrases (a question must never be flagged as a myth)', () => {
    const input = freshInput();
    const question = input.misconceptions.find((m: Loose) => m.origin === 'question');
    question.phrases = ['cures depression for good'];
    expect(problemsOf(input).message).toContain(
      `content/misconceptions.ts: misconception "${question.id}": field "phrases": a question (origin "question") must not be flagged on pages; only misconceptions the article names (origin "article") may have phrases`,
    );
  });

  it('a question entry whose text is not a question, and a myth that is one', () => {
    const input = freshInput();
    const question = input.misconceptions.find((m: Loose) => m.origin === 'question');
    const myth = input.misconceptions.find((m: Loose) => m.origin === 'article');
    question.myth = 'One treatment cures depression.';
    myth.myth = 'Is ketamine just a horse tranquiliser?';
    const { message } = problemsOf(input);
    expect(message).toContain(
      `content/misconceptions.ts: misconception "${question.id}": field "myth": a question (origin "question") must end with "?"`,
    );
    expect(message).toContain(
      `content/misconceptions.ts: misconception "${myth.id}": field "myth": a misconception the article names (origin "article") is a statement, not a question`,
    );
  });

  it('reports every problem, one per line, not just the first', () => {
    const input = freshInput();
    input.cards[0].section = 'Foo';
    input.cards[1].kind = 'rumour';
    input.misconceptions[0].cards = ['ghost-card'];
    const error = problemsOf(input);
    expect(error.problems.length).toBeGreaterThanOrEqual(3);
    for (const line of error.problems) {
      expect(error.message.split('\n')).toContain(line);
      expect(line).toMatch(/^content\/\w+\.ts: /);
    }
  });

  it('names the files it is given', () => {
    const input = freshInput();
    input.cards[0].section = 'Foo';
    const { message } = problemsOf(input, { cards: 'src/my-cards.ts' });
    expect(message).toContain(`src/my-cards.ts: card "${input.cards[0].id}": field "section"`);
  });

  it('rejects a non-array list', () => {
    const input = freshInput();
    input.cards = 'nope' as Loose;
    expect(problemsOf(input).message).toContain('content/cards.ts: expected an array of cards');
  });
});
