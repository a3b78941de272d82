import { BOUNDARY_AFTER, BOUNDARY_BEFORE } from '../boundaries.ts';

/** Phrases around a hit that make it fine, e.g. "master's degree" for "master". */
export function compileExceptions(phrases: readonly string[] | undefined): RegExp[] {
  return (phrases ?? []).map(
    (phrase) =>
      new RegExp(
        BOUNDARY_BEFORE + phrase.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\s+') + BOUNDARY_AFTER,
        'giu',
      ),
  );
}

export function isExcepted(hit: { start: number; end: number }, text: string, exceptions: readonly RegExp[]): boolean {
  return exceptions.some((re) =>
    [...text.matchAll(re)].some((m) => m.index <= hit.start && hit.end <= m.index + m[0].length),
  );
}
