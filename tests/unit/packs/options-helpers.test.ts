import { describe, expect, it } from 'vitest';
import { falsePositivesCsv, overridesCsv } from '../../../entrypoints/options/export.ts';
import { highlight } from '../../../entrypoints/options/highlight.ts';
import { packRows, statusText } from '../../../entrypoints/options/pack-rows.ts';
import { filterRules } from '../../../entrypoints/options/rule-filter.ts';
import { setLocale } from '../../../lib/i18n.ts';
import { readPolicy } from '../../../lib/packs/policy.ts';
import type { PackState } from '../../../lib/packs/state.ts';
import { compilePacks } from '../../../rules/engine/index.ts';
import { PackSchema } from '../../../rules/engine/schema.ts';
import { corePack, orgPack } from './fixtures.ts';

describe('highlight', () => {
  it('marks merged finding ranges and keeps the rest plain', () => {
    expect(highlight('Bluebird ships in May', [{ start: 0, end: 8 }, { start: 4, end: 14 }, { start: 18, end: 21 }])).toEqual([
      { text: 'Bluebird ships', marked: true },
      { text: ' in ', marked: false },
      { text: 'May', marked: true },
    ]);
    expect(highlight('clean', [])).toEqual([{ text: 'clean', marked: false }]);
  });
});

describe('log exports', () => {
  it('writes CSV with quoting and defuses spreadsheet formulas', () => {
    const csv = overridesCsv([{ time: '2026-11-26T10:00:00Z', site: 'x', ruleIds: ['a', 'b'], severities: ['block', 'warn'], textHash: '=HYPERLINK("x")' }]);
    expect(csv).toBe('time,site,ruleIds,severities,textHash\r\n2026-11-26T10:00:00Z,x,a b,block warn,"\'=HYPERLINK(""x"")"\r\n');
    expect(falsePositivesCsv([])).toBe('time,site,ruleId,excerptHash\r\n');
  });
});

describe('filterRules', () => {
  const checker = compilePacks([corePack, PackSchema.parse(orgPack())]);
  it('finds rules by words of their message, and by category and severity', () => {
    const found = filterRules(checker.rules, { query: 'CODENAME products', category: 'all', severity: 'all' }, 'en');
    expect(found.map((r) => r.id)).toEqual(['acme.codename']);
    expect(filterRules(checker.rules, { query: '', category: 'confidential', severity: 'block' }, 'en').every((r) => r.category === 'confidential' && r.severity === 'block')).toBe(true);
    expect(filterRules(checker.rules, { query: 'zzz-nothing', category: 'all', severity: 'all' }, 'en')).toEqual([]);
  });
});

describe('packRows', () => {
  const acme = PackSchema.parse(orgPack('1.2.0'));
  const state: PackState = {
    managed: true,
    policyProblems: [],
    sources: {
      remote: {
        good: { pack: acme, sha256: 'a'.repeat(64), origin: 'https://p.example/acme.json', activatedAt: '2026-11-26T10:00:00Z', signer: { keyId: '0123456789abcdef', verified: true } },
        rejection: { code: 'expired', message: 'the bundle expired at 2026-11-01', detail: '2026-11-01', at: '2026-11-26T11:00:00Z', origin: 'https://p.example/acme.json' },
      },
      import: { rejection: { code: 'tampered', message: 'changed', at: '2026-11-26T11:00:00Z', origin: 'x.json' } },
    },
  };

  it('shows the kept pack with the refusal reason, a refused import, and core underneath', () => {
    setLocale('en');
    const rows = packRows(state, [corePack, acme], readPolicy({}));
    expect(rows.map((r) => [r.source, r.status])).toEqual([['remote', 'kept'], ['import', 'rejected'], ['core', 'active']]);
    expect(statusText(rows[0]!)).toBe('Active (version 1.2.0 kept) — the latest candidate was refused: the bundle expired on 2026-11-01');
    expect(rows[0]!.signer).toBe('0123456789abcdef (verified)');
    expect(statusText(rows[1]!)).toBe('Refused: the pack was changed after it was built');
  });

  it('speaks Russian too', () => {
    setLocale('ru');
    const rows = packRows(state, [corePack, acme], readPolicy({ allowImport: false }));
    expect(statusText(rows[1]!)).toBe('Отключён: организация не разрешает импортировать наборы');
    expect(statusText(rows[0]!)).toContain('срок действия пакета истёк 2026-11-01');
    setLocale('en');
  });
});

describe('options and popup messages', () => {
  it('Russian has every English key, and every refusal reason has a sentence', async () => {
    const { readFileSync } = await import('node:fs');
    const read = (path: string) => Object.keys(JSON.parse(readFileSync(new URL(`../../../locales/${path}`, import.meta.url), 'utf8'))).sort();
    for (const area of ['options', 'popup']) expect(read(`ru/${area}.json`)).toEqual(expect.arrayContaining(read(`en/${area}.json`)));
    const codes = readFileSync(new URL('../../../lib/packs/rejection.ts', import.meta.url), 'utf8').match(/\| '([a-z-]+)'/g)!.map((m) => m.slice(3, -1));
    expect(codes.length).toBeGreaterThan(10);
    for (const code of codes) expect(read('en/options.json')).toContain(`options.reason.${code}`);
  });
});
