/** The ketamine-family anchors, built from the pack (pattern-module.ts). */
export interface FamilyTermData {
  /** Matches any anchor, case-insensitively. */
  familyAnchor: RegExp;
  /** Global: the characters a plain search must fold first, to `bypassFolds[ch]`. */
  foldBypass: RegExp;
  bypassFolds: Readonly<Record<string, string>>;
}

/**
 * A test that is false only when a text holds no ketamine-family term in any form the
 * matcher finds: then nothing in it can be shown (context terms and myths need a family term
 * in the frame). It may be true without one (an anchor in a script's text, say).
 */
export function familyTermCheck(data: FamilyTermData): (text: string) => boolean {
  const { familyAnchor, foldBypass, bypassFolds } = data;
  return (text) => {
    foldBypass.lastIndex = 0;
    if (!foldBypass.test(text)) return familyAnchor.test(text);
    foldBypass.lastIndex = 0;
    return familyAnchor.test(text.replace(foldBypass, (ch) => bypassFolds[ch] ?? ch));
  };
}
