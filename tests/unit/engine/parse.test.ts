import { describe, expect, it } from 'vitest';
import { parsePack } from '../../../rules/engine/index.ts';
import { packErrorOf } from './helpers.ts';

const errorOf = (source: string) => packErrorOf(source, 'packs/bad.yaml');

const header = 'id: bad\nversion: 1.0.0\ntitle: Bad\nrules:\n';
const rule = (fields: string) =>
  `  - id: bad.rule\n    category: respect\n    severity: warn\n    message: Hi\n    why: Because\n    match: { type: terms, terms: [x] }\n    examples: { bad: [x], good: [y] }\n${fields}`;

describe('parsePack', () => {
  it('reads YAML and JSON', () => {
    expect(parsePack(header + rule(''), 'a.yaml').rules[0]?.id).toBe('bad.rule');
    expect(parsePack('{"id":"j","version":"1.0.0","title":"J","rules":[]}', 'a.json').id).toBe('j');
  });

  it('names file, line and column of a YAML syntax error', () => {
    const error = errorOf('id: bad\nversion: [1.0.0\ntitle: x\n');
    expect(error.file).toBe('packs/bad.yaml');
    expect(error.line).toBeGreaterThan(1);
    expect(error.message).toMatch(/^packs\/bad\.yaml:\d+:\d+: not valid YAML or JSON/);
  });

  it('names the rule, the line and the reason for an unknown category', () => {
    const error = errorOf(header + rule('').replace('category: respect', 'category: gossip'));
    expect(error.ruleId).toBe('bad.rule');
    expect(error.line).toBe(6);
    expect(error.reason).toMatch(/rules\.0\.category: .*disclosure/);
  });

  it('rejects unknown keys and missing examples', () => {
    expect(errorOf(header + rule('    colour: red\n')).reason).toMatch(/colour/);
    expect(errorOf(header + rule('').replace('examples: { bad: [x], good: [y] }', 'examples: { bad: [x], good: [] }')).reason).toMatch(/good/);
  });

  it('shares a matcher through an anchor many times, but stops an alias bomb with a clear error', () => {
    const shared = `  - id: bad.shared\n    category: respect\n    severity: warn\n    message: Hi\n    why: Because\n    match: &words { type: any, of: [{ type: terms, terms: [x] }] }\n    examples: { bad: [x], good: [y] }\n`;
    const reuse = (n: number) => rule('').replace('bad.rule', `bad.rule${n}`).replace('{ type: terms, terms: [x] }', '*words');
    const pack = parsePack(header + shared + Array.from({ length: 120 }, (_, n) => reuse(n)).join(''), 'a.yaml');
    expect(pack.rules).toHaveLength(121);

    const levels = Array.from({ length: 12 }, (_, n) => `l${n + 1}: &l${n + 1} [${Array(9).fill(`*l${n}`).join(', ')}]`);
    const bomb = `${header}  []\nl0: &l0 [lol]\n${levels.join('\n')}\n`;
    expect(errorOf(bomb).message).toMatch(/^packs\/bad\.yaml: YAML aliases expand too much/);
  });

  it('rejects an organisation profile key that policy.md does not define', () => {
    expect(errorOf('id: o\nversion: 1.0.0\ntitle: O\norg:\n  name: N\n  ceo: Someone\n').reason).toMatch(/ceo/);
  });
});
