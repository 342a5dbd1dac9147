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
// The pre-check looks for the anchors' first letters only: shorter, so fewer alternatives.
const CORE_LENGTH = 5;

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

/**
 * The pre-check of the anchor test: a case-sensitive RegExp without the `u` flag (cheap to
 * compile and to run in a fresh frame) that finds every text the anchor test finds. Each
 * anchor's core (its first letters) is spelled as classes of each letter and its capital;
 * any other character that `/iu` equates with a core letter (the Kelvin sign, long s, micro
 * sign…) and every character the anchor test folds first (`bypass`) is an alternative of
 * its own, so a text holding one goes on to the exact test.
 */
export function anchorCores(anchors: readonly string[], bypass: Record<string, string>): RegExp {
  const cores = [...new Set(anchors.map((a) => [...a].slice(0, CORE_LENGTH).join('')))];
  const kept = cores.filter(
    (core) => !cores.some((other) => other !== core && core.includes(other)),
  );
  const letters = new Set([...kept.join('')]);
  const spelled = (letter: string) => {
    if (letter.toLowerCase() !== letter) throw new Error(`anchorCores: "${letter}" is not folded`);
    const upper = letter.toUpperCase();
    return [...upper].length === 1 && upper !== letter ? [letter, upper] : [letter];
  };
  const anyLetter = new RegExp(`[${[...letters].map(classEscape).join('')}]`, 'iu');
  const specials = new Set(Object.keys(bypass));
  for (let cp = 0; cp < 0x110000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    if (!anyLetter.test(ch)) continue;
    for (const letter of letters) {
      const same = new RegExp(`^${escapeRegExp(letter)}$`, 'iu').test(ch);
      if (same && !spelled(letter).includes(ch)) specials.add(ch);
    }
  }
  for (const ch of specials) {
    if (ch.length !== 1) throw new Error(`anchorCores: ${ch} is outside the BMP`);
  }
  const cls = (chars: string[]) =>
    chars.length === 1 ? bmpEscape(chars[0] as string) : `[${chars.map(bmpEscape).join('')}]`;
  const alternatives = kept.map((core) => [...core].map((l) => cls(spelled(l))).join(''));
  return new RegExp([cls([...specials].sort()), ...alternatives].join('|'));
}

/** The anchor test's data, as the content script gets it (`familyTermCheck`). */
export function anchorData(source: KnowledgePack = pack): FamilyTermData {
  const { anchors, bypass } = familyAnchors(source);
  return {
    anchorCores: anchorCores(anchors, bypass),
    familyAnchor: new RegExp(anchors.map(escapeRegExp).join('|'), 'iu'),
    foldBypass: new RegExp(`[${Object.keys(bypass).map(classEscape).join('')}]`, 'gu'),
    bypassFolds: bypass,
  };
}

/** The module's source: the entries and the anchor test's data. */
export function patternModuleSource(source: KnowledgePack = pack): string {
  const { anchorCores, familyAnchor, foldBypass, bypassFolds } = anchorData(source);
  const regExp = (r: RegExp) =>
    `new RegExp(${JSON.stringify(r.source)}, ${JSON.stringify(r.flags)})`;
  return [
    `export const entries = ${JSON.stringify(patternEntries(source))};`,
    `export const anchorCores = ${regExp(anchorCores)};`,
    `export const familyAnchor = ${regExp(familyAnchor)};`,
    `export const foldBypass = ${regExp(foldBypass)};`,
    `export const bypassFolds = ${JSON.stringify(bypassFolds)};`,
  ].join('\n');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A BMP character for a RegExp without the `u` flag: a letter as it is, others as `\\uXXXX`. */
function bmpEscape(ch: string): string {
  if (/^\p{L}$/u.test(ch)) return ch;
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

function classEscape(ch: string): string {
  return `\\u{${(ch.codePointAt(0) as number).toString(16)}}`;
}
