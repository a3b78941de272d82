import { describe, expect, it } from 'vitest';
import { compilePacks, PackError } from '../../../rules/engine/index.ts';
import { flagged, packOf, ruleChecker } from './helpers.ts';

const org = { name: 'Northwind Cloud', competitors: ['Contoso', 'Fabrikam'], disclosureTags: ['#NorthwindEmployee'] };

describe('terms', () => {
  it('matches whole words case-insensitively, longest phrase first', () => {
    const c = ruleChecker({ type: 'terms', terms: ['guys', 'you guys'] });
    expect(flagged(c, 'Thanks you Guys! Guyser is fine.')).toEqual(['you Guys']);
  });

  it('falls back to a shorter term where a longer one starting at the same place ends inside a word', () => {
    const c = ruleChecker({ type: 'terms', terms: ['raising', 'raising it'] });
    expect(flagged(c, 'Raising its prices. Raising it now.')).toEqual(['Raising', 'Raising it']);
    const handles = ruleChecker({ type: 'terms', terms: ['@acme', '@acme team', 'teams'] });
    expect(flagged(handles, 'Ask @acme teams.')).toEqual(['@acme', 'teams']);
    // A first letter outside the needle index's alphabet: the whole sentence is scanned, with the same result.
    const greek = ruleChecker({ type: 'terms', terms: ['Ωmega', 'Ωmega team', 'teams'] });
    expect(flagged(greek, 'Ask Ωmega teams.')).toEqual(['Ωmega', 'teams']);
  });

  it('uses Unicode word boundaries for Cyrillic', () => {
    const c = ruleChecker({ type: 'terms', terms: ['дурак'] });
    expect(flagged(c, 'Ты дурак. Придурковатый дураком')).toEqual(['дурак']);
  });

  it('matches stems with a trailing * and English inflections with inflect', () => {
    expect(flagged(ruleChecker({ type: 'terms', terms: ['дурак*'] }), 'Ты дураком был')).toEqual(['дураком']);
    expect(flagged(ruleChecker({ type: 'terms', terms: ['whitelist'], inflect: true }), 'We whitelisted it; whitelists, whitelisting')).toEqual([
      'whitelisted',
      'whitelists',
      'whitelisting',
    ]);
  });

  it('is not skipped by its prefilter when an inflection or a hyphen changes the term’s first letters', () => {
    expect(flagged(ruleChecker({ type: 'terms', terms: ['city', 'guy'], inflect: true }), 'Two cities, three guys')).toEqual(['cities', 'guys']);
    expect(flagged(ruleChecker({ type: 'terms', terms: ['you guys'] }), 'Thanks you-guys')).toEqual(['you-guys']);
  });

  it('offers the per-term replacement as the fix', () => {
    const c = ruleChecker({ type: 'terms', terms: { guys: 'everyone' } });
    const [finding] = c.check('Thanks guys!');
    expect(finding?.fixes).toEqual([{ label: 'Replace with “everyone”', replacement: 'everyone' }]);
  });

  it('skips exceptions', () => {
    const c = ruleChecker({ type: 'terms', terms: ['master'], except: ["master's degree"] });
    expect(flagged(c, "My master's degree; the master branch")).toEqual(['master']);
  });

  it('reads lists from the organisation profile and is silent without one', () => {
    const match = { type: 'terms' as const, from: ['org.competitors' as const] };
    expect(flagged(ruleChecker(match, { org }), 'Contoso and Fabrikam')).toEqual(['Contoso', 'Fabrikam']);
    expect(flagged(ruleChecker(match), 'Contoso and Fabrikam')).toEqual([]);
  });

  it('finds spaced-out and disguised terms, pointing at the original text', () => {
    const c = ruleChecker({ type: 'terms', terms: ['Heron'], spaced: true });
    expect(flagged(c, 'H e r o n, H.e.r.o.n and He\u200Bron and Hеrоn')).toEqual(['H e r o n', 'H.e.r.o.n', 'He\u200Bron', 'Hеrоn']);
  });
});

