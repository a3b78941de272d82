import { MatcherError } from '../errors.ts';
import { TERM_PLACEHOLDER, type OrgField, type OrgProfile } from '../schema.ts';

/** A term with its placeholders filled in, and the replacement filled in the same way. */
export interface ExpandedTerm {
  text: string;
  replacement?: string;
}

/** More than this many terms from one written term is a pack mistake, not a profile. */
const MAX_EXPANSIONS = 500;

/**
 * "{org.competitors} is garbage" → one term per competitor. Several placeholders expand to every
 * combination; the same placeholder in the replacement takes the same value as in the term. A term
 * whose placeholder has no value in the profile is dropped, never matched literally.
 */
export function expandTerm(term: ExpandedTerm, org: OrgProfile): ExpandedTerm[] {
  const names = [...new Set([...term.text.matchAll(TERM_PLACEHOLDER)].map((m) => m[1]!))];
  let bindings: Record<string, string>[] = [{}];
  for (const name of names) {
    const values = spellingsOf(org, name.slice(4) as OrgField);
    bindings = bindings.flatMap((binding) => values.map((value) => ({ ...binding, [name]: value })));
    if (bindings.length > MAX_EXPANSIONS) {
      throw new MatcherError(`"${term.text}" expands to more than ${MAX_EXPANSIONS} terms with this profile`);
    }
  }
  return bindings.map((binding) => ({
    text: fill(term.text, binding, org)!,
    replacement: term.replacement === undefined ? undefined : fill(term.replacement, binding, org),
  }));
}

/** Every way the profile writes a key: all values of a list; for the name, the name and its aliases. */
function spellingsOf(org: OrgProfile, field: OrgField): string[] {
  const value = org[field];
  const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
  const all = field === 'name' ? [...values, ...(org.aliases ?? [])] : values;
  return [...new Set(all.map((v) => v.trim()).filter((v) => v.length > 0))];
}

/**
 * Bound placeholders take their value; a replacement's other profile placeholders take the first value,
 * as in fixes — or leave the term without a replacement when the profile has none.
 */
function fill(text: string, binding: Record<string, string>, org: OrgProfile): string | undefined {
  let missing = false;
  const filled = text.replace(TERM_PLACEHOLDER, (placeholder, name: string) => {
    if (name in binding) return binding[name]!;
    if (!name.startsWith('org.')) return placeholder;
    const first = spellingsOf(org, name.slice(4) as OrgField)[0];
    if (first === undefined) missing = true;
    return first ?? placeholder;
  });
  return missing ? undefined : filled;
}
