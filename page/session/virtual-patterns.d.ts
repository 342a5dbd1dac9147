// The module the Vite plugin in wxt.config.ts makes from the knowledge pack at build time
// (page/session/pattern-module.ts).
declare module 'virtual:ketamine-lens/patterns' {
  import type { FamilyTermData } from './family-term-check';
  import type { PatternEntry } from './match-patterns';
  export const entries: readonly PatternEntry[];
  export const familyAnchor: FamilyTermData['familyAnchor'];
  export const foldBypass: FamilyTermData['foldBypass'];
  export const bypassFolds: FamilyTermData['bypassFolds'];
}
