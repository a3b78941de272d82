import type { Detector, DetectorMatch } from './types.ts';

interface PatternDetectorSpec {
  name: string;
  description: string;
  keywords?: readonly string[];
  /** Global; every match is a finding (the format itself is the validation). */
  pattern: RegExp;
  label: string | ((match: RegExpMatchArray) => string);
  replacement?: (found: string) => string;
  /** Shapes that match but are not findings, e.g. keys printed in vendors' documentation. */
  skip?: (found: string) => boolean;
}

/** A detector for formats that are recognisable by their shape alone (prefixed tokens, fixed phrases). */
export function patternDetector(spec: PatternDetectorSpec): Detector {
  const { pattern, label, replacement, skip } = spec;
  return {
    name: spec.name,
    description: spec.description,
    scope: 'segment',
    ...(spec.keywords ? { keywords: spec.keywords } : {}),
    find(text) {
      const found = [...text.matchAll(pattern)];
      return (skip ? found.filter((m) => !skip(m[0])) : found).map((m): DetectorMatch => {
        const match: DetectorMatch = {
          start: m.index,
          end: m.index + m[0].length,
          label: typeof label === 'string' ? label : label(m),
        };
        if (replacement) match.replacement = replacement(m[0]);
        return match;
      });
    },
  };
}