describe('pattern', () => {
  it('rewrites \\b into a Unicode-aware boundary', () => {
    const c = ruleChecker({ type: 'pattern', pattern: '\\bкод\\b' });
    expect(flagged(c, 'код кодекс')).toEqual(['код']);
  });

  it('runs only when a keyword is present', () => {
    const c = ruleChecker({ type: 'pattern', pattern: '\\d{3}', keywords: ['pin'] });
    expect(flagged(c, 'room 123')).toEqual([]);
    expect(flagged(c, 'my PIN is 123')).toEqual(['123']);
  });

  it('rejects an invalid regular expression with the rule id', () => {
    expect(() => ruleChecker({ type: 'pattern', pattern: '(unclosed' })).toThrow(/t\.rule.*invalid regular expression/);
  });

  it('finds the same matches when tried only where its leading words start, and where lower case changes offsets', () => {
    const c = ruleChecker({ type: 'pattern', pattern: '\\b(?<!\\bnot )(?:good|great(?: stuff)?)\\b' });
    expect(flagged(c, 'Great stuff, not good, GOOD. Goodness, great.')).toEqual(['Great stuff', 'GOOD', 'great']);
    // "İ" lower-cases to two characters: the whole sentence is scanned instead.
    expect(flagged(c, 'İstanbul was great stuff, not good, good.')).toEqual(['great stuff', 'good']);
  });
});

