import { describe, expect, it } from 'vitest';
import twitter from 'twitter-text';
import { CATEGORY_IDS } from '../../rules/engine/categories.ts';
import { CORPUS_PATH, HOLDOUT_PATH, loadCorpus, parseCorpus } from '../eval/corpus.ts';

/** Labelling conventions of README.md that can be checked mechanically (the "platform" category). */
const X_WEIGHTED_LIMIT = 280;
const LINKEDIN_LIMIT = 3000;
const MAX_HASHTAGS = 5;
const SHORTENER = /\b(?:bit\.ly|tinyurl\.com|ow\.ly|buff\.ly|is\.gd|rb\.gy|cutt\.ly|goo\.gl)\//i;

const corpora = [
  { name: 'posts.jsonl', posts: loadCorpus(CORPUS_PATH), minPosts: 300, minPerCategory: 15, minRussian: 25, minPerPlatform: 50 },
  { name: 'blind.jsonl', posts: loadCorpus(HOLDOUT_PATH), minPosts: 200, minPerCategory: 18, minRussian: 25, minPerPlatform: 90 },
];

describe.each(corpora)('labeled corpus $name', ({ posts, minPosts, minPerCategory, minRussian, minPerPlatform }) => {
  it(`has at least ${minPosts} posts, each a valid line`, () => {
    expect(posts.length).toBeGreaterThanOrEqual(minPosts);
  });

  it('uses only policy.md category ids as labels', () => {
    const unknown = posts.flatMap((post) => post.labels).filter((label) => !CATEGORY_IDS.includes(label));
    expect(unknown).toEqual([]);
  });

  it.each(CATEGORY_IDS)(`has at least ${minPerCategory} posts labelled %s`, (category) => {
    expect(posts.filter((post) => post.labels.includes(category)).length).toBeGreaterThanOrEqual(minPerCategory);
  });

  it('is about a third clean', () => {
    const share = posts.filter((post) => post.labels.length === 0).length / posts.length;
    expect(share).toBeGreaterThan(0.28);
    expect(share).toBeLessThan(0.4);
  });

  it(`has both platforms and at least ${minRussian} Russian posts`, () => {
    expect(posts.filter((post) => post.lang === 'ru').length).toBeGreaterThanOrEqual(minRussian);
    expect(posts.filter((post) => post.platform === 'linkedin').length).toBeGreaterThanOrEqual(minPerPlatform);
    expect(posts.filter((post) => post.platform === 'x').length).toBeGreaterThanOrEqual(minPerPlatform);
  });

  it('labels platform wherever a post is too long, hashtags are stuffed or a shortener hides a link', () => {
    const unlabelled = posts.filter((post) => {
      const tooLong =
        post.platform === 'x'
          ? twitter.parseTweet(post.text).weightedLength > X_WEIGHTED_LIMIT
          : post.text.length > LINKEDIN_LIMIT;
      const stuffed = twitter.extractHashtags(post.text).length > MAX_HASHTAGS;
      return (tooLong || stuffed || SHORTENER.test(post.text)) && !post.labels.includes('platform');
    });
    expect(unlabelled.map((post) => post.id)).toEqual([]);
  });
});

describe('both corpora', () => {
  it('have unique ids across both files, so a post is never scored twice under one name', () => {
    const ids = corpora.flatMap(({ posts }) => posts.map((post) => post.id));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });
});

describe('parseCorpus', () => {
  const line = (post: object) => JSON.stringify({ id: 'x-001', platform: 'x', lang: 'en', text: 'hi', labels: [], ...post });

  it('reads JSON Lines and skips blank lines', () => {
    expect(parseCorpus(`${line({})}\n\n${line({ id: 'li-002', platform: 'linkedin' })}\n`)).toHaveLength(2);
  });

  it('names the line and the field of a bad post', () => {
    expect(() => parseCorpus(`${line({})}\n${line({ labels: ['rudeness'] })}`)).toThrow(/posts\.jsonl:2: labels\.0/);
    expect(() => parseCorpus(line({ labels: ['brand', 'brand'] }))).toThrow(/listed twice/);
    expect(() => parseCorpus(line({ id: 'li-001' }))).toThrow(/prefix/);
    expect(() => parseCorpus('{"id": "x-001",', 'blind.jsonl')).toThrow(/blind\.jsonl:1: not JSON/);
  });
});
