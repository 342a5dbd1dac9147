import { KNOWLEDGE_KINDS } from '../content/kinds';
import { pack } from '../content/pack';
import type { KnowledgePack } from '../content/schema';
import { expansionOf, FOLD_IGNORE, foldCode, isExpansion } from '../core/term-matching/fold';
import { patternForms } from '../core/term-matching/fold-pattern';
import type { FamilyTermData } from '../page/sentinel/family-term-check';
import { patternEntries } from './pattern-matcher';

// Build-time only (the Vite plugin in wxt.config.ts): the content script's matcher data,
// made from the knowledge pack, so the pack stays the one source and no table is copied.

/** The virtual module the content script imports (types in built-patterns.d.ts). */
export const PATTERN_MODULE_ID = 'virtual:ketamine-lens/patterns';

const ANCHOR_LENGTH = 6;

export interface FamilyAnchors {
  /** Folded letter runs such that every folded ketamine-family form contains one. */
  anchors: string[];
  /**
   * Characters for which a plain case-insensitive search for the anchors could miss a form
   * the matcher finds, each with what it folds to: nothing (soft hyphen), several characters
   * (ligatures, ß) or an anchor letter that `/iu` does not equate with it.
   */
  bypass: Record<string, string>;
}

/**
 * The anchors of the ketamine-family terms (highlighted terms without `context`, every
 * variant and inflected form): a frame whose text contains none of them holds no family
 * term, so nothing can be shown there (context terms and myths need a family term).
 */
export function familyAnchors(source: KnowledgePack = pack): FamilyAnchors {
  const family = new Set(
    patternEntries(source)
      .filter((e) => KNOWLEDGE_KINDS[e.kind].anchorsFamily && e.context !== true)
      .map((e) => e.text),
  );
  const folded = [...family]
    .flatMap((text) => patternForms(text).map((cps) => String.fromCodePoint(...cps)))
    .sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const anchors: string[] = [];
  for (const form of folded) {
    if (anchors.some((anchor) => form.includes(anchor))) continue;
    const runs = form.match(/[\p{L}\p{M}]+/gu) ?? [];
    const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), '');
    if (longest.length < 3) throw new Error(`familyAnchors: no letter run in "${form}"`);
    anchors.push([...longest].slice(0, ANCHOR_LENGTH).join(''));
  }
  const letters = new Set([...anchors.join('')]);
  const bypass: Record<string, string> = {};
  for (let cp = 0; cp < 0x110000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const code = foldCode(cp);
    const ch = String.fromCodePoint(cp);
    if (code === FOLD_IGNORE) bypass[ch] = '';
    else if (isExpansion(code)) {
      const expansion = String.fromCodePoint(...expansionOf(code));
      if ([...expansion].some((c) => letters.has(c))) bypass[ch] = expansion;
    } else if (code >= 0) {
      const letter = String.fromCodePoint(code);
      if (letters.has(letter) && !new RegExp(escapeRegExp(letter), 'iu').test(ch))
        bypass[ch] = letter;
    }
  }
  return { anchors, bypass };
}

/** The anchor test's data, as the content script gets it (`familyTermCheck`). */
export function anchorData(source: KnowledgePack = pack): FamilyTermData {
  const { anchors, bypass } = familyAnchors(source);
  return {
    familyAnchor: new RegExp(anchors.map(escapeRegExp).join('|'), 'iu'),
    foldBypass: new RegExp(`[${Object.keys(bypass).map(classEscape).join('')}]`, 'gu'),
    bypassFolds: bypass,
  };
}

/** The module's source: the entries and the anchor test's data. */
export function patternModuleSource(source: KnowledgePack = pack): string {
  const { familyAnchor, foldBypass, bypassFolds } = anchorData(source);
  const regExp = (r: RegExp) =>
    `new RegExp(${JSON.stringify(r.source)}, ${JSON.stringify(r.flags)})`;
  return [
    `export const entries = ${JSON.stringify(patternEntries(source))};`,
    `export const familyAnchor = ${regExp(familyAnchor)};`,
    `export const foldBypass = ${regExp(foldBypass)};`,
    `export const bypassFolds = ${JSON.stringify(bypassFolds)};`,
  ].join('\n');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function classEscape(ch: string): string {
  return `\\u{${(ch.codePointAt(0) as number).toString(16)}}`;
}
