import { readFileSync } from 'node:fs';
import { compilePacks, PackError, parsePack, type Checker, type OrgProfile, type Pack } from '../../../rules/engine/index.ts';
import { PackSchema, type Matcher } from '../../../rules/engine/schema.ts';

/** A one-rule pack around a matcher, for testing a matcher kind on its own. */
export function ruleChecker(match: Matcher, extra: { org?: OrgProfile; fix?: string; severity?: 'block' | 'warn' | 'tip' | 'praise' } = {}): Checker {
  return compilePacks([packOf([{ id: 't.rule', match, fix: extra.fix, severity: extra.severity }], { org: extra.org })]);
}

export function packOf(
  rules: { id: string; match: Matcher; fix?: string; severity?: string; category?: string; examples?: { bad: string[]; good: string[] } }[],
  fields: Partial<Pick<Pack, 'id' | 'extends' | 'org' | 'overrides' | 'exampleOrg'>> = {},
): Pack {
  return PackSchema.parse({
    id: fields.id ?? 'test',
    version: '1.0.0',
    title: 'Test pack',
    ...fields,
    rules: rules.map((r) => ({
      id: r.id,
      match: r.match,
      fix: r.fix,
      category: r.category ?? 'respect',
      severity: r.severity ?? 'warn',
      message: 'Found {match}',
      why: 'Because.',
      examples: r.examples ?? { bad: ['x'], good: ['y'] },
    })),
  });
}

/** The flagged substrings, for readable assertions. */
export function flagged(checker: Checker, text: string, context = {}): string[] {
  return checker.check(text, context).map((f) => text.slice(f.start, f.end));
}

/** The PackError that parsePack throws for a source; fails the test when there is none. */
export function packErrorOf(source: string, file = 'p.yaml'): PackError {
  try {
    parsePack(source, file);
  } catch (error) {
    if (error instanceof PackError) return error;
    throw error;
  }
  throw new Error('expected a PackError');
}

/** A pack of one rule "p.r" in YAML; `ruleLines` are its match (and fix) lines, indented as rule fields, from line 10. */
export function oneRuleYaml(ruleLines: string): string {
  return `id: p\nversion: 1.0.0\ntitle: P\nrules:\n  - id: p.r\n    category: respect\n    severity: warn\n    message: m\n    why: w\n${ruleLines}    examples: { bad: [x], good: [y] }\n`;
}

/** A pack from tests/unit/engine/fixtures, parsed, and a checker of it alone. */
export function loadFixture(name: string): { pack: Pack; checker: Checker } {
  const file = `tests/unit/engine/fixtures/${name}.yaml`;
  const pack = parsePack(readFileSync(file, 'utf8'), file);
  return { pack, checker: compilePacks([pack]) };
}
