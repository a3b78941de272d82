/** The rule engine: pure and synchronous — same text and packs in, same findings out. Browser-safe. */
import { createChecker, type Checker } from './check.ts';
import { resolveAndCompileInSteps } from './compile.ts';
import { drain, type Steps } from './steps.ts';
import type { OrgProfile, Pack } from './schema.ts';

export { parsePack } from './parse.ts';
export { PackError } from './errors.ts';
export { runPackExamples, type ExampleFailure } from './examples.ts';
export { regexSources } from './matchers/index.ts';
export { localize } from './templates.ts';
export { MAX_CHECKED_LENGTH, type Checker } from './check.ts';
export type { RuleInfo } from './compile.ts';
export type { Pack, Rule, OrgProfile, LocalizedText } from './schema.ts';
export type { Finding, Fix, CheckContext, PolicyRef, Surface, Category, Severity, Platform } from './types.ts';
export { SURFACES } from './types.ts';
export { CATEGORY_IDS, SEVERITIES, SEVERITY_RANK, PLATFORMS } from './categories.ts';

export interface CompileOptions {
  /** Called when check() hits an internal error (it then returns no findings rather than throwing). */
  onInternalError?: (error: unknown) => void;
  /** Use this profile instead of the packs' own (e.g. a pack's exampleOrg when testing its examples). */
  org?: OrgProfile;
}

/** Resolves extends/overrides and compiles the packs into one checker. Throws PackError. */
export function compilePacks(packs: readonly Pack[], options: CompileOptions = {}): Checker {
  return drain(compilePacksInSteps(packs, options));
}

/** compilePacks, yielding after each leaf matcher, so a page can compile a pack in short slices (see incremental.ts). */
export function* compilePacksInSteps(packs: readonly Pack[], options: CompileOptions = {}): Steps<Checker> {
  return createChecker(yield* resolveAndCompileInSteps(packs, { org: options.org }), options.onInternalError);
}

/**
 * The options for running examples: the packs' own profile, or — when none of them has one — the
 * example profile that the packs ship (the core pack's), so org-dependent examples can trigger.
 */
export function exampleCompileOptions(packs: readonly Pack[]): CompileOptions {
  const hasOrg = packs.some((p) => p.org && Object.keys(p.org).length > 0);
  return { org: hasOrg ? undefined : packs.find((p) => p.exampleOrg)?.exampleOrg };
}

/** A checker for running examples (see exampleCompileOptions). */
export function compileForExamples(packs: readonly Pack[]): Checker {
  return compilePacks(packs, exampleCompileOptions(packs));
}
