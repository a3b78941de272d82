/**
 * A light English suffix stripper: enough to make "leaked", "leaking" and "leaks" one feature, not a
 * linguist's stemmer. Forms only need to be consistent between training and scoring; "using" → "us" is fine.
 */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);

  const stripped = stripEnding(w);
  if (stripped !== w) {
    w = stripped;
    // "stopped" → "stopp" → "stop"; "called", "missed", "buzzed" keep their double letter.
    if (/([b-df-hj-kmnp-rtv-y])\1$/.test(w)) w = w.slice(0, -1);
  }
  // "release", "released", "releasing" → "releas".
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

const ENDINGS = ['ingly', 'edly', 'ing', 'ed', 'ly'] as const;

function stripEnding(word: string): string {
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) return word.slice(0, -ending.length);
  }
  return word;
}
