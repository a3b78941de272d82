import type { DetectorContext } from './types.ts';

/**
 * Compiles once per distinct list: the org profile is the same on every call, the text is not.
 * The cache is small because a browser session uses one or two profiles.
 */
export function cachedByList<T>(build: (items: readonly string[]) => T): (items: readonly string[]) => T {
  const cache = new Map<string, T>();
  return (items) => {
    const key = items.join('\u0000');
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= 16) cache.clear();
      value = build(items);
      cache.set(key, value);
    }
    return value;
  };
}

/** Every name the profile gives the company and its work: name, aliases, products, codenames. */
export function orgNames(context: DetectorContext): string[] {
  const { org } = context;
  return [org.name, ...(org.aliases ?? []), ...(org.products ?? []), ...(org.codenames ?? [])].filter(
    (n): n is string => typeof n === 'string' && n.trim() !== '',
  );
}
