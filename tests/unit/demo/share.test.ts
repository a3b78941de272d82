import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeScenarioHash, encodeScenario } from '../../../demo/share.ts';

describe('share links', () => {
  it('round-trips a scenario, Cyrillic and emoji included', () => {
    const fields = { title: 'Хвалим продукт 🚀', platform: 'linkedin' as const, bad: 'Northwind Vault — лучший!', good: 'Я работаю в Northwind.', notes: 'n' };
    const decoded = decodeScenarioHash(`#${encodeScenario(fields)}`);
    expect(decoded && 'scenario' in decoded ? decoded.scenario : decoded).toMatchObject({ ...fields, source: 'link' });
  });

  it('round-trips arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }).filter((s) => s.trim().length > 0 && s.trim() === s), (text) => {
        const decoded = decodeScenarioHash(`#${encodeScenario({ title: 't', platform: 'x', bad: text, good: text })}`);
        return decoded !== null && 'scenario' in decoded && decoded.scenario.bad === text;
      }),
    );
  });

  it('keeps the link URL-safe', () => {
    expect(encodeScenario({ title: '???>>>', platform: 'x', bad: 'ÿÿÿ', good: '~~~' })).toMatch(/^s=[A-Za-z0-9_-]+$/);
  });

  it('ignores hashes without a scenario and rejects broken ones', () => {
    expect(decodeScenarioHash('')).toBeNull();
    expect(decodeScenarioHash('#other=1')).toBeNull();
    expect(decodeScenarioHash('#s=%%%')).toEqual({ error: 'malformed' });
    const notAScenario = `#${encodeScenario({ title: 't', platform: 'x', bad: 'b', good: 'g' }).replace(/.{4}$/, 'AAAA')}`;
    expect(decodeScenarioHash(notAScenario)).toHaveProperty('error');
    const wrongPlatform = btoa(JSON.stringify({ title: 't', platform: 'myspace', bad: 'b', good: 'g' }));
    expect(decodeScenarioHash(`#s=${wrongPlatform}`)).toEqual({ error: 'invalid' });
    expect(decodeScenarioHash(`#s=${'A'.repeat(20_000)}`)).toEqual({ error: 'too-long' });
  });
});
