import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, runPackExamples } from '../../rules/engine/index.ts';
import { core, examples } from './helpers.ts';

describe('the core pack: shape of every rule', () => {
  it('is core 1.0.0', () => {
    expect(core.id).toBe('core');
    expect(core.version).toBe('1.0.0');
  });

  it.each(core.rules.map((r) => [r.id, r] as const))('%s is named core.<category>.<name> after its category', (id, rule) => {
    expect(id).toMatch(new RegExp(`^core\\.${rule.category}\\.[a-z0-9-]+$`));
  });

  it.each(core.rules.map((r) => [r.id, r] as const))('%s coaches in English and Russian and points at a policy section', (_, rule) => {
    for (const text of [rule.message, rule.why]) {
      expect(typeof text).toBe('object');
      const localized = text as Record<string, string>;
      expect(localized.en?.length).toBeGreaterThan(10);
      expect(localized.ru).toMatch(/[а-яё]/i);
    }
    expect(rule.policy?.section).toBeTruthy();
  });

  it.each(core.rules.map((r) => [r.id, r] as const))('%s has at least 3 bad and 2 good examples', (_, rule) => {
    expect(rule.examples.bad.length).toBeGreaterThanOrEqual(3);
    expect(rule.examples.good.length).toBeGreaterThanOrEqual(2);
  });

  it('passes every one of its own examples with the example profile', () => {
    expect(runPackExamples(examples, core)).toEqual([]);
  });

  it.each(CATEGORY_IDS.map((c) => [c]))('has a rule that flags %s', (category) => {
    expect(core.rules.some((r) => r.category === category && r.severity !== 'praise')).toBe(true);
  });

  it('praises a disclosure, "views are my own" and the official hashtag or handle', () => {
    const praise = core.rules.filter((r) => r.severity === 'praise').map((r) => r.category);
    expect(praise).toEqual(expect.arrayContaining(['disclosure', 'speaking-for-company', 'brand']));
  });

  it('blocks credentials and other people\'s identifiers, and only coaches inclusive language', () => {
    const severities = (category: string) => new Set(core.rules.filter((r) => r.category === category).map((r) => r.severity));
    expect([...severities('inclusive-language')]).toEqual(['tip']);
    expect(core.rules.filter((r) => r.category === 'credentials' && r.severity === 'block').length).toBeGreaterThanOrEqual(12);
    for (const id of ['core.personal-data.email', 'core.personal-data.payment-card', 'core.personal-data.iban', 'core.personal-data.us-ssn']) {
      expect(core.rules.find((r) => r.id === id)?.severity).toBe('block');
    }
  });
});
