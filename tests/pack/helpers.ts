import { compileForExamples, compilePacks, parsePack, type Checker, type CheckContext, type Finding, type Pack } from '../../rules/engine/index.ts';
import { loadCorePack, loadPackFile } from '../../rules/engine/node.ts';

export const core: Pack = loadCorePack();
export const northwind: Pack = loadPackFile('rules/packs/examples/northwind.yaml');

/** The core pack with the example organisation's profile, as an organisation would run it. */
export const withOrg: Checker = compilePacks([core, northwind]);
/** The core pack alone, no profile: what a user without an organisation pack gets. */
export const coreAlone: Checker = compilePacks([core]);
/** The core pack with its own example profile, as `pack test` runs its examples. */
export const examples: Checker = compileForExamples([core]);

/** An organisation pack extending core, written inline (YAML). */
export function orgPack(yaml: string): Pack {
  return parsePack(`id: acme\nversion: 1.0.0\ntitle: Acme\nextends: [core]\n${yaml}`, 'acme.yaml');
}

export function ruleIds(checker: Checker, text: string, context?: CheckContext): string[] {
  return checker.check(text, context).map((f) => f.ruleId);
}

export function findingOf(checker: Checker, text: string, ruleId: string, context?: CheckContext): Finding | undefined {
  return checker.check(text, context).find((f) => f.ruleId === ruleId);
}
