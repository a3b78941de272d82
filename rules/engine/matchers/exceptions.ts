import { BOUNDARY_AFTER, BOUNDARY_BEFORE } from '../boundaries.ts';
import { escapeRegExp } from '../regex-literal.ts';

/**
 * Phrases around a hit that make it fine, e.g. "master's degree" for "master". Smart case: a phrase
 * written with capitals ("The Blacklist", a TV show) must match in case; a lower-case one in any case.
 */
export function compileExceptions(phrases: readonly string[] | undefined): RegExp[] {
  return (phrases ?? []).map(
    (phrase) =>
      new RegExp(
        BOUNDARY_BEFORE + phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+') + BOUNDARY_AFTER,
        /\p{Lu}/u.test(phrase) ? 'gu' : 'giu',
      ),
  );
}

export function isExcepted(hit: { start: number; end: number }, text: string, exceptions: readonly RegExp[]): boolean {
  return exceptions.some((re) =>
    [...text.matchAll(re)].some((m) => m.index <= hit.start && hit.end <= m.index + m[0].length),
  );
}
