import type { Detector } from '../detectors/types.ts';
import type { OrgProfile } from '../schema.ts';
import { MODEL_CATEGORIES, scorePost, type ModelCategory, type ModelFile, type PostScore } from './classifier.ts';
import weights from './weights.json' with { type: 'json' };

const MODEL = weights as ModelFile;

/**
 * The seven rules that use the model all score the same draft: the last draft's scores are kept so it is
 * featurised once, not once per rule.
 */
let last: { text: string; org: OrgProfile; scores: Map<ModelCategory, PostScore> | undefined } | undefined;

function scoresOf(text: string, org: OrgProfile): Map<ModelCategory, PostScore> | undefined {
  if (last?.text !== text || last.org !== org) last = { text, org, scores: scorePost(MODEL, text, org) };
  return last.scores;
}

function categoryOf(options: Readonly<Record<string, unknown>>): ModelCategory | undefined {
  const category = options['category'];
  return (MODEL_CATEGORIES as readonly unknown[]).includes(category) ? (category as ModelCategory) : undefined;
}

/**
 * A second opinion from a small text classifier (rules/engine/model/README.md): the sentence that reads
 * most like the category, when the post as a whole or one of its sentences passes the category's
 * threshold. English only; the profile's names are replaced by placeholders before scoring.
 */
export const policyModel: Detector = {
  name: 'policy-model',
  description: `The sentence a local text classifier scores as most like a category (options: category, one of ${MODEL_CATEGORIES.join(', ')}); English only.`,
  scope: 'post',
  validateOptions(options) {
    return categoryOf(options) === undefined
      ? `policy-model needs option "category", one of ${MODEL_CATEGORIES.join(', ')}`
      : undefined;
  },
  find(text, { org, options }) {
    const category = categoryOf(options);
    if (category === undefined) return [];
    const score = scoresOf(text, org)?.get(category);
    if (!score || score.probability < MODEL.categories[category].threshold) return [];
    return [{ start: score.best.start, end: score.best.end, label: category }];
  },
};
