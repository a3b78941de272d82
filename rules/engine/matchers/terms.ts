import { isWordChar } from '../boundaries.ts';
import type { OrgProfile } from '../schema.ts';
import type { CompileEnv, Hit, SegmentNode } from './types.ts';
import { compileExceptions, exceptionTest } from './exceptions.ts';
import { findMisspellings } from './misspelled.ts';
import { escapeRegExp } from '../regex-literal.ts';
import { expandTerm } from './term-placeholders.ts';

export interface TermsSpec {
  type: 'terms';
  terms?: string[] | Record<string, string>;
  from?: `org.${string}`[];
  caseSensitive?: boolean;
  inflect?: boolean;
  spaced?: boolean;
  except?: string[];
  misspelled?: boolean;
}

export function compileTerms(spec: TermsSpec, env: CompileEnv): SegmentNode {
  const id = env.nextId();
  const terms = collectTerms(spec, env.org).map(({ text, replacement }) => ({
    text,
    replacement,
    pattern: new RegExp(`^(?:${termBody(text, spec)})$`, flags(spec, '')),
    boundaryBefore: isWordChar(text[0]),
    boundaryAfter: text.endsWith('*') || isWordChar(text[text.length - 1]),
  }));
  if (terms.length === 0) return { scope: 'segment', id, run: () => [] };
  if (spec.misspelled) {
    const names = terms.map((t) => t.text);
    return { scope: 'segment', id, run: (segment) => findMisspellings(segment.text, names) };
  }

  // Longest first, so "you guys" wins over "guys". Boundaries are checked in code rather than with
  // lookbehinds, which would stop V8 from scanning quickly for the first letters of the terms.
  const any = new RegExp(
    terms.map((t) => termBody(t.text, spec)).sort((a, b) => b.length - a.length).join('|'),
    flags(spec, 'g'),
  );
  const exceptions = compileExceptions(spec.except);
  const prefilter = spec.spaced || spec.caseSensitive || terms.length > PREFILTER_MAX_TERMS ? undefined : literalPrefixes(terms);

  return {
    scope: 'segment',
    id,
    run(segment) {
      const { text } = segment;
      if (prefilter && !prefilter.some((p) => segment.lower.includes(p))) return [];
      const hits: Hit[] = [];
      const excepted = exceptionTest(text, exceptions);
      any.lastIndex = 0;
      for (let m = any.exec(text); m !== null; m = any.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        const term = terms.find((t) => t.pattern.test(m![0]));
        const bounded =
          term !== undefined &&
          !(term.boundaryBefore && isWordChar(text[start - 1])) &&
          !(term.boundaryAfter && isWordChar(text[end]));
        if (!bounded) {
          any.lastIndex = start + 1;
          continue;
        }
        if (excepted({ start, end })) continue;
        hits.push({ start, end, replacement: term.replacement, vars: { term: term.text } });
      }
      return hits;
    },
  };
}

/** Past this many terms, one regex scan is cheaper than looking for each term's first letters. */
const PREFILTER_MAX_TERMS = 12;

function collectTerms(spec: TermsSpec, org: OrgProfile): { text: string; replacement?: string }[] {
  const written = Array.isArray(spec.terms)
    ? spec.terms.map((text) => ({ text }))
    : Object.entries(spec.terms ?? {}).map(([text, replacement]) => ({ text, replacement }));
  const listed = written.flatMap((term) => expandTerm(term, org));
  const fromOrg = (spec.from ?? []).flatMap((ref) => {
    const value = org[ref.slice(4) as keyof OrgProfile];
    return (value === undefined ? [] : Array.isArray(value) ? value : [value]).map((text) => ({ text }));
  });
  return [...listed, ...fromOrg].filter((t) => t.text.trim().length > 0);
}

function flags(spec: Pick<TermsSpec, 'caseSensitive'>, extra: string): string {
  return (spec.caseSensitive ? 'u' : 'iu') + extra;
}

/** Lower-case pieces one of which must occur for any term to match (the cheap gitleaks-style prefilter). */
function literalPrefixes(terms: readonly { text: string }[]): string[] {
  return terms.map((t) => t.text.toLowerCase().replace(/\*$/, '').slice(0, 4)).filter((p) => p.length > 0);
}

const SEPARATOR_IN_SPACED = '[\\s.\\-_*·•]?';

/** The regex source of one term: stems ("word*"), flexible spaces, inflections, spaced-out letters. */
function termBody(term: string, spec: Pick<TermsSpec, 'inflect' | 'spaced'>): string {
  const stem = term.endsWith('*');
  const words = (stem ? term.slice(0, -1) : term).trim().split(/\s+/);
  let body = spec.spaced ? [...words.join('')].map(escapeRegExp).join(SEPARATOR_IN_SPACED) : words.map(escapeRegExp).join('[\\s\\u00A0-]+');
  if (stem) body += '[\\p{L}\\p{N}\\p{M}]*';
  else if (spec.inflect) body = inflected(body);
  return body;
}

/** English plural, possessive and verb endings on the last word. */
function inflected(body: string): string {
  if (/[^aeiou]y$/i.test(body)) return `${body.slice(0, -1)}(?:y|ies|ied|ying|y's|y’s)`;
  if (/e$/i.test(body)) return `${body.slice(0, -1)}(?:e|es|ed|ing|e's|e’s)`;
  if (/(?:s|x|z|ch|sh)$/i.test(body)) return `${body}(?:es|ed|ing|'s|’s)?`;
  return `${body}(?:s|es|ed|ing|'s|’s|s'|s’)?`;
}

