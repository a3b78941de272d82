/**
 * `npm run train:model` trains the policy model on tests/corpus/posts.jsonl and writes
 * rules/engine/model/weights.json. `npm run train:model -- --evaluate` instead prints the honest estimate:
 * leave-one-author-out (train without the posts x-1001…x-1110 and li-1001…li-1090, written by another
 * person, and test on them) and 5-fold cross-validation, each for the model alone and for its union with
 * the rules (core + Northwind). Thresholds are always chosen on the training posts only. `-- --bench` prints
 * the time to featurise and score a draft. `-- --test-corpus FILE` trains on all of posts.jsonl and prints the same
 * figures on another labeled file (figures only: for the lead's one measurement of a blind set).
 * Never reads tests/corpus/blind.jsonl.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { CATEGORY_IDS, type Category } from '../rules/engine/categories.ts';
import { loadChecker, loadPackFile } from '../rules/engine/node.ts';
import type { OrgProfile } from '../rules/engine/schema.ts';
import { MODEL_CATEGORIES, postFeatures, scorePost, sentenceFeatures, type ModelCategory, type ModelFile } from '../rules/engine/model/classifier.ts';
import { features } from '../rules/engine/model/features.ts';
import { assignFolds, chooseThreshold, DEFAULT_TRAIN_OPTIONS, encode, trainCategory, type TrainOptions } from '../rules/engine/model/train.ts';
import { loadCorpus, type CorpusPost } from '../tests/eval/corpus.ts';
import { loadNorthwindChecker, NORTHWIND_PACK, runPostcoach } from '../tests/eval/postcoach.ts';
import { formatTable } from '../tests/eval/report.ts';

const SEED = 20261127;
const FOLDS = 5;
const WEIGHTS_PATH = fileURLToPath(new URL('../rules/engine/model/weights.json', import.meta.url));

/**
 * Thresholds: on out-of-fold scores of the training posts, at most this share of a category's negatives
 * may reach its threshold, and never a probability below the floor.
 */
const NEGATIVE_BUDGET = Number(flagValue('--budget') ?? 0.003);
const THRESHOLD_FLOOR = 0.5;
/** `--rules-core FILE`: compare with the rules of another core pack (e.g. as of an earlier commit) instead of rules/packs/core.yaml. */
const RULES_CORE = flagValue('--rules-core');
/** …and at most this many of its clean posts: a tip on a clean post is what makes a coach feel like a nag. */
const CLEAN_BUDGET = Number(flagValue('--clean-budget') ?? 0);

const org: OrgProfile = loadPackFile(NORTHWIND_PACK).org ?? {};
const featureCache = new Map<string, string[]>();
const featuresOf = (post: CorpusPost) => {
  let cached = featureCache.get(post.id);
  if (!cached) featureCache.set(post.id, (cached = post.lang === 'en' ? postFeatures(sentenceFeatures(post.text, org)) : []));
  return cached;
};

/** Weights for every category, without thresholds. */
function fitWeights(train: readonly CorpusPost[], options: TrainOptions) {
  const encoded = encode(train.map(featuresOf), options.minCount);
  return Object.fromEntries(
    MODEL_CATEGORIES.map((category) => [category, trainCategory(encoded, train.map((p) => p.labels.includes(category)), options)]),
  ) as Record<ModelCategory, ReturnType<typeof trainCategory>>;
}

/** Each post's probability per category (0 where the model does not score the text). */
function scoresOf(model: ModelFile, posts: readonly CorpusPost[]): Map<string, Map<ModelCategory, number>> {
  return new Map(
    posts.map((post) => {
      const scored = post.lang === 'en' ? scorePost(model, post.text, org) : undefined;
      return [post.id, new Map(MODEL_CATEGORIES.map((c) => [c, scored?.get(c)?.probability ?? 0]))];
    }),
  );
}

