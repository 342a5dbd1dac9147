import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  brandNameOf,
  cardById,
  cardsForTerm,
  highlightPatterns,
  misconceptionById,
  pack,
  termById,
} from '../../content/pack';

describe('lookups', () => {
  it('find items by id', () => {
    expect(termById('esketamine')?.label).toBe('Esketamine');
    expect(cardById('nhs-70-percent')?.section).toBe(
      'In-depth look at the research on ketamine therapy and ketamine treatment',
    );
    expect(misconceptionById('myth-just-horse-tranquiliser')?.phrases).toContain(
      'horse tranquilizer',
    );
    expect(termById('nope')).toBeUndefined();
    expect(cardById('nope')).toBeUndefined();
    expect(misconceptionById('nope')).toBeUndefined();
  });
});

describe('cardsForTerm', () => {
  it('orders primary definitions, then other primary cards, then the rest, each in pack order', () => {
    const result = cardsForTerm('glutamate');
    const rank = (c: (typeof result)[number]) =>
      c.terms[0] !== 'glutamate' ? 2 : c.kind === 'definition' ? 0 : 1;
    const ranks = result.map(rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks)).toEqual(new Set([0, 1, 2]));
    const index = (id: string) => pack.cards.findIndex((c) => c.id === id);
    for (const group of [0, 1, 2]) {
      const ids = result.filter((c) => rank(c) === group).map((c) => index(c.id));
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
    }
  });

  it('opens the hover card for "ketamine" with what ketamine is, not its reputation', () => {
    const [first, second] = cardsForTerm('ketamine');
    expect(first?.id).toBe('ketamine-dissociative-anaesthetic');
    expect(first?.kind).toBe('definition');
    expect(first?.title).toBe('What ketamine is');
    expect(second?.id).not.toBe(first?.id);
  });

  it('starts with a definition for every term that has one as its primary card', () => {
    for (const term of pack.terms) {
      const hasDefinition = pack.cards.some(
        (c) => c.terms[0] === term.id && c.kind === 'definition',
      );
      if (hasDefinition) expect(cardsForTerm(term.id)[0]?.kind, term.id).toBe('definition');
    }
  });

  it('returns every card that mentions the term, and nothing for unknown terms', () => {
    expect(cardsForTerm('ketamine').length).toBe(
      pack.cards.filter((c) => c.terms.includes('ketamine')).length,
    );
    expect(cardsForTerm('no-such-term')).toEqual([]);
  });
});

