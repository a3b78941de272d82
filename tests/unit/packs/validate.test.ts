import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../../lib/packs/validate.ts';
import { corePack } from '../../../rules/packs/core.ts';

const northwind = readFileSync(new URL('../../../rules/packs/examples/northwind.yaml', import.meta.url), 'utf8');

describe('validatePack (the engine)', () => {
  it('accepts the example organisation pack on top of core', () => {
    const result = validatePack(northwind, 'northwind.yaml', [corePack]);
    expect(result.ok && result.value.id).toBe('northwind');
  });

  it('names the file, line and reason of a schema error', () => {
    const result = validatePack('id: northwind\nversion: one\ntitle: x\n', 'broken.yaml', [corePack]);
    expect(!result.ok && result.rejection.code).toBe('invalid-pack');
    expect(!result.ok && result.rejection.message).toMatch(/^invalid pack: broken\.yaml:2:\d+.*versions are semantic/);
  });

  it('refuses a pack whose bad example does not trigger its rule', () => {
    const pack = {
      id: 'acme', version: '1.0.0', title: 'Acme',
      rules: [{
        id: 'acme.codename', category: 'confidential', severity: 'block', message: 'No codenames.', why: 'Confidential.',
        match: { type: 'terms', terms: ['Bluebird'] },
        examples: { bad: ['Redbird ships soon'], good: ['Our product ships soon'] },
      }],
    };
    const result = validatePack(JSON.stringify(pack), 'acme.json', [corePack]);
    expect(!result.ok && result.rejection.detail).toBe('rule acme.codename bad example "Redbird ships soon": bad example did not trigger the rule');
  });

  it('refuses a pack that overrides a rule that does not exist', () => {
    const result = validatePack('id: acme\nversion: 1.0.0\ntitle: Acme\nextends: [core]\noverrides:\n  no.such.rule: {severity: tip}\n', 'acme.yaml', [corePack]);
    expect(!result.ok && result.rejection.code).toBe('invalid-pack');
  });
});
