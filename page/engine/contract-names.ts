// Contract names (docs/contract.md) that the sentinel needs too, in a module of their own so
// that importing them brings no engine code along. The highlight names come from the kinds
// table (match-value.ts).

/** One measure per scan pass, with the pass's figures as its `detail`. */
export const SCAN_MEASURE = 'ketamine-lens:scan';

/** Marked once, when the first full scan of a document is done. */
export const READY_MARK = 'ketamine-lens:ready';

/** The element that hosts the hover card. */
export const CARD_ELEMENT = 'ketamine-lens-card';
