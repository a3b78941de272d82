import type { OrgProfile } from '../schema.ts';
import { splitSegments } from '../segments.ts';
import { features, isMostlyCyrillic } from './features.ts';

/** The categories the model is trained for: the ones the rules find by wording, not by a detector. */
export const MODEL_CATEGORIES = [
  'disclosure',
  'financial',
  'legal',
  'competitors',
  'speaking-for-company',
  'claims',
  'respect',
] as const;
export type ModelCategory = (typeof MODEL_CATEGORIES)[number];

/** One-vs-rest logistic regression for one category. */
export interface CategoryWeights {
  bias: number;
  /** The probability from which a text counts as "reads like" the category, chosen on training folds. */
  threshold: number;
  weights: Record<string, number>;
}

export interface ModelFile {
  version: 1;
  /** How the weights were made (script, seed, corpus), for whoever reads the file. */
  trainedBy: string;
  categories: Record<ModelCategory, CategoryWeights>;
}

export function probability(model: CategoryWeights, featureList: readonly string[]): number {
  let logit = model.bias;
  for (const feature of featureList) logit += model.weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-logit));
}

export interface SentenceScore {
  start: number;
  end: number;
  probability: number;
}

export interface PostScore {
  /** The highest of every sentence's and the whole post's probability. */
  probability: number;
  /** The sentence that scored highest (the whole post when it has one sentence). */
  best: SentenceScore;
}

/** Texts longer than this are scored on their first part only: bounded work in a keystroke's check. */
export const MAX_SCORED_LENGTH = 20_000;

/**
 * Scores every sentence of a post and the post as a whole for each category. Returns undefined for text
 * the model cannot judge (empty, mostly Cyrillic).
 */
export function scorePost(model: ModelFile, text: string, org: OrgProfile): Map<ModelCategory, PostScore> | undefined {
  const scored = text.length > MAX_SCORED_LENGTH ? text.slice(0, MAX_SCORED_LENGTH) : text;
  if (scored.trim() === '' || isMostlyCyrillic(scored)) return undefined;
  const sentences = splitSegments(scored)
    .map(trimmed(scored))
    .filter((s) => s.end > s.start)
    .map((s) => ({ ...s, features: features(scored.slice(s.start, s.end), org) }));
  const whole = sentences.length > 1 ? features(scored, org) : undefined;
  const scores = new Map<ModelCategory, PostScore>();
  for (const category of MODEL_CATEGORIES) {
    const weights = model.categories[category];
    let best: SentenceScore | undefined;
    for (const sentence of sentences) {
      const p = probability(weights, sentence.features);
      if (!best || p > best.probability) best = { start: sentence.start, end: sentence.end, probability: p };
    }
    if (!best) continue;
    const overall = whole ? Math.max(best.probability, probability(weights, whole)) : best.probability;
    scores.set(category, { probability: overall, best });
  }
  return scores;
}

function trimmed(text: string) {
  return ({ start, end }: { start: number; end: number }) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    return { start, end };
  };
}
