/** Counts findings by severity and words them for the pill and its accessible name. */
import type { Finding, Severity } from '../rules/engine/types.ts';
import { SEVERITIES } from '../rules/engine/categories.ts';
import { t } from '../lib/i18n.ts';

export type Counts = Record<Severity, number>;

export function countBySeverity(findings: readonly Finding[]): Counts {
  const counts: Counts = { block: 0, warn: 0, tip: 0, praise: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** "1 must fix, 2 warnings" — or "no issues" when nothing needs attention. */
export function describeCounts(counts: Counts): string {
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => t(`pill.${s}`, { count: counts[s] }));
  return parts.length ? parts.join(', ') : t('pill.clean');
}
