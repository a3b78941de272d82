import { describe, expect, it } from 'vitest';
import { coreAlone, ruleIds, withOrg } from './helpers.ts';

// Each text triggers a rule that reads the organisation's profile; without a profile it must stay silent.
const ORG_DEPENDENT: [string, string][] = [
  ['core.disclosure.product-endorsement', 'Best backup tool out there: Northwind Vault!'],
  ['core.disclosure.job-openings', 'Northwind Cloud is hiring! Apply now.'],
  ['core.confidential.codename', 'Osprey demo went great today.'],
  ['core.confidential.internal-host', 'Runbook: https://wiki.corp.northwind.example/restores'],
  ['core.financial.stock-tip', 'Buy $NWCL before Thursday, trust me'],
  ['core.speaking-for-company.org-voice', 'Northwind Cloud believes the EU rule is a mistake.'],
  ['core.competitors.disparaging', "Contoso's cloud is garbage."],
  ['core.brand.name-spelling', 'Backups done right with northwind vault.'],
  ['core.brand.alias-spelling', 'Loving the new NorthWind dashboard.'],
  ['core.brand.handle-spelling', 'Follow @northwind_cloud for updates!'],
  ['core.brand.official-tag', 'Great day at the summit #NorthwindCloud'],
  ['core.disclosure.present', 'Loving the new Northwind Vault release. #NorthwindEmployee'],
];

describe('rules that read the organisation profile', () => {
  it.each(ORG_DEPENDENT)('%s fires with the Northwind profile', (ruleId, text) => {
    expect(ruleIds(withOrg, text, { platform: 'x' })).toContain(ruleId);
  });

  it.each(ORG_DEPENDENT)('%s stays silent with no profile at all', (ruleId, text) => {
    expect(ruleIds(coreAlone, text, { platform: 'x' })).not.toContain(ruleId);
  });

  it('leaves the core pack alone with nothing to say about an ordinary post', () => {
    expect(coreAlone.check('Great week with the team. Shipped the new dashboard and had cake. 🎉', { platform: 'x' })).toEqual([]);
  });

  it('still catches what needs no profile when there is none', () => {
    const ids = ruleIds(coreAlone, 'Thanks jane@example.com, the key is AKIAZ7Q4M2XW9RTB3K6N', { platform: 'x' });
    expect(ids).toEqual(expect.arrayContaining(['core.personal-data.email', 'core.credentials.aws-access-key-id']));
  });
});
