/** Post health: problems per category before and after the fix, for the chart and its table. */
import { CATEGORY_IDS, type Category, type Finding } from '../rules/engine/index.ts';
import { problems } from './fix-plan.ts';

export interface HealthRow {
  category: Category;
  before: number;
  after: number;
}

/** Only categories with a problem on either side, in the policy's order. */
export function healthRows(before: readonly Finding[], after: readonly Finding[]): HealthRow[] {
  const count = (findings: readonly Finding[], category: Category) => problems(findings).filter((f) => f.category === category).length;
  return CATEGORY_IDS.map((category) => ({ category, before: count(before, category), after: count(after, category) })).filter(
    (row) => row.before > 0 || row.after > 0,
  );
}
