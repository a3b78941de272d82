import type { DetectorMatch } from './types.ts';
import { HIDDEN_VALUE } from './mask.ts';
import { isDocumentedExample } from './documented-example.ts';

// What follows "password:" or "wifi password is" must look like an actual secret, not prose or a
// placeholder, before it is reported.

const PLACEHOLDER =
  /^(?:[*•●xX.#_-]+|<[^>]*>?|\{[^}]*\}?|\$\{?[\w.]*\}?|%[\w]+%?|\[[^\]]*\]?|(?:your|my|the|some|example|sample|dummy|placeholder|changeme|redacted|hidden|none|null|undefined|empty|n\/a|tbd|todo|xxx+|\.\.\.)(?:[_-][\w-]*)?)$/i;
// An environment-variable name standing in for the value: YOUR_API_KEY, DB_PASSWORD.
const ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

// Words that follow "password is …" / "password: …" in ordinary sentences.
const PROSE_WORDS = new Set(
  (
    'a an the on in at of to for is was be by and or but not no yes it this that same still now here there below above ' +
    'written printed posted stuck taped shown listed shared sent available changed required optional reset expired ' +
    'incorrect wrong invalid correct easy hard simple strong weak long short secret hidden different case sensitive ' +
    'managers manager protected encrypted saved stored ' +
    'на в от для не это тот же такой сложный простой'
  ).split(' '),
);

// Stripe test and publishable keys are public by design; posting one leaks nothing.
const PUBLIC_BY_DESIGN = /^(?:[spr]k_test_|pk_live_)/;

export function isPublicByDesign(value: string): boolean {
  return PUBLIC_BY_DESIGN.test(value);
}

/** Trims quotes and trailing punctuation from a captured value ("!" stays: passwords often end with it). */
export function trimValue(value: string): string {
  return value.replace(/^["'`«“]+/u, '').replace(/["'`»”.,;:)\]]+$/u, '');
}

/**
 * True when a value could be a real secret. `strict` (used after ":" or "is", which also appear in
 * prose) additionally wants something no ordinary word has: a digit, a symbol or inner capitals.
 */
export function looksLikeSecretValue(value: string, minLength: number, strict: boolean): boolean {
  if (value.length < minLength || value.length > 128) return false;
  if (PLACEHOLDER.test(value) || ENV_NAME.test(value) || isPublicByDesign(value) || isDocumentedExample(value) || PROSE_WORDS.has(value.toLowerCase())) return false;
  if (!strict) return true;
  return /\d|[^\p{L}\p{N}]|\p{Ll}\p{Lu}/u.test(value);
}

/**
 * For "name: value" matches whose value ends the match: the trimmed value, and the match from the
 * name to the end of the value, suggesting the same text with the value hidden.
 */
export function assignmentMatch(
  text: string,
  m: RegExpMatchArray & { index: number },
  rawValue: string,
  label: string,
): { value: string; match: DetectorMatch } {
  const value = trimValue(rawValue);
  const start = m.index;
  const valueStart = start + m[0].length - rawValue.length + rawValue.indexOf(value);
  const replacement = text.slice(start, valueStart) + HIDDEN_VALUE;
  return { value, match: { start, end: valueStart + value.length, label, replacement } };
}