function withThresholds(weights: ReturnType<typeof fitWeights>, thresholds: Record<ModelCategory, number>, trainedBy: string): ModelFile {
  return {
    version: 1,
    trainedBy,
    categories: Object.fromEntries(
      MODEL_CATEGORIES.map((c) => [c, { bias: weights[c].bias, threshold: thresholds[c], weights: weights[c].weights }]),
    ) as ModelFile['categories'],
  };
}

/** Trains on `train` and sets each threshold from out-of-fold scores on `train` itself. */
function fitModel(train: readonly CorpusPost[], options: TrainOptions, trainedBy: string): ModelFile {
  const folds = assignFolds(train.length, FOLDS, SEED);
  const outOfFold = new Map<string, Map<ModelCategory, number>>();
  const placeholder = Object.fromEntries(MODEL_CATEGORIES.map((c) => [c, 1])) as Record<ModelCategory, number>;
  for (let k = 0; k < FOLDS; k++) {
    const inner = withThresholds(fitWeights(train.filter((_, i) => folds[i] !== k), options), placeholder, '');
    for (const [id, scores] of scoresOf(inner, train.filter((_, i) => folds[i] === k))) outOfFold.set(id, scores);
  }
  const thresholds = Object.fromEntries(
    MODEL_CATEGORIES.map((c) => {
      const score = (p: CorpusPost) => outOfFold.get(p.id)!.get(c)!;
      const negatives = train.filter((p) => !p.labels.includes(c)).map(score);
      const anyNegative = chooseThreshold(negatives, Math.floor(NEGATIVE_BUDGET * negatives.length), THRESHOLD_FLOOR);
      const clean = chooseThreshold(train.filter((p) => p.labels.length === 0).map(score), CLEAN_BUDGET, THRESHOLD_FLOOR);
      return [c, Math.max(anyNegative, clean)];
    }),
  ) as Record<ModelCategory, number>;
  return withThresholds(fitWeights(train, options), thresholds, trainedBy);
}

/** The categories the model flags on each post. */
function predict(model: ModelFile, posts: readonly CorpusPost[]): Map<string, Set<ModelCategory>> {
  const scores = scoresOf(model, posts);
  return new Map(
    posts.map((p) => [p.id, new Set(MODEL_CATEGORIES.filter((c) => scores.get(p.id)!.get(c)! >= model.categories[c].threshold))]),
  );
}

const isOtherAuthor = (post: CorpusPost) => /^(x|li)-1\d{3}$/.test(post.id);

// ─── reporting ───

interface Counts { tp: number; fp: number; fn: number }
const recall = (c: Counts) => (c.tp + c.fn === 0 ? '—' : (c.tp / (c.tp + c.fn)).toFixed(3));
const precision = (c: Counts) => (c.tp + c.fp === 0 ? '—' : (c.tp / (c.tp + c.fp)).toFixed(3));

function countFor(posts: readonly CorpusPost[], category: Category, flagged: (post: CorpusPost) => boolean): Counts {
  const counts = { tp: 0, fp: 0, fn: 0 };
  for (const post of posts) {
    const labelled = post.labels.includes(category);
    const hit = flagged(post);
    if (labelled && hit) counts.tp++;
    else if (labelled) counts.fn++;
    else if (hit) counts.fp++;
  }
  return counts;
}

