import { beforeAll, describe, expect, it } from 'vitest';
import { SECTION } from '../../content/article';
import { cardById, highlightPatterns, pack, termById } from '../../content/pack';
import { foldText } from '../../core/term-matching/fold-text';
import { articleMissingNote, articleText, packProse } from './knowledge-helpers';

// The pack claims one source. These checks read every piece of prose a reader sees and fail
// on the ways a summary drifts from it: advice, undated approvals, places and names the
// article does not give, hedges turned into certainties, and questions passed off as myths.

const prose = packProse();
const statements = prose.filter((p) => !p.isQuestion);

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;:])\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Lines "where: offending text" for every piece of prose the predicate flags. */
function offenders(items: typeof prose, flags: (text: string) => string | null): string[] {
  return items.flatMap(({ where, text }) => {
    const found = flags(text);
    return found === null ? [] : [`${where}: ${found}`];
  });
}

describe('no prose addresses the reader or gives advice', () => {
  const READER = /\b(you|your|yours|yourself)\b/i;
  // Verbs a sentence would open with to tell the reader what to do.
  const IMPERATIVE =
    /^(talk|ask|try|consider|explore|seek|speak|avoid|take|use|check|make sure|remember|contact|call|book|see|don['’]t|do not|never)\b/i;
  const ADVICE =
    /\b(should|ought to|worth (exploring|trying|considering)|(option|avenue|route) to (explore|try|consider)|talk to|speak to|consult|recommend\w*)\b/i;

  it('the checks catch what they are meant to catch', () => {
    expect(READER.test('Taking ketamine means you no longer need therapy.')).toBe(true);
    expect(IMPERATIVE.test('Talk to a qualified clinician.')).toBe(true);
    expect(ADVICE.test('ketamine is a promising option to explore')).toBe(true);
    expect(ADVICE.test('The article calls ketamine treatment promising.')).toBe(false);
  });

  it('no "you" or "your"', () => {
    expect(offenders(prose, (t) => t.match(READER)?.[0] ?? null)).toEqual([]);
  });

  it('no sentence opens with an imperative', () => {
    expect(offenders(prose, (t) => sentences(t).find((s) => IMPERATIVE.test(s)) ?? null)).toEqual(
      [],
    );
  });

  it('no advice phrasing', () => {
    expect(offenders(prose, (t) => t.match(ADVICE)?.[0] ?? null)).toEqual([]);
  });
});

describe('approval and licensing', () => {
  const STATUS = /\b(approv\w*|licen[cs]\w*|unlicensed)\b/i;
  const DATED = /\bas of January 2024\b/i;

  it('every statement about approval or licensing says "as of January 2024"', () => {
    expect(offenders(statements, (t) => (STATUS.test(t) && !DATED.test(t) ? t : null))).toEqual([]);
  });

  it('every regulation card says "as of January 2024" in the part a hover card shows', () => {
    const undated = pack.cards
      .filter((c) => c.kind === 'regulation' && !DATED.test(c.summary))
      .map((c) => c.id);
    expect(undated).toEqual([]);
  });

  it('the 2019 esketamine licence is not placed in a country (the article names none)', () => {
    const COUNTRY = /\b(UK|United Kingdom|Britain|British|England|English)\b/;
    // A text may name the UK for ketamine's own status if it says the licence has no place.
    const UNPLACED = /\bdoes not say where\b/i;
    const placed = offenders(statements, (t) =>
      /esketamine/i.test(t) && STATUS.test(t) && COUNTRY.test(t) && !UNPLACED.test(t) ? t : null,
    );
    expect(placed).toEqual([]);
  });

  it('no country or regulator the article never names', () => {
    const ELSEWHERE =
      /\b(US|USA|United States|Americas?|American|FDA|EMA|MHRA|NICE|Europe|European|EU|Canada|Australia)\b/;
    expect(offenders(prose, (t) => t.match(ELSEWHERE)?.[0] ?? null)).toEqual([]);
  });
});

describe('no fact the article does not give', () => {
  // In CI the article must be there: a missing article fails instead of skipping the check.
  beforeAll(() => {
    if (articleText === null && process.env.CI)
      throw new Error(`${articleMissingNote}; the names check cannot run`);
  });

  // Brand names, other names and translations of the drugs are aliases for matching and
  // search; a card that states them would claim something the article never says.
  it.skipIf(articleText === null)(
    `no card states a name of ketamine or esketamine the article does not use${articleText === null ? ` (skipped: ${articleMissingNote})` : ''}`,
    () => {
      const article = foldText(articleText ?? '');
      const aliases = ['ketamine', 'esketamine'].flatMap((id) => {
        const term = termById(id);
        return term ? [...term.variants, ...(term.brands ?? []), ...term.abbreviations] : [];
      });
      const foreign = aliases.filter((form) => !article.includes(foldText(form)));
      expect(foreign).toContain('Spravato');
      expect(
        offenders(
          prose,
          (t) => foreign.find((form) => foldText(t).includes(foldText(form))) ?? null,
        ),
      ).toEqual([]);
    },
  );

  it('the esketamine card keeps its brand as a search keyword only', () => {
    const card = cardById('esketamine-licensed-2019');
    expect(card?.keywords).toContain('Spravato');
    expect(`${card?.title} ${card?.summary} ${card?.detail}`).not.toMatch(/Spravato|S-ketamine/i);
  });

  it('no certainty words the article never uses', () => {
    const CERTAIN = /\b(always|never fails|proven|guarantee\w*|definitely|certainly|miracle)\b/i;
    expect(offenders(statements, (t) => t.match(CERTAIN)?.[0] ?? null)).toEqual([]);
  });
});

describe("the article's hedges are kept", () => {
  // [card, the article's own hedge that must stay, a stronger wording that must not appear]
  const HEDGES: [string, RegExp, RegExp | null][] = [
    ['kap-trance-alternative-routes', /\b(may|might)\b/i, /\bhad (struggled|not helped)\b/i],
    ['gad-50-percent', /treatment[- ]resistant/i, /\b(do not|don['’]t|never) respond/i],
    ['gad-50-percent', /\b(around|about|estimated?)\b/i, null],
    ['used-when-other-treatments-fail', /\boften\b/i, null],
    ['rapid-but-short-lived', /\busually\b/i, /\balways\b/i],
    ['anxiety-off-label', /\bmay\b/i, null],
    ['infusion-off-label-trd', /\b(can|may)\b/i, null],
    ['combination-enhances-psychotherapy', /\bcan\b/i, /\breplace/i],
    ['treatment-resistant-anxiety-avenue', /\bpromising\b/i, null],
  ];

  it.each(HEDGES)('%s keeps %s', (id, hedge, stronger) => {
    const card = cardById(id);
    expect(card, id).toBeDefined();
    const text = `${card?.title} ${card?.summary} ${card?.detail}`;
    expect(`${card?.summary}`).toMatch(hedge);
    if (stronger) expect(text).not.toMatch(stronger);
  });
});

describe('where each misconception entry comes from', () => {
  const byOrigin = (origin: string) =>
    pack.misconceptions.filter((m) => m.origin === origin).map((m) => m.id);

  it('keeps the ids other parts of the extension refer to', () => {
    expect(pack.misconceptions.map((m) => m.id)).toEqual([
      'myth-just-horse-tranquiliser',
      'myth-only-a-party-drug',
      'myth-permanent-cure',
      'myth-approved-in-uk',
      'myth-works-slowly',
      'myth-replaces-therapy',
      'myth-take-at-home',
    ]);
  });

  it('only the misconception the article names is a myth; the rest are our questions', () => {
    expect(byOrigin('article')).toEqual(['myth-just-horse-tranquiliser']);
    expect(byOrigin('question')).toHaveLength(pack.misconceptions.length - 1);
  });

  it('"just a party drug" is our question: the article links ketamine with parties but names no such myth', () => {
    const entry = pack.misconceptions.find((m) => m.id === 'myth-only-a-party-drug');
    expect(entry?.origin).toBe('question');
    expect(entry?.myth).toBe('Is ketamine just a party drug?');
    expect(entry?.phrases).toEqual([]);
  });

  it('myths come from the section where the article names them', () => {
    for (const myth of pack.misconceptions.filter((m) => m.origin === 'article'))
      expect(myth.section, myth.id).toBe(SECTION.misconceptions);
  });

  it('a question reads as a question, a myth as a statement', () => {
    for (const entry of pack.misconceptions) {
      if (entry.origin === 'question') expect(entry.myth, entry.id).toMatch(/\?$/);
      else expect(entry.myth, entry.id).not.toMatch(/\?$/);
    }
  });

  it('the answers to questions do not call them myths', () => {
    for (const entry of pack.misconceptions.filter((m) => m.origin === 'question'))
      expect(`${entry.myth} ${entry.correction}`, entry.id).not.toMatch(/\b(myth|misconception)/i);
  });

  it('only myths the article names are flagged on pages, never a question', () => {
    const flagged = new Set(
      highlightPatterns()
        .filter((p) => p.kind === 'misconception')
        .map((p) => p.id),
    );
    expect([...flagged]).toEqual(['myth-just-horse-tranquiliser']);
    for (const id of byOrigin('question')) expect(flagged.has(id), id).toBe(false);
  });
});
