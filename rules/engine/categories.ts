/** The guideline categories of policy.md. Packs may add rules, never categories. */
export const CATEGORY_IDS = [
  'disclosure',
  'confidential',
  'personal-data',
  'credentials',
  'financial',
  'speaking-for-company',
  'competitors',
  'respect',
  'inclusive-language',
  'claims',
  'legal',
  'platform',
  'brand',
] as const;

export type Category = (typeof CATEGORY_IDS)[number];

export const SEVERITIES = ['block', 'warn', 'tip', 'praise'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Most serious first; used to sort findings and to pick the colour of overlapping underlines. */
export const SEVERITY_RANK: Record<Severity, number> = { block: 0, warn: 1, tip: 2, praise: 3 };

export const PLATFORMS = ['x', 'linkedin'] as const;
export type Platform = (typeof PLATFORMS)[number];
