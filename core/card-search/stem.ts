// A small English suffix stripper, applied to index words and query words alike, so that
// "dose", "doses", "dosage" and "dosing" meet on one stem. It only has to be consistent
// with itself, not linguistically right: "sedation" and "sedate" both become "sedat".

/** Stems are never shorter than this, so short words ("uses", "ties") keep their identity. */
const MIN_STEM = 3;

// Longest first; the first suffix that leaves a long enough stem is stripped (once).
const SUFFIXES = [
  'ement',
  'ment',
  'ness',
  'ancy',
  'ency',
  'ance',
  'ence',
  'ing',
  'ion',
  'ive',
  'age',
  'ful',
  'ent',
  'ed',
  'ly',
  'al',
];

/** The stem of one folded word (lower case, as `searchKey` returns it). */
export function stem(word: string): string {
  let w = word.endsWith("'s") ? word.slice(0, -2) : word;
  w = stripPlural(w);
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= MIN_STEM) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // A final silent "e" ("dose", "sedate", "license") goes, so the forms without it meet.
  if (w.endsWith('e') && w.length - 1 >= MIN_STEM) w = w.slice(0, -1);
  return w;
}

function stripPlural(w: string): string {
  if (w.endsWith('ies') && w.length - 3 >= MIN_STEM) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w) && w.length - 1 >= MIN_STEM) {
    return w.slice(0, -1);
  }
  return w;
}
