import { MatcherError, PackError } from './errors.ts';
import { compileMatcherInSteps, newCompileEnv, type CompileEnv, type MatcherNode } from './matchers/index.ts';
import type { LocalizedText, OrgProfile, Pack, Rule } from './schema.ts';
import { locationOf } from './source-map.ts';
import { drain, type Steps } from './steps.ts';
import type { Category, Platform, PolicyRef, Severity } from './types.ts';

/** A rule as the UI and tools see it, after the packs' overrides. */
export interface RuleInfo {
  id: string;
  packId: string;
  category: Category;
  severity: Severity;
  message: LocalizedText;
  why: LocalizedText;
  policy?: PolicyRef;
  platforms?: Platform[];
  active?: { from?: string; until?: string };
  fix?: Rule['fix'];
  examples: Rule['examples'];
  examplePlatform?: Platform;
}

export interface CompiledRule {
  info: RuleInfo;
  node: MatcherNode;
}

export interface CompiledPacks {
  rules: CompiledRule[];
  /** Position of each rule id in pack order: earlier rules win ties between overlapping findings. */
  ruleOrder: ReadonlyMap<string, number>;
  org: OrgProfile;
  packs: { id: string; version: string; title: string }[];
}

/**
 * Resolves `extends` and `overrides` into one ordered rule list and compiles every matcher.
 * A cycle, an unknown pack id, a duplicate rule or an override of an unknown rule is an error.
 */
export function resolveAndCompile(packs: readonly Pack[], options: { org?: OrgProfile } = {}): CompiledPacks {
  return drain(resolveAndCompileInSteps(packs, options));
}

/** resolveAndCompile, yielding after each leaf matcher it compiles. */
export function* resolveAndCompileInSteps(packs: readonly Pack[], options: { org?: OrgProfile } = {}): Steps<CompiledPacks> {
  const ordered = orderByExtends(packs);
  const org: OrgProfile = options.org ?? Object.assign({}, ...ordered.map((p) => p.org ?? {}));
  const policyDocument = [...ordered].reverse().find((p) => p.policy)?.policy;

  const env = newCompileEnv(org);
  const rules: CompiledRule[] = [];
  const owner = new Map<string, Pack>();
  for (const pack of ordered) {
    for (const [index, rule] of pack.rules.entries()) {
      const where = locationOf(pack, `pack ${pack.id}`);
      if (owner.has(rule.id)) {
        throw new PackError(`rule id "${rule.id}" is already defined by pack "${owner.get(rule.id)!.id}"`, {
          file: where.file,
          ...where.locate(['rules', index, 'id']),
          ruleId: rule.id,
        });
      }
      owner.set(rule.id, pack);
      rules.push({ info: ruleInfo(rule, pack.id, policyDocument), node: yield* compileRuleMatcher(rule, index, pack, env) });
    }
  }
  applyOverrides(ordered, rules);
  return {
    rules,
    ruleOrder: new Map(rules.map((r, i) => [r.info.id, i])),
    org,
    packs: ordered.map(({ id, version, title }) => ({ id, version, title })),
  };
}

function* compileRuleMatcher(rule: Rule, index: number, pack: Pack, env: CompileEnv): Steps<MatcherNode> {
  try {
    return yield* compileMatcherInSteps(rule.match, env);
  } catch (error) {
    if (!(error instanceof MatcherError)) throw error;
    const where = locationOf(pack, `pack ${pack.id}`);
    throw new PackError(error.message, { file: where.file, ...where.locate(['rules', index, 'match']), ruleId: rule.id });
  }
}

function ruleInfo(rule: Rule, packId: string, document: Pack['policy']): RuleInfo {
  const policy: PolicyRef | undefined =
    document || rule.policy
      ? { title: document?.title ?? 'Social media guidelines', section: rule.policy?.section, url: rule.policy?.url ?? document?.url }
      : undefined;
  return {
    id: rule.id,
    packId,
    category: rule.category,
    severity: rule.severity,
    message: rule.message,
    why: rule.why,
    policy,
    platforms: rule.platforms,
    active: rule.active,
    fix: rule.fix,
    examples: rule.examples,
    examplePlatform: rule.examplePlatform,
  };
}

/** Packs in dependency order: every pack after the packs it extends; each pack once. */
function orderByExtends(packs: readonly Pack[]): Pack[] {
  const byId = new Map<string, Pack>();
  for (const pack of packs) {
    if (byId.has(pack.id) && byId.get(pack.id) !== pack) {
      throw new PackError(`two packs have the id "${pack.id}"`, { file: locationOf(pack, `pack ${pack.id}`).file });
    }
    byId.set(pack.id, pack);
  }
  const ordered: Pack[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (pack: Pack, chain: string[]) => {
    if (state.get(pack.id) === 'done') return;
    if (state.get(pack.id) === 'visiting') {
      throw new PackError(`"extends" forms a cycle: ${[...chain, pack.id].join(' → ')}`, { file: locationOf(pack, `pack ${pack.id}`).file });
    }
    state.set(pack.id, 'visiting');
    (pack.extends ?? []).forEach((parentId, index) => {
      const parent = byId.get(parentId);
      if (!parent) {
        const where = locationOf(pack, `pack ${pack.id}`);
        throw new PackError(`extends unknown pack "${parentId}" (loaded: ${[...byId.keys()].join(', ')})`, {
          file: where.file,
          ...where.locate(['extends', index]),
        });
      }
      visit(parent, [...chain, pack.id]);
    });
    state.set(pack.id, 'done');
    ordered.push(pack);
  };
  for (const pack of packs) visit(pack, []);
  return ordered;
}

function applyOverrides(ordered: Pack[], rules: CompiledRule[]): void {
  const byId = new Map(rules.map((r) => [r.info.id, r]));
  const disabled = new Set<string>();
  for (const pack of ordered) {
    for (const [ruleId, override] of Object.entries(pack.overrides ?? {})) {
      const target = byId.get(ruleId);
      if (!target) {
        const where = locationOf(pack, `pack ${pack.id}`);
        throw new PackError(`overrides unknown rule "${ruleId}"`, { file: where.file, ...where.locate(['overrides', ruleId]), ruleId });
      }
      if (override.severity) target.info.severity = override.severity;
      if (override.enabled === false) disabled.add(ruleId);
      if (override.enabled === true) disabled.delete(ruleId);
    }
  }
  for (let i = rules.length - 1; i >= 0; i--) if (disabled.has(rules[i]!.info.id)) rules.splice(i, 1);
}
