// Public API of the term matcher: pure TypeScript over strings, no DOM.
export { compileMatcher, countScanSteps } from './matcher';
export type { Matcher, Pattern, ScanStats, TextMatch } from './types';
