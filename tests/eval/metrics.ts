import { CATEGORY_IDS, type Category } from '../../rules/engine/categories.ts';
import type { Finding } from '../../rules/engine/types.ts';

export interface LabelledPost {
  id: string;
  labels: readonly Category[];
}

/** What a checker said about one post, reduced to what the scores need. */
export interface Outcome {
  /** Categories with at least one non-praise finding, each with the ids of the rules that reported it. */
  flagged: ReadonlyMap<Category, readonly string[]>;
  /** Whether any finding is `block` or `warn` (what a clean post must not get). */
  alarm: boolean;
  /** Categories with at least one `block` or `warn` finding: what the post gets without the gentle tips. */
  alarmedCategories: ReadonlySet<Category>;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** undefined when nothing was flagged (no denominator). */
  precision: number | undefined;
  /** undefined when no post carries the label. */
  recall: number | undefined;
}

export interface CategoryScore extends Counts {
  category: Category;
  support: number;
  /** Labelled posts caught by a `block`/`warn` finding, and that recall: what is left without the tips. */
  alarmTp: number;
  alarmRecall: number | undefined;
}

export interface ErrorCase {
  id: string;
  category: Category;
  kind: 'miss' | 'false-alarm';
  /** The rules that fired for the category (empty for a miss). */
  ruleIds: readonly string[];
}

export interface Evaluation {
  categories: CategoryScore[];
  micro: Counts;
  cleanPosts: number;
  cleanAlarms: number;
  cleanAlarmShare: number | undefined;
  /** Clean posts with any non-praise finding, tips included: the noise an employee sees. */
  cleanNoticed: number;
  cleanNoticedShare: number | undefined;
  errors: ErrorCase[];
}

/** A peer flags one category: its recall there, and how often it fires on posts without that label. */
export interface PeerScore {
  category: Category;
  support: number;
  tp: number;
  recall: number | undefined;
  negatives: number;
  falseAlarms: number;
  falseAlarmRate: number | undefined;
}

export function ratio(numerator: number, denominator: number): number | undefined {
  return denominator === 0 ? undefined : numerator / denominator;
}

function counts(tp: number, fp: number, fn: number): Counts {
  return { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
}

export function outcomeFromFindings(findings: readonly Finding[]): Outcome {
  const flagged = new Map<Category, string[]>();
  const alarmedCategories = new Set<Category>();
  for (const finding of findings) {
    if (finding.severity === 'block' || finding.severity === 'warn') alarmedCategories.add(finding.category);
    if (finding.severity === 'praise') continue;
    const ruleIds = flagged.get(finding.category) ?? [];
    if (!ruleIds.includes(finding.ruleId)) ruleIds.push(finding.ruleId);
    flagged.set(finding.category, ruleIds);
  }
  return { flagged, alarm: alarmedCategories.size > 0, alarmedCategories };
}

/** Per-category and micro-averaged scores of one checker; every post must have an outcome. */
export function evaluate(posts: readonly LabelledPost[], outcomes: ReadonlyMap<string, Outcome>): Evaluation {
  const errors: ErrorCase[] = [];
  const categories = CATEGORY_IDS.map((category): CategoryScore => {
    let support = 0;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let alarmTp = 0;
    for (const post of posts) {
      const labelled = post.labels.includes(category);
      const outcome = outcomeOf(outcomes, post.id);
      const ruleIds = outcome.flagged.get(category);
      if (labelled) support += 1;
      if (labelled && outcome.alarmedCategories.has(category)) alarmTp += 1;
      if (labelled && ruleIds) tp += 1;
      else if (labelled) {
        fn += 1;
        errors.push({ id: post.id, category, kind: 'miss', ruleIds: [] });
      } else if (ruleIds) {
        fp += 1;
        errors.push({ id: post.id, category, kind: 'false-alarm', ruleIds });
      }
    }
    return { category, support, ...counts(tp, fp, fn), alarmTp, alarmRecall: ratio(alarmTp, support) };
  });
  const sum = (key: 'tp' | 'fp' | 'fn') => categories.reduce((total, score) => total + score[key], 0);
  const clean = posts.filter((post) => post.labels.length === 0);
  const cleanAlarms = clean.filter((post) => outcomeOf(outcomes, post.id).alarm).length;
  const cleanNoticed = clean.filter((post) => outcomeOf(outcomes, post.id).flagged.size > 0).length;
  return {
    categories,
    micro: counts(sum('tp'), sum('fp'), sum('fn')),
    cleanPosts: clean.length,
    cleanAlarms,
    cleanAlarmShare: ratio(cleanAlarms, clean.length),
    cleanNoticed,
    cleanNoticedShare: ratio(cleanNoticed, clean.length),
    errors,
  };
}

/** The ids of the posts an outcome map flags for one category (to score a checker like a peer). */
export function idsFlaggedFor(outcomes: ReadonlyMap<string, Outcome>, category: Category): Set<string> {
  return new Set([...outcomes].filter(([, outcome]) => outcome.flagged.has(category)).map(([id]) => id));
}

export function scorePeer(
  posts: readonly LabelledPost[],
  category: Category,
  flaggedIds: ReadonlySet<string>,
): PeerScore {
  const positives = posts.filter((post) => post.labels.includes(category));
  const negatives = posts.filter((post) => !post.labels.includes(category));
  const tp = positives.filter((post) => flaggedIds.has(post.id)).length;
  const falseAlarms = negatives.filter((post) => flaggedIds.has(post.id)).length;
  return {
    category,
    support: positives.length,
    tp,
    recall: ratio(tp, positives.length),
    negatives: negatives.length,
    falseAlarms,
    falseAlarmRate: ratio(falseAlarms, negatives.length),
  };
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Nearest-rank percentile (p in 0..1) of a list of timings. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

function outcomeOf(outcomes: ReadonlyMap<string, Outcome>, id: string): Outcome {
  const outcome = outcomes.get(id);
  if (!outcome) throw new Error(`no outcome for post ${id}`);
  return outcome;
}