describe('highlightPatterns', () => {
  const patterns = highlightPatterns(pack);
  const texts = patterns.map((p) => p.text.toLowerCase());

  it('includes labels and variants of highlighted terms', () => {
    expect(patterns).toContainEqual({ text: 'Ketamine', kind: 'term', id: 'ketamine' });
    expect(patterns).toContainEqual({ text: 'Spravato', kind: 'term', id: 'esketamine' });
    expect(patterns).toContainEqual({
      text: 'dissociative anesthetic',
      kind: 'term',
      id: 'dissociative-anaesthetic',
    });
  });

  it('includes misconception phrases', () => {
    expect(patterns).toContainEqual({
      text: 'horse tranquilizer',
      kind: 'misconception',
      id: 'myth-just-horse-tranquiliser',
    });
  });

  it("includes every translation's phrases, after the English ones, for the pack's myths only", () => {
    const translated = highlightPatterns(pack, [
      {
        misconceptions: {
          'myth-just-horse-tranquiliser': { phrases: ['Pferdeberuhigungsmittel'] },
        },
      },
      { misconceptions: { 'myth-ghost': { phrases: ['ghost phrase'] } } },
    ]);
    const myths = translated.filter((p) => p.kind === 'misconception').map((p) => p.text);
    expect(myths.at(-1)).toBe('Pferdeberuhigungsmittel');
    expect(myths).toContain('horse tranquiliser');
    expect(myths).not.toContain('ghost phrase');
  });

  it('leaves out abbreviations and non-highlighted terms', () => {
    for (const word of ['kap', 'trd', 'gad', 'depression', 'anxiety', 'serotonin', 'nhs'])
      expect(texts).not.toContain(word);
  });

  it('has no case-insensitive duplicates', () => {
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('de-duplicates case-insensitively, keeping the first', () => {
    const doubled = {
      ...pack,
      terms: [
        {
          id: 'a',
          label: 'Alpha',
          variants: ['ALPHA', 'alpha beta'],
          abbreviations: [],
          highlight: true,
        },
        { id: 'b', label: 'Beta', variants: [], abbreviations: [], highlight: false },
      ],
      misconceptions: [
        {
          id: 'myth-x',
          origin: 'article' as const,
          myth: 'A myth',
          correction: 'A correction',
          section: 'S',
          phrases: ['Alpha Beta', 'gamma'],
          terms: [],
          cards: [],
          keywords: [],
          questions: [],
        },
      ],
    };
    expect(highlightPatterns(doubled)).toEqual([
      { text: 'Alpha', kind: 'term', id: 'a' },
      { text: 'alpha beta', kind: 'term', id: 'a' },
      { text: 'gamma', kind: 'misconception', id: 'myth-x' },
    ]);
  });
});

describe('brands', () => {
  it('are highlighted and found like variants', () => {
    const patterns = highlightPatterns(pack);
    expect(patterns).toContainEqual({ text: 'Spravato', kind: 'term', id: 'esketamine' });
    expect(patterns).toContainEqual({ text: 'Ketalar', kind: 'term', id: 'ketamine' });
    expect(termById('esketamine')?.variants).not.toContain('Spravato');
    expect(termById('ketamine')?.variants).not.toContain('Ketalar');
  });

  it("brandNameOf names the brand a page's word is, in the pack's spelling", () => {
    expect(brandNameOf('esketamine', 'SPRAVATO')).toBe('Spravato');
    expect(brandNameOf('esketamine', 'Sprav\u00adato')).toBe('Spravato');
    expect(brandNameOf('ketamine', 'ketalar')).toBe('Ketalar');
  });

  it("brandNameOf is null for a name the article uses, another term's brand, or an unknown term", () => {
    expect(brandNameOf('esketamine', 'esketamine')).toBeNull();
    expect(brandNameOf('esketamine', 'Esketamin')).toBeNull();
    expect(brandNameOf('ketamine', 'Spravato')).toBeNull();
    expect(brandNameOf('no-such-term', 'Spravato')).toBeNull();
  });
});

describe('content script weight', () => {
  // pack.ts ships in the content script: nothing it loads at runtime may pull in valibot.
  it('pack.ts, localise.ts and their runtime imports never import valibot or a schema module', () => {
    const root = new URL('../../content/', import.meta.url);
    const seen = new Set<string>();
    const visit = (file: URL) => {
      if (seen.has(file.href)) return;
      seen.add(file.href);
      const source = readFileSync(fileURLToPath(file), 'utf8');
      const name = file.href.slice(root.href.length);
      for (const match of source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)';/gms)) {
        const [, typeOnly, spec] = match;
        if (typeOnly || !spec) continue;
        expect(spec, `${name} imports ${spec}`).not.toBe('valibot');
        expect(spec, `${name} imports ${spec}`).not.toMatch(/(^|\/)(schema|translation-schema)$/);
        if (!spec.startsWith('.') || !new URL(spec, file).href.startsWith(root.href)) continue;
        const module = new URL(`${spec}.ts`, file);
        visit(existsSync(module) ? module : new URL(`${spec}/index.ts`, file));
      }
    };
    visit(new URL('pack.ts', root));
    // The card and popup localise the pack with localise.ts: no valibot there either.
    visit(new URL('localise.ts', root));
    expect(seen.size).toBeGreaterThan(5);
  });
});
