import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePack } from '../../../rules/engine/index.ts';
import { loadPackFile } from '../../../rules/engine/node.ts';
import { buildGallery } from '../../../demo/gallery.ts';
import { planFixes, problems } from '../../../demo/fix-plan.ts';
import { checkerFor, withOrgPack } from '../../../demo/packs.ts';
import { healthRows } from '../../../demo/health.ts';

const core = loadPackFile(new URL('../../../rules/packs/core.yaml', import.meta.url).pathname);
const checker = checkerFor([core]);
const gallery = buildGallery(checker, 'en');
const all = gallery.flatMap((s) => s.scenarios);

describe('gallery from the packs’ examples', () => {
  it('has scenarios in several categories, each from a rule of that category', () => {
    expect(gallery.length).toBeGreaterThanOrEqual(5);
    const rules = new Map(checker.rules.map((r) => [r.id, r]));
    for (const section of gallery) {
      for (const s of section.scenarios) expect(rules.get(s.ruleId!)?.category).toBe(section.category);
    }
  });

  it('uses only bad examples that trigger their rule, and better versions without problems', () => {
    for (const s of all) {
      const context = { platform: s.platform, surface: 'post' as const };
      expect(problems(checker.check(s.bad, context)).map((f) => f.ruleId)).toContain(s.ruleId);
      expect(problems(checker.check(s.good, context))).toEqual([]);
    }
  });

  it('fixes every scenario step by step into its better version', () => {
    for (const s of all) {
      const plan = planFixes(s.bad, s.good, (text) => checker.check(text, { platform: s.platform, surface: 'post' }));
      expect(plan.at(-1)?.text).toBe(s.good);
    }
  });

  it('pairs a bad example with its quick-fixed text when the fixes leave it clean', () => {
    const email = all.find((s) => s.bad === 'Thanks jane@example.com for the help');
    expect(email?.good).toBe('Thanks j•••@example.com for the help');
    const plan = planFixes(email!.bad, email!.good, (text) => checker.check(text, { platform: email!.platform }));
    expect(plan.map((p) => p.step.kind)).toEqual(['fix']);
  });

  it('titles scenarios in the requested language', () => {
    const ru = buildGallery(checker, 'ru').flatMap((s) => s.scenarios);
    const email = ru.find((s) => s.bad === 'Thanks jane@example.com for the help');
    expect(email?.title).not.toBe(all.find((s) => s.id === email?.id)?.title);
    expect(email?.title).toMatch(/[а-я]/i);
  });
});

describe('organisation pack files', () => {
  const northwind = readFileSync(new URL('../../../rules/packs/examples/northwind.yaml', import.meta.url), 'utf8');

  it('loads a valid pack on top of core', () => {
    const loaded = withOrgPack(northwind, 'northwind.yaml', [core]);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.packs.map((p) => p.id)).toEqual(['core', 'northwind']);
  });

  it('refuses a broken pack with the engine’s message naming the file and line', () => {
    const loaded = withOrgPack('id: broken\nversion: one\ntitle: x\n', 'broken.yaml', [core]);
    expect(loaded).toMatchObject({ ok: false });
    if (!loaded.ok) expect(loaded.message).toMatch(/^broken\.yaml:2/);
  });

  it('refuses a pack that extends an unknown pack', () => {
    const pack = parsePack('id: org\nversion: 1.0.0\ntitle: Org\nextends: [nowhere]\n', 'org.yaml');
    expect(pack.id).toBe('org');
    expect(withOrgPack('id: org\nversion: 1.0.0\ntitle: Org\nextends: [nowhere]\n', 'org.yaml', [core]).ok).toBe(false);
  });
});

describe('post health', () => {
  it('counts problems per category before and after, skipping praise and empty categories', () => {
    const bad = 'Thanks guys! Mail jane@example.com, card 4111 1111 1111 1111';
    const rows = healthRows(checker.check(bad), checker.check('Thanks everyone!'));
    expect(rows).toEqual([
      { category: 'personal-data', before: 2, after: 0 },
      { category: 'inclusive-language', before: 1, after: 0 },
    ]);
  });
});
