/** The ketamine-family anchors, built from the pack (pattern-module.ts). */
export interface FamilyTermData {
  /**
   * The pre-check: case-sensitive, no `u` flag, true for every text `familyAnchor` (after the
   * folds) matches, and for a few more; cheap to compile and run in a fresh frame.
   */
  anchorCores: RegExp;
  /** Matches any anchor, case-insensitively. */
  familyAnchor: RegExp;
  /** Global: the characters a plain search must fold first, to `bypassFolds[ch]`. */
  foldBypass: RegExp;
  bypassFolds: Readonly<Record<string, string>>;
}

/**
 * A test that is false only when a text holds no ketamine-family term in any form the
 * matcher finds: then nothing in it can be shown (context terms and myths need a family term
 * in the frame). It may be true without one (an anchor in an attribute-like word, say). The
 * exact test runs only on a text the pre-check lets through, which a term-free text rarely is.
 */
export function familyTermCheck(data: FamilyTermData): (text: string) => boolean {
  const { anchorCores, familyAnchor, foldBypass, bypassFolds } = data;
  return (text) => {
    if (!anchorCores.test(text)) return false;
    foldBypass.lastIndex = 0;
    if (!foldBypass.test(text)) return familyAnchor.test(text);
    foldBypass.lastIndex = 0;
    return familyAnchor.test(text.replace(foldBypass, (ch) => bypassFolds[ch] ?? ch));
  };
}
