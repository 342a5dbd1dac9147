// The module the Vite plugin in wxt.config.ts makes from the knowledge pack at build time
// (build/pattern-module.ts).
declare module 'virtual:ketamine-lens/patterns' {
  import type { PatternEntry } from '../page/engine-stage/match-patterns';
  import type { FamilyTermData } from '../page/sentinel/family-term-check';
  export const entries: readonly PatternEntry[];
  export const anchorCores: FamilyTermData['anchorCores'];
  export const familyAnchor: FamilyTermData['familyAnchor'];
  export const foldBypass: FamilyTermData['foldBypass'];
  export const bypassFolds: FamilyTermData['bypassFolds'];
}
