/** Shown with every card: the pack summarises one article and is no substitute for care. */
export const disclaimer =
  'Educational summary of one article — not medical advice. Talk to a qualified clinician about treatment.';
