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

interface Span {
  start: number;
  end: number;
}

/**
 * Tells whether a hit in `text` is excused: an exception phrase shares at least one character with it
 * ("best" inside "all the best", "the best" touching "best practices"). The phrases are looked for
 * once per text, and only when the first hit asks.
 */
export function exceptionTest(text: string, exceptions: readonly RegExp[]): (hit: Span) => boolean {
  if (exceptions.length === 0) return () => false;
  let spans: Span[] | undefined;
  return (hit) => {
    spans ??= exceptions.flatMap((re) => [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length })));
    return spans.some((span) => span.start < hit.end && hit.start < span.end);
  };
}