function report(title: string, posts: readonly CorpusPost[], modelFlags: Map<string, Set<ModelCategory>>, listPosts = true): void {
  const rules = runPostcoach(RULES_CORE ? loadChecker([RULES_CORE, NORTHWIND_PACK]) : loadNorthwindChecker(), posts).outcomes;
  const rulesFlag = (post: CorpusPost, c: Category) => rules.get(post.id)!.flagged.has(c);
  const modelFlag = (post: CorpusPost, c: Category) => (modelFlags.get(post.id) as Set<string>).has(c);
  const clean = posts.filter((p) => p.labels.length === 0);
  const rows: string[][] = [];
  const totals = { rules: { tp: 0, fp: 0, fn: 0 }, union: { tp: 0, fp: 0, fn: 0 }, model: { tp: 0, fp: 0, fn: 0 } };
  const modelCategoryTotals = { rules: { tp: 0, fp: 0, fn: 0 }, union: { tp: 0, fp: 0, fn: 0 } };
  for (const category of CATEGORY_IDS) {
    const byRules = countFor(posts, category, (p) => rulesFlag(p, category));
    const byModel = countFor(posts, category, (p) => modelFlag(p, category));
    const byUnion = countFor(posts, category, (p) => rulesFlag(p, category) || modelFlag(p, category));
    for (const key of ['tp', 'fp', 'fn'] as const) {
      totals.rules[key] += byRules[key];
      totals.union[key] += byUnion[key];
      totals.model[key] += byModel[key];
    }
    if (!(MODEL_CATEGORIES as readonly string[]).includes(category)) continue;
    for (const key of ['tp', 'fp', 'fn'] as const) {
      modelCategoryTotals.rules[key] += byRules[key];
      modelCategoryTotals.union[key] += byUnion[key];
    }
    const cleanTips = clean.filter((p) => modelFlag(p, category)).length;
    rows.push([
      category,
      String(byRules.tp + byRules.fn),
      recall(byModel), `${byModel.fp} (${cleanTips})`, recall(byRules), recall(byUnion),
      `+${byUnion.tp - byRules.tp}`, precision(byRules), precision(byUnion),
    ]);
  }
  const cleanWithTip = clean.filter((p) => modelFlags.get(p.id)!.size > 0).length;
  console.log(`\n## ${title}: ${posts.length} posts, ${clean.length} clean; rules: ${RULES_CORE ?? 'rules/packs/core.yaml'} + northwind\n`);
  console.log(
    formatTable(
      ['category', 'support', 'model R', 'model FP (clean)', 'rules R', 'union R', 'gain', 'rules P', 'union P'],
      rows,
    ),
  );
  console.log(
    `\nAll ${CATEGORY_IDS.length} categories (micro): rules recall ${recall(totals.rules)}, union recall ${recall(totals.union)} ` +
      `(+${totals.union.tp - totals.rules.tp} posts·labels, +${((totals.union.tp - totals.rules.tp) / Math.max(1, totals.rules.tp + totals.rules.fn)).toFixed(3)}); ` +
      `rules precision ${precision(totals.rules)}, union precision ${precision(totals.union)}`,
  );
  const m = modelCategoryTotals;
  console.log(
    `The ${MODEL_CATEGORIES.length} model categories (micro): rules recall ${recall(m.rules)}, union recall ${recall(m.union)} ` +
      `(+${((m.union.tp - m.rules.tp) / Math.max(1, m.rules.tp + m.rules.fn)).toFixed(3)}); ` +
      `rules precision ${precision(m.rules)}, union precision ${precision(m.union)}`,
  );
  console.log(
    `Model alone (7 categories): ${totals.model.tp} true, ${totals.model.fp} false flags. Clean posts with a model tip: ${cleanWithTip}/${clean.length} ` +
      `(${((100 * cleanWithTip) / Math.max(1, clean.length)).toFixed(1)} %)`,
  );
  const added = posts.flatMap((p) => MODEL_CATEGORIES.filter((c) => modelFlag(p, c) && !rulesFlag(p, c)).map((c) => `${p.id}:${c}${p.labels.includes(c) ? '' : ' (FALSE)'}`));
  if (listPosts) console.log(`Model flags the rules do not make: ${added.length === 0 ? 'none' : added.join(', ')}`);
  else console.log(`Model flags the rules do not make: ${added.length}, of them ${added.filter((a) => a.endsWith('(FALSE)')).length} false`);
}

// ─── modes ───

function flagValue(flag: string): string | undefined {
  const at = process.argv.indexOf(flag);
  return at === -1 ? undefined : process.argv[at + 1];
}

