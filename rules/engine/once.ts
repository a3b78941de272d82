/** A value made on first use and kept: most of a pack's regexes are never needed, so none is built up front. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