describe('nlp', () => {
  it('matches compromise syntax, spanning terms without trailing punctuation', () => {
    const c = ruleChecker({ type: 'nlp', match: '(will|going to) (beat|crush|double) #Noun?' });
    expect(flagged(c, 'Revenue is going to double. We will crush estimates!')).toEqual(['going to double', 'will crush estimates']);
  });

  it('rejects unknown tags and unbalanced groups', () => {
    expect(() => ruleChecker({ type: 'nlp', match: '#Persn' })).toThrow(/unknown tag #Persn/);
    expect(() => ruleChecker({ type: 'nlp', match: '(will|going to' })).toThrow(/missing "\)"/);
  });
});

describe('detector', () => {
  it('finds validated payment cards and e-mails', () => {
    expect(flagged(ruleChecker({ type: 'detector', detector: 'payment-card' }), 'card 4111 1111 1111 1111, not 4111 1111 1111 1112')).toEqual([
      '4111 1111 1111 1111',
    ]);
    expect(flagged(ruleChecker({ type: 'detector', detector: 'email' }), 'jane(at)example[dot]com')).toEqual(['jane(at)example[dot]com']);
  });

  it('rejects an unknown detector naming the known ones', () => {
    expect(() => ruleChecker({ type: 'detector', detector: 'telepathy' })).toThrow(/unknown detector "telepathy" \(known: .*email/);
  });
});

describe('conditional and proximity', () => {
  const endorses = {
    type: 'conditional' as const,
    if: { type: 'terms' as const, terms: ['Northwind Vault'] },
    unless: { type: 'terms' as const, from: ['org.disclosureTags' as const] },
  };

  it('reports where `if` matches unless `unless` appears anywhere in the post', () => {
    const c = ruleChecker(endorses, { org });
    expect(flagged(c, 'Best backup tool: Northwind Vault!')).toEqual(['Northwind Vault']);
    expect(flagged(c, 'Best backup tool: Northwind Vault!\n\n#NorthwindEmployee')).toEqual([]);
  });

  it('with scope sentence, looks only inside the same sentence', () => {
    const c = ruleChecker({ ...endorses, scope: 'sentence' }, { org });
    expect(flagged(c, 'Northwind Vault rocks. #NorthwindEmployee')).toEqual(['Northwind Vault']);
  });

  it('requires `and` as well', () => {
    const c = ruleChecker({ type: 'conditional', if: { type: 'terms', terms: ['ships'] }, and: { type: 'terms', terms: ['March'] } });
    expect(flagged(c, 'It ships soon')).toEqual([]);
    expect(flagged(c, 'It ships in March')).toEqual(['ships']);
  });

  it('finds A within N words of B, in either order', () => {
    const c = ruleChecker({ type: 'proximity', a: { type: 'terms', from: ['org.competitors'] }, b: { type: 'terms', terms: ['garbage', 'awful'] }, within: 3 }, { org });
    expect(flagged(c, "Contoso's cloud is garbage")).toEqual(["Contoso's cloud is garbage"]);
    expect(flagged(c, 'Awful weather today, but then Contoso shipped a fine product')).toEqual([]);
    expect(flagged(c, 'awful, that Contoso outage')).toEqual(['awful, that Contoso']);
  });
});

describe('limit', () => {
  const length = ruleChecker({ type: 'limit', measure: 'length', max: { x: 280, linkedin: 3000, 'linkedin.comment': 1250 } });

  it('uses X weighted length: URLs count 23, CJK and emoji weigh 2', () => {
    const url = 'https://example.com/' + 'a'.repeat(200);
    expect(length.check(`${'a'.repeat(250)} ${url}`, { platform: 'x' })).toEqual([]);
    const cjk = '漢'.repeat(141);
    const [finding] = length.check(cjk, { platform: 'x' });
    expect(finding?.start).toBe(140);
    expect(finding?.end).toBe(141);
  });

  it('uses the LinkedIn post and comment limits, and nothing without a platform', () => {
    const text = 'a'.repeat(1300);
    expect(length.check(text, { platform: 'linkedin' })).toEqual([]);
    expect(length.check(text, { platform: 'linkedin', surface: 'comment' })[0]?.start).toBe(1250);
    expect(length.check(text)).toEqual([]);
  });

  it('counts hashtags and flags those beyond the limit', () => {
    const c = ruleChecker({ type: 'limit', measure: 'hashtags', max: 2 });
    expect(flagged(c, 'Launch #one #two #three #four')).toEqual(['#three #four']);
  });
});

describe('fix templates', () => {
  it('fills {match} and {org.*}, and offers nothing when a placeholder has no value', () => {
    const match = { type: 'terms' as const, terms: ['Vault'] };
    const withOrg = ruleChecker(match, { org, fix: '{match} (I work at {org.name})' });
    expect(withOrg.check('Vault')[0]?.fixes?.[0]?.replacement).toBe('Vault (I work at Northwind Cloud)');
    expect(ruleChecker(match, { fix: '{match} (I work at {org.name})' }).check('Vault')[0]?.fixes).toBeUndefined();
  });
});

describe('packs resolve to one checker', () => {
  const base = packOf([{ id: 'base.guys', match: { type: 'terms', terms: ['guys'] } }], { id: 'base' });

  it('applies overrides of severity and switches rules off', () => {
    const org1 = packOf([], { id: 'org1', extends: ['base'], overrides: { 'base.guys': { severity: 'tip' } } });
    expect(compilePacks([base, org1]).check('hi guys')[0]?.severity).toBe('tip');
    const org2 = packOf([], { id: 'org2', extends: ['base'], overrides: { 'base.guys': { enabled: false } } });
    expect(compilePacks([base, org2]).check('hi guys')).toEqual([]);
  });

  it('rejects unknown packs, cycles, unknown overridden rules and duplicate rule ids', () => {
    expect(() => compilePacks([packOf([], { id: 'a', extends: ['nope'] })])).toThrow(/extends unknown pack "nope"/);
    expect(() => compilePacks([packOf([], { id: 'a', extends: ['b'] }), packOf([], { id: 'b', extends: ['a'] })])).toThrow(/cycle: a → b → a/);
    expect(() => compilePacks([base, packOf([], { id: 'o', extends: ['base'], overrides: { 'base.nope': { enabled: false } } })])).toThrow(
      /overrides unknown rule "base.nope"/,
    );
    expect(() => compilePacks([base, packOf([{ id: 'base.guys', match: { type: 'terms', terms: ['x'] } }], { id: 'dup' })])).toThrow(PackError);
  });
});

describe('one problem, one finding', () => {
  const assignment = { id: 'p.assignment', category: 'credentials', severity: 'block', match: { type: 'pattern' as const, pattern: 'token=\\S+' } };
  const github = { id: 'p.github', category: 'credentials', severity: 'block', match: { type: 'pattern' as const, pattern: 'ghp_\\w+' } };
  const word = { id: 'p.word', category: 'respect', severity: 'tip', match: { type: 'terms' as const, terms: ['token'] } };

  it('shows one of two nested findings of a category: the rule listed first', () => {
    expect(compilePacks([packOf([github, assignment, word])]).check('token=ghp_abc123').map((f) => f.ruleId)).toEqual(['p.word', 'p.github']);
    expect(compilePacks([packOf([assignment, github, word])]).check('token=ghp_abc123').map((f) => f.ruleId)).toEqual(['p.assignment', 'p.word']);
  });

  it('lets the more severe finding win, and keeps findings that only overlap', () => {
    const tip = { ...github, severity: 'tip' };
    expect(compilePacks([packOf([tip, assignment])]).check('token=ghp_abc123').map((f) => f.ruleId)).toEqual(['p.assignment']);
    const partial = { ...github, match: { type: 'pattern' as const, pattern: 'ghp_\\w+ now' } };
    expect(compilePacks([packOf([partial, assignment])]).check('token=ghp_abc123 now').map((f) => f.ruleId)).toEqual(['p.assignment', 'p.github']);
  });
});

describe('terms: misspelled names', () => {
  const c = ruleChecker({ type: 'terms', from: ['org.name', 'org.products', 'org.aliases'], misspelled: true }, {
    org: { name: 'Northwind Cloud', products: ['Northwind Edge'], aliases: ['NW Cloud', 'Northwind'] },
  });

  it('finds typos, hyphens and joined words, and offers the right spelling', () => {
    expect(flagged(c, 'Nortwind Edge docs')).toEqual(['Nortwind Edge']);
    expect(flagged(c, 'Proud of Northwnd Cloud')).toEqual(['Northwnd Cloud']);
    expect(flagged(c, "NW-Cloud's hackathon")).toEqual(['NW-Cloud']);
    expect(flagged(c, 'the Northwind-Edge demo')).toEqual(['Northwind-Edge']);
    expect(c.check('Nortwind Edge')[0]?.fixes?.[0]?.replacement).toBe('Northwind Edge');
  });

  it('leaves the right spelling, everyday words, handles and links alone', () => {
    expect(flagged(c, 'Northwind Cloud and Northwind Edge and NW Cloud')).toEqual([]);
    expect(flagged(c, 'the north wind is freezing; a cloud edge')).toEqual([]);
    expect(flagged(c, 'see @Northwind-Edge or docs.Northwind-Edge.example')).toEqual([]);
  });
});

describe('terms: misspelled names beside other words', () => {
  it('does not take a neighbouring word or version for a typo', () => {
    const c = ruleChecker({ type: 'terms', from: ['org.products'], misspelled: true }, { org: { products: ['Northwind Vault', 'Northwind Edge'] } });
    expect(flagged(c, 'We shipped Northwind Vault 3.0 and Northwind Edge и more')).toEqual([]);
  });
});

describe('exceptions', () => {
  it('match in case when written with capitals, in any case otherwise', () => {
    const c = ruleChecker({ type: 'terms', terms: ['blacklist', 'master'], except: ['The Blacklist', "master's degree"] });
    expect(flagged(c, 'Watching The Blacklist tonight')).toEqual([]);
    expect(flagged(c, 'Add it to the blacklist')).toEqual(['blacklist']);
    expect(flagged(c, "My Master's Degree")).toEqual([]);
  });
});
