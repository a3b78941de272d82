import type { OrgProfile } from '../schema.ts';

/** One hit of a detector; offsets are UTF-16 units into the text the detector was given. */
export interface DetectorMatch {
  start: number;
  end: number;
  /** What was found, for the message ("AWS access key", "IBAN"), when a detector finds several kinds. */
  label?: string;
  /** A suggested replacement for the matched text, e.g. a masked value. */
  replacement?: string;
}

export interface DetectorContext {
  org: OrgProfile;
  options: Readonly<Record<string, unknown>>;
}

/**
 * A built-in, validated recogniser (Presidio-style: pattern + checksum/validator + context words).
 * Detectors are pure: same text in, same matches out, never throw on any string.
 */
export interface Detector {
  name: string;
  description: string;
  /**
   * "segment": sees one sentence or line at a time (results are cached per segment);
   * "post": sees the whole draft (multi-line secrets such as PEM keys).
   */
  scope: 'segment' | 'post';
  /**
   * Cheap prefilter (gitleaks-style): lower-case substrings, at least one of which must occur in the
   * lower-cased text for find() to run. Omit when no such prefilter exists.
   */
  keywords?: readonly string[];
  /** Returns a reason when the options a rule passes are wrong; checked when a pack is compiled. */
  validateOptions?(options: Readonly<Record<string, unknown>>): string | undefined;
  /** Text given is already normalised (NFKC, zero-width removed, look-alikes folded, "[dot]" → "."). */
  find(text: string, context: DetectorContext): DetectorMatch[];
}
