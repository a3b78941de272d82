/**
 * Training of the one-vs-rest classifiers: L2-regularised logistic regression on binary unigram and
 * bigram features, by full-batch Adam for a fixed number of steps from zero weights, so the same data
 * always gives the same weights. Node-side only (scripts/train-model.ts); the extension only scores.
 */
import type { CategoryWeights } from './classifier.ts';

export interface TrainOptions {
  /** L2 strength on the mean log-loss. */
  l2: number;
  /** A feature must occur in at least this many training texts to be learned. */
  minCount: number;
  /** Weight of a positive example relative to a negative one (positives are rare). */
  positiveWeight: number;
  /** Keep this many features per category, the largest |weight| first. */
  keep: number;
  steps: number;
  learningRate: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  l2: 0.0005,
  minCount: 2,
  positiveWeight: 3,
  keep: 700,
  steps: 400,
  learningRate: 0.05,
};

/** A vocabulary of the features frequent enough to learn, and each text as indices into it. */
export interface Encoded {
  vocabulary: string[];
  rows: Int32Array[];
}

export function encode(texts: readonly (readonly string[])[], minCount: number): Encoded {
  const counts = new Map<string, number>();
  for (const featureList of texts) for (const f of featureList) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = texts.map((featureList) => Int32Array.from(featureList.flatMap((f) => index.get(f) ?? [])));
  return { vocabulary, rows };
}

/** Weights of one category, pruned to the `keep` strongest features; the threshold is set by the caller. */
export function trainCategory(encoded: Encoded, labels: readonly boolean[], options: TrainOptions): Omit<CategoryWeights, 'threshold'> {
  const { rows, vocabulary } = encoded;
  const n = rows.length;
  const dim = vocabulary.length + 1; // the last slot is the bias
  const w = new Float64Array(dim);
  const m = new Float64Array(dim);
  const v = new Float64Array(dim);
  const grad = new Float64Array(dim);
  const sampleWeight = labels.map((y) => (y ? options.positiveWeight : 1));
  const totalWeight = sampleWeight.reduce((a, b) => a + b, 0);
  const [beta1, beta2, epsilon] = [0.9, 0.999, 1e-8];
  for (let step = 1; step <= options.steps; step++) {
    grad.fill(0);
    for (let i = 0; i < n; i++) {
      const row = rows[i]!;
      let logit = w[dim - 1]!;
      for (const j of row) logit += w[j]!;
      const error = (sampleWeight[i]! * (1 / (1 + Math.exp(-logit)) - (labels[i] ? 1 : 0))) / totalWeight;
      for (const j of row) grad[j] = grad[j]! + error;
      grad[dim - 1] = grad[dim - 1]! + error;
    }
    for (let j = 0; j < dim; j++) {
      const g = grad[j]! + (j < dim - 1 ? options.l2 * w[j]! : 0);
      m[j] = beta1 * m[j]! + (1 - beta1) * g;
      v[j] = beta2 * v[j]! + (1 - beta2) * g * g;
      const mHat = m[j]! / (1 - beta1 ** step);
      const vHat = v[j]! / (1 - beta2 ** step);
      w[j] = w[j]! - (options.learningRate * mHat) / (Math.sqrt(vHat) + epsilon);
    }
  }
  const strongest = vocabulary
    .map((feature, j) => [feature, w[j]!] as const)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, options.keep)
    .filter(([, weight]) => Math.abs(weight) >= 0.005);
  return {
    bias: round(w[dim - 1]!),
    weights: Object.fromEntries(strongest.map(([feature, weight]) => [feature, round(weight)])),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * The lowest threshold at which at most `allowed` of the negative scores reach it (and never below
 * `floor`): the model may speak only where, on texts it did not train on, it was almost never wrong.
 */
export function chooseThreshold(negativeScores: readonly number[], allowed: number, floor: number): number {
  const sorted = [...negativeScores].sort((a, b) => b - a);
  const cut = sorted[allowed];
  const above = cut === undefined ? floor : cut + 1e-6;
  return Math.min(0.999, Math.max(floor, round4(above)));
}

function round4(x: number): number {
  return Math.ceil(x * 10000) / 10000;
}

/** A small seeded generator (mulberry32) for fold assignment. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fold number (0…k-1) of each of n items, shuffled by the seed, sizes as equal as possible. */
export function assignFolds(n: number, k: number, seed: number): number[] {
  const random = seededRandom(seed);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const folds = new Array<number>(n);
  order.forEach((item, position) => (folds[item] = position % k));
  return folds;
}
