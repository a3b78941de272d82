import { describe, expect, it } from 'vitest';
import { ruleIds, withOrg } from './helpers.ts';

const categories = (text: string) =>
  new Set(withOrg.check(text, { platform: 'x' }).filter((f) => f.severity !== 'praise').map((f) => f.category));

// Readers take a post as a whole: praise two sentences after a product name is still an endorsement.
describe('rules that read the whole post', () => {
  it('sees an endorsement spread over sentences', () => {
    expect(categories('Moved my backups to Northwind Vault. Setup took ten minutes. Highly recommend!')).toContain('disclosure');
  });

  it('sees a put-down of a competitor in the next sentence', () => {
    expect(categories("Friends don't let friends use Contoso. Their uptime is a joke.")).toContain('competitors');
  });

  it('but not an everyday negative word about something else', () => {
    expect(categories("Contoso's new region is live. Our old migration guide was terrible, so we rewrote it.")).not.toContain(
      'competitors',
    );
  });

  it('reads a superlative as a product claim only when the company is in the post', () => {
    expect(ruleIds(withOrg, 'The fastest CDN in the world. That is Northwind Edge.')).toContain('core.claims.superlative');
    expect(ruleIds(withOrg, 'My grandma makes the best lasagna in the world.')).not.toContain('core.claims.superlative');
  });

  it('reads a hint about results only next to financial words', () => {
    expect(ruleIds(withOrg, 'Earnings call Thursday. Expect a happy surprise 😉')).toContain('core.financial.results-hint');
    expect(ruleIds(withOrg, 'My birthday party was a happy surprise!')).not.toContain('core.financial.results-hint');
  });
});
