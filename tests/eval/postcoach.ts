import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { compilePacks, type Pack } from '../../rules/engine/index.ts';
import { loadChecker, loadPacks } from '../../rules/engine/node.ts';
import type { CheckContext, Finding } from '../../rules/engine/types.ts';
import type { CorpusPost } from './corpus.ts';
import { outcomeFromFindings, type Outcome } from './metrics.ts';

export const NORTHWIND_PACK = fileURLToPath(new URL('../../rules/packs/examples/northwind.yaml', import.meta.url));

/**
 * The corpus is checked "as of" a fixed day outside Northwind's Q3 quiet period, so that date-bound
 * rules give the same figures whenever the evaluation runs.
 */
export const EVAL_NOW = new Date('2026-11-20T12:00:00Z');

export interface PostChecker {
  check(text: string, context?: CheckContext): Finding[];
}

export function loadNorthwindChecker(): PostChecker {
  return loadChecker([NORTHWIND_PACK]);
}

/** Core + Northwind packs, parsed and checked once; compile as many fresh checkers from them as needed. */
export function loadNorthwindPacks(): Pack[] {
  return loadPacks([NORTHWIND_PACK]);
}

/**
 * Checks the corpus twice with two checkers compiled from the same packs: the first run warms up the
 * JIT and lazily built parts (NLP), the second is measured. Each checker caches per segment, so the
 * measured one is fresh: no post is timed on a cache hit left by the warm-up.
 */
export function runPostcoachWarm(packs: readonly Pack[], posts: readonly CorpusPost[]): PostcoachRun {
  runPostcoach(compilePacks(packs), posts);
  return runPostcoach(compilePacks(packs), posts);
}

export interface PostcoachRun {
  outcomes: Map<string, Outcome>;
  msPerPost: number[];
}

export function runPostcoach(checker: PostChecker, posts: readonly CorpusPost[]): PostcoachRun {
  const outcomes = new Map<string, Outcome>();
  const msPerPost: number[] = [];
  for (const post of posts) {
    const started = performance.now();
    const findings = checker.check(post.text, { platform: post.platform, surface: 'post', now: EVAL_NOW });
    msPerPost.push(performance.now() - started);
    outcomes.set(post.id, outcomeFromFindings(findings));
  }
  return { outcomes, msPerPost };
}
