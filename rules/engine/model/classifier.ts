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

const weightMaps = new WeakMap<CategoryWeights, Map<string, number>>();

export function probability(model: CategoryWeights, featureList: readonly string[]): number {
  let weights = weightMaps.get(model);
  if (!weights) weightMaps.set(model, (weights = new Map(Object.entries(model.weights))));
  let logit = model.bias;
  for (const feature of featureList) logit += weights.get(feature) ?? 0;
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
const MAX_SCORED_LENGTH = 20_000;

export interface SentenceFeatures {
  start: number;
  end: number;
  features: string[];
}

/**
 * The features of each sentence of a text (offsets without the spaces around it); the post's features are
 * their union, so no bigram spans two sentences. Empty for text the model does not judge (mostly Cyrillic).
 */
export function sentenceFeatures(text: string, org: OrgProfile): SentenceFeatures[] {
  const scored = text.length > MAX_SCORED_LENGTH ? text.slice(0, MAX_SCORED_LENGTH) : text;
  if (isMostlyCyrillic(scored)) return [];
  return splitSegments(scored)
    .map(trimmed(scored))
    .filter((s) => s.end > s.start)
    .map((s) => ({ ...s, features: cachedFeatures(scored.slice(s.start, s.end), org) }));
}

/** Each sentence's features, kept while the draft is edited: a keystroke changes one sentence, not all. */
const featureCaches = new WeakMap<OrgProfile, Map<string, string[]>>();
const FEATURE_CACHE_SIZE = 2000;

function cachedFeatures(sentence: string, org: OrgProfile): string[] {
  let cache = featureCaches.get(org);
  if (!cache) featureCaches.set(org, (cache = new Map()));
  let found = cache.get(sentence);
  if (!found) {
    if (cache.size >= FEATURE_CACHE_SIZE) cache.clear();
    cache.set(sentence, (found = features(sentence, org)));
  }
  return found;
}

export function postFeatures(sentences: readonly SentenceFeatures[]): string[] {
  return sentences.length === 1 ? sentences[0]!.features : [...new Set(sentences.flatMap((s) => s.features))];
}

/**
 * Scores every sentence of a post and the post as a whole for each category. Returns undefined for text
 * the model cannot judge (empty, mostly Cyrillic).
 */
export function scorePost(model: ModelFile, text: string, org: OrgProfile): Map<ModelCategory, PostScore> | undefined {
  const sentences = sentenceFeatures(text, org);
  if (sentences.length === 0) return undefined;
  const whole = sentences.length > 1 ? postFeatures(sentences) : undefined;
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
