import { describe, expect, it } from 'vitest';
import { findingOf, ruleIds, withOrg } from './helpers.ts';

describe('praise rules', () => {
  it('praises a clear disclosure and then does not ask for one', () => {
    const text = 'Best backup tool out there: Northwind Vault! (I work at Northwind) #NorthwindEmployee';
    const ids = ruleIds(withOrg, text, { platform: 'x' });
    expect(ids).toContain('core.disclosure.present');
    expect(ids).not.toContain('core.disclosure.product-endorsement');
    expect(findingOf(withOrg, text, 'core.disclosure.present')?.severity).toBe('praise');
  });

  it('does not count a disclosure tag buried in a wall of hashtags', () => {
    const text = 'Loving the new Northwind Vault dashboard!! #backup #cloud #devops #sre #storage #data #NorthwindEmployee';
    expect(ruleIds(withOrg, text, { platform: 'x' })).toContain('core.disclosure.product-endorsement');
  });

  it('praises "views are my own" and keeps a disowned opinion out of speaking-for-company', () => {
    const text = "My own view, not Northwind's: the EU rule is a mistake. Views are my own.";
    const findings = withOrg.check(text, { platform: 'linkedin' });
    const severities = findings.filter((f) => f.category === 'speaking-for-company').map((f) => f.severity);
    expect(severities.length).toBeGreaterThan(0);
    expect(new Set(severities)).toEqual(new Set(['praise']));
  });

  it('praises the official hashtag and handle, wherever they are in the post', () => {
    const findings = withOrg.check('Recording on @northwindcloud next week. #NorthwindCloud', { platform: 'x' });
    expect(findings.filter((f) => f.ruleId === 'core.brand.official-tag').map((f) => f.excerpt)).toEqual([
      '@northwindcloud',
      '#NorthwindCloud',
    ]);
  });

  it('never praises a post for something that is not there', () => {
    expect(withOrg.check('Shipped the new dashboard today.', { platform: 'x' }).filter((f) => f.severity === 'praise')).toEqual([]);
  });
});
