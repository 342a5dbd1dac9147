/** Shown with every card: what the pack is, stated without telling the reader what to do. */
export const disclaimer =
  'Educational summary of one article — not medical advice, and no substitute for a qualified clinician.';
