import { anchorCores, bypassFolds, familyAnchor, foldBypass } from 'virtual:ketamine-lens/patterns';
import { familyTermCheck } from './family-term-check';

/** Whether a text may hold a ketamine-family term (see `familyTermCheck`). */
export const mayHoldFamilyTerm = familyTermCheck({
  anchorCores,
  familyAnchor,
  foldBypass,
  bypassFolds,
});
