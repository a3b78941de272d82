import { describe, expect, it } from 'vitest';
import { compilePacks, PackError } from '../../rules/engine/index.ts';
import { core, findingOf, orgPack, ruleIds } from './helpers.ts';

const ORG = `org:\n  name: Acme\n  products: [Acme Rocket]\n`;

describe('an organisation pack overriding core rules', () => {
  it('can switch a core rule off', () => {
    const checker = compilePacks([core, orgPack(`${ORG}overrides:\n  core.inclusive-language.gendered: { enabled: false }\n`)]);
    expect(ruleIds(checker, 'Thanks guys, great sprint!')).not.toContain('core.inclusive-language.gendered');
    expect(checker.rules.some((r) => r.id === 'core.inclusive-language.gendered')).toBe(false);
  });

  it('can make a core rule stricter or softer', () => {
    const checker = compilePacks([
      core,
      orgPack(`${ORG}overrides:\n  core.respect.profanity: { severity: block }\n  core.claims.absolute: { severity: tip }\n`),
    ]);
    expect(findingOf(checker, 'This deploy is a total shitshow.', 'core.respect.profanity')?.severity).toBe('block');
    expect(findingOf(checker, 'Acme Rocket is 100% secure.', 'core.claims.absolute')?.severity).toBe('tip');
    expect(checker.rules.find((r) => r.id === 'core.respect.profanity')?.severity).toBe('block');
  });

  it('fills the core rules that read the profile with its own facts', () => {
    const checker = compilePacks([core, orgPack(ORG)]);
    expect(ruleIds(checker, 'Honestly, Acme Rocket is amazing.', { platform: 'x' })).toContain('core.disclosure.product-endorsement');
    expect(ruleIds(checker, 'Honestly, Northwind Vault is amazing.', { platform: 'x' })).not.toContain('core.disclosure.product-endorsement');
  });

  it('names the rule when it overrides one that does not exist', () => {
    expect(() => compilePacks([core, orgPack(`${ORG}overrides:\n  core.respect.swearing: { enabled: false }\n`)])).toThrow(PackError);
    expect(() => compilePacks([core, orgPack(`${ORG}overrides:\n  core.respect.swearing: { enabled: false }\n`)])).toThrow(
      /core\.respect\.swearing/,
    );
  });

  it('points the policy of core findings at the organisation\'s own document', () => {
    const checker = compilePacks([core, orgPack(`policy:\n  title: Acme Social Media Policy\n  url: https://acme.example/policy\n${ORG}`)]);
    expect(findingOf(checker, 'Thanks jane@example.com for the help', 'core.personal-data.email')?.policy).toEqual({
      title: 'Acme Social Media Policy',
      section: 'Privacy and personal data',
      url: 'https://acme.example/policy',
    });
  });
});