const posts = loadCorpus();
const options: TrainOptions = {
  ...DEFAULT_TRAIN_OPTIONS,
  ...(flagValue('--positive-weight') ? { positiveWeight: Number(flagValue('--positive-weight')) } : {}),
  ...(flagValue('--l2') ? { l2: Number(flagValue('--l2')) } : {}),
};
const describe = (train: string) =>
  `scripts/train-model.ts on ${train}, seed ${SEED}, ${FOLDS} inner folds, negative budget ${NEGATIVE_BUDGET}, clean budget ${CLEAN_BUDGET}, ${JSON.stringify(options)}`;

if (process.argv.includes('--bench')) {
  // Speed of featurising and scoring a draft, on corpus posts cut or repeated to 280 and 3,000 characters.
  const model = JSON.parse(readFileSync(WEIGHTS_PATH, 'utf8')) as ModelFile;
  const english = posts.filter((p) => p.lang === 'en').map((p) => p.text);
  for (const length of [280, 3000]) {
    const texts = english.map((t) => t.repeat(Math.ceil(length / t.length)).slice(0, length));
    for (const [name, run] of [
      ['features', (t: string) => features(t, org)],
      ['scorePost (sentences + post, 7 categories)', (t: string) => scorePost(model, t, org)],
    ] as const) {
      for (const t of texts) run(t); // warm-up
      const times = texts.map((t) => {
        const started = performance.now();
        for (let i = 0; i < 20; i++) run(t);
        return (performance.now() - started) / 20;
      });
      times.sort((a, b) => a - b);
      console.log(`${name}, ${length} chars: median ${times[times.length >> 1]!.toFixed(4)} ms, p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(4)} ms`);
    }
  }
} else if (flagValue('--test-corpus')) {
  // Trained on every post of posts.jsonl, tested on another labeled file: figures only, no post is named, so a
  // blind set stays unread by whoever runs it.
  const testPosts = loadCorpus(flagValue('--test-corpus'));
  const model = fitModel(posts, options, '');
  report(`Trained on posts.jsonl, tested on ${flagValue('--test-corpus')}`, testPosts, predict(model, testPosts), false);
} else if (process.argv.includes('--evaluate')) {
  const cvOnly = process.argv.includes('--cv-only');
  console.log(`Options: ${JSON.stringify(options)}; threshold budget ${NEGATIVE_BUDGET} of each category's negatives and ${CLEAN_BUDGET} clean posts, floor ${THRESHOLD_FLOOR}`);
  if (!process.argv.includes('--loao-only')) {
    // 5-fold CV over all posts, or (--cv-only, for choosing options) over the first author's posts only.
    const pool = cvOnly ? posts.filter((p) => !isOtherAuthor(p)) : posts;
    const folds = assignFolds(pool.length, FOLDS, SEED + 1);
    const flags = new Map<string, Set<ModelCategory>>();
    for (let k = 0; k < FOLDS; k++) {
      const model = fitModel(pool.filter((_, i) => folds[i] !== k), options, '');
      for (const [id, set] of predict(model, pool.filter((_, i) => folds[i] === k))) flags.set(id, set);
    }
    report(`5-fold cross-validation${cvOnly ? ' on the first author’s posts' : ''} (out-of-fold)`, pool, flags);
  }
  if (!cvOnly) {
    const heldOut = posts.filter(isOtherAuthor);
    const model = fitModel(posts.filter((p) => !isOtherAuthor(p)), options, '');
    report('Leave one author out (trained without x-1001…x-1110 and li-1001…li-1090, tested on them)', heldOut, predict(model, heldOut));
  }
} else {
  const model = fitModel(posts, options, describe(`tests/corpus/posts.jsonl (${posts.length} posts)`));
  writeFileSync(WEIGHTS_PATH, `${JSON.stringify(model)}\n`);
  const thresholds = MODEL_CATEGORIES.map((c) => `${c} ${model.categories[c].threshold} (${Object.keys(model.categories[c].weights).length} features)`);
  console.log(`Wrote ${WEIGHTS_PATH} (${(statSync(WEIGHTS_PATH).size / 1024).toFixed(1)} kB): ${thresholds.join(', ')}`);
}
