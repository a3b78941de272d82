import { describe, expect, it } from 'vitest';
import { runPackExamples } from '../../../rules/engine/index.ts';
import { flagged, loadFixture, oneRuleYaml, packErrorOf, ruleChecker } from './helpers.ts';

const org = { name: 'Northwind Cloud', aliases: ['Northwind', 'NW Cloud'], competitors: ['Contoso', 'Fabrikam'], ticker: 'NWCL' };

describe('{org.*} inside terms', () => {
  it('expands a list key to every value', () => {
    const c = ruleChecker({ type: 'terms', terms: ['{org.competitors} is hiring'] }, { org });
    expect(flagged(c, 'Contoso is hiring. Fabrikam is hiring. Initech is hiring.')).toEqual(['Contoso is hiring', 'Fabrikam is hiring']);
  });

  it('expands {org.name} to the name and every alias', () => {
    const c = ruleChecker({ type: 'terms', terms: ['join {org.name}'] }, { org });
    expect(flagged(c, 'Join Northwind Cloud! Join NW Cloud. Join Northwind. Join Contoso.')).toEqual([
      'Join Northwind Cloud',
      'Join NW Cloud',
      'Join Northwind',
    ]);
  });

  it('expands single values, and several placeholders to every combination', () => {
    expect(flagged(ruleChecker({ type: 'terms', terms: ['${org.ticker} to the moon'] }, { org }), '$NWCL to the moon')).toEqual(['$NWCL to the moon']);
    const c = ruleChecker({ type: 'terms', terms: ['{org.name} beats {org.competitors}'] }, { org });
    expect(flagged(c, 'NW Cloud beats Fabrikam. Northwind beats Contoso. Contoso beats Northwind.')).toEqual([
      'NW Cloud beats Fabrikam',
      'Northwind beats Contoso',
    ]);
  });

  it('fills the replacement with the same values as the term', () => {
    const c = ruleChecker({ type: 'terms', terms: { '{org.competitors} sucks': '{org.competitors} is not for me' } }, { org, fix: '{replacement}' });
    expect(c.check('Fabrikam sucks')[0]?.fixes?.[0]?.replacement).toBe('Fabrikam is not for me');
  });

  it('drops a term whose placeholder has no value, never matching it as written', () => {
    const c = ruleChecker({ type: 'terms', terms: ['{org.codenames} team', 'skunkworks'] }, { org });
    expect(flagged(c, 'The {org.codenames} team and the  team. Our skunkworks.')).toEqual(['skunkworks']);
    const silent = ruleChecker({ type: 'terms', terms: ['{org.codenames} team'] });
    expect(silent.check('The {org.codenames} team')).toEqual([]);
  });

  it('escapes what the profile says, so a value is matched as text', () => {
    const c = ruleChecker({ type: 'terms', terms: ['try {org.products}'] }, { org: { products: ['Edge (beta)', 'C++ SDK'] } });
    expect(flagged(c, 'Try Edge (beta) and try C++ SDK, try Edge beta')).toEqual(['Try Edge (beta)', 'try C++ SDK']);
  });
});

const packError = (terms: string) => packErrorOf(oneRuleYaml(`    match:\n      type: terms\n      terms:\n${terms}`));

describe('placeholder mistakes', () => {
  it('name the unknown key, the rule, line and column', () => {
    const error = packError('        - fine\n        - "{org.company} is hiring"\n');
    expect(error.message).toMatch(/^p\.yaml:14:11: rule p\.r: rules\.0\.match\.terms\.1: unknown placeholder \{org\.company\} in "\{org\.company\} is hiring": terms take the profile's keys, \{org\.name\}/);
  });

  it('reject placeholders that are not profile keys, in a map of replacements too', () => {
    const error = packError('        "{match} is hiring": "x"\n');
    expect(error.line).toBe(13);
    expect(error.reason).toMatch(/unknown placeholder \{match\}/);
  });

  it('bind a placeholder written twice to one value, and reject a profile that expands one term past 500', () => {
    const many = { competitors: Array.from({ length: 30 }, (_, i) => `Rival${i}`) };
    const match = { type: 'terms' as const, terms: ['{org.competitors} or {org.competitors}'] };
    expect(flagged(ruleChecker(match, { org: many }), 'Rival1 or Rival1. Rival1 or Rival2.')).toEqual(['Rival1 or Rival1']);
    const pair = { type: 'terms' as const, terms: ['{org.competitors} {org.name}'] };
    const names = { ...many, name: 'N', aliases: Array.from({ length: 20 }, (_, i) => `A${i}`) };
    expect(() => ruleChecker(pair, { org: names })).toThrow(/expands to more than 500 terms/);
  });
});

describe('fixtures/org-placeholders.yaml', () => {
  const { pack, checker } = loadFixture('org-placeholders');

  it('passes its own examples', () => {
    expect(runPackExamples(checker, pack)).toEqual([]);
  });

  it('offers the comparison fix with the spelling the post used', () => {
    const text = 'NW Cloud vs Contoso, round two';
    const [finding] = checker.check(text).filter((f) => f.ruleId === 'fixture.versus');
    expect(text.slice(finding!.start, finding!.end)).toBe('NW Cloud vs Contoso');
    expect(finding!.fixes?.[0]?.replacement).toBe('NW Cloud compared with Contoso');
  });
});
