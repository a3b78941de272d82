import { BOUNDARY_AFTER, BOUNDARY_BEFORE } from '../boundaries.ts';
import { escapeRegExp } from '../regex-literal.ts';
import { once } from '../once.ts';

/**
 * Phrases that excuse a hit: one regex each (to find where), and at most two joined ones (to see
 * whether any is there). Built on first use: most hits never ask, and building them all up front
 * was a large part of compiling a pack.
 */
export interface Exceptions {
  readonly phrases: () => readonly RegExp[];
  readonly anyPresent: () => readonly RegExp[];
  readonly none: boolean;
}

/**
 * Phrases around a hit that make it fine, e.g. "master's degree" for "master". Smart case: a phrase
 * written with capitals ("The Blacklist", a TV show) must match in case; a lower-case one in any case.
 */
export function compileExceptions(phrases: readonly string[] | undefined): Exceptions {
  const sourcesOf = once(() => {
    const sources = { cased: [] as string[], caseless: [] as string[] };
    for (const phrase of phrases ?? []) {
      const source = BOUNDARY_BEFORE + phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+') + BOUNDARY_AFTER;
      (/\p{Lu}/u.test(phrase) ? sources.cased : sources.caseless).push(source);
    }
    return sources;
  });
  return {
    none: (phrases ?? []).length === 0,
    phrases: once(() => {
      const { cased, caseless } = sourcesOf();
      return [...cased.map((source) => new RegExp(source, 'gu')), ...caseless.map((source) => new RegExp(source, 'giu'))];
    }),
    anyPresent: once(() => {
      const { cased, caseless } = sourcesOf();
      return [
        ...(cased.length > 0 ? [new RegExp(cased.join('|'), 'u')] : []),
        ...(caseless.length > 0 ? [new RegExp(caseless.join('|'), 'iu')] : []),
      ];
    }),
  };
}

interface Span {
  start: number;
  end: number;
}

/**
 * Tells whether a hit in `text` is excused: an exception phrase shares at least one character with it
 * ("best" inside "all the best", "the best" touching "best practices"). Where the phrases are is looked
 * for once per text, only when the first hit asks, and only after one pass has seen that some phrase is there.
 */
export function exceptionTest(text: string, exceptions: Exceptions): (hit: Span) => boolean {
  if (exceptions.none) return () => false;
  let spans: Span[] | undefined;
  return (hit) => {
    spans ??= exceptions.anyPresent().some((re) => re.test(text))
      ? exceptions.phrases().flatMap((re) => [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length })))
      : [];
    return spans.some((span) => span.start < hit.end && hit.start < span.end);
  };
}
