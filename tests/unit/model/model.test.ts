import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODEL_CATEGORIES, scorePost, type ModelFile } from '../../../rules/engine/model/classifier.ts';
import { features, maskOrgNames, tokens } from '../../../rules/engine/model/features.ts';
import { stem } from '../../../rules/engine/model/stem.ts';
import weights from '../../../rules/engine/model/weights.json' with { type: 'json' };
import type { OrgProfile } from '../../../rules/engine/schema.ts';

const MODEL = weights as ModelFile;

const northwind: OrgProfile = {
  name: 'Northwind Cloud',
  aliases: ['Northwind', 'NW Cloud'],
  handles: ['@northwindcloud'],
  ticker: 'NWCL',
  products: ['Northwind Vault', 'Northwind Edge'],
  codenames: ['Project Heron', 'Osprey'],
  competitors: ['Contoso', 'Fabrikam'],
  internalDomains: ['corp.northwind.example'],
  disclosureTags: ['#NorthwindEmployee', '#ad'],
  officialHashtags: ['#NorthwindCloud'],
};

const acme: OrgProfile = { name: 'Acme Robotics', aliases: ['Acme'], ticker: 'ACMR', products: ['Acme Rover'], competitors: ['Globex'] };

const probabilityOf = (text: string, category: (typeof MODEL_CATEGORIES)[number], org: OrgProfile = northwind) =>
  scorePost(MODEL, text, org)?.get(category)?.probability ?? 0;

describe('weight file', () => {
  it('has every category with a threshold between 0.5 and 1 and a bounded number of features', () => {
    expect(Object.keys(MODEL.categories).sort()).toEqual([...MODEL_CATEGORIES].sort());
    for (const category of MODEL_CATEGORIES) {
      const { threshold, weights: w } = MODEL.categories[category];
      expect(threshold).toBeGreaterThanOrEqual(0.5);
      expect(threshold).toBeLessThan(1);
      expect(Object.keys(w).length).toBeGreaterThan(50);
      expect(Object.keys(w).length).toBeLessThanOrEqual(700);
    }
  });

  it('learned no name of the example organisation, only placeholders', () => {
    const learned = MODEL_CATEGORIES.flatMap((c) => Object.keys(MODEL.categories[c].weights)).join(' ');
    expect(learned).not.toMatch(/northwind|contoso|fabrikam|nwcl|osprey|vault/);
    expect(learned).toContain('⟨product⟩');
    expect(learned).toContain('⟨competitor⟩');
  });
});

describe('placeholders', () => {
  it('replace the profile’s names, disguised, run together or possessive, with the placeholder of their key', () => {
    const masked = maskOrgNames('N0rthwind Vault beats C0ntoso, #NorthwindVault, $NWCL, @northwindcloud, Fabrikam’s team, Project_Heron, NW Cloud.', northwind);
    expect(tokens(masked)).toEqual([
      '⟨product⟩', 'beat', '⟨competitor⟩', '⟨product⟩', '⟨ticker⟩', '⟨handle⟩', '⟨competitor⟩', 'team', '⟨codename⟩', '⟨org⟩',
    ]);
  });

  it('take the capitalised short form of a product or codename, not the ordinary word', () => {
    expect(tokens(maskOrgNames('Heron ships soon; a heron by the vault; Vault is great', northwind))).toEqual([
      '⟨codename⟩', 'ship', 'soon', 'a', 'heron', 'by', 'the', 'vault', '⟨product⟩', 'is', 'great',
    ]);
  });

  it('follow the profile given: another organisation’s names become the same placeholders', () => {
    expect(features('Acme Rover crushes Globex. Buy $ACMR!', acme)).toEqual(
      features('Northwind Vault crushes Contoso. Buy $NWCL!', northwind),
    );
    expect(maskOrgNames('Northwind is a wind from the north', acme)).toBe('Northwind is a wind from the north');
  });
});

describe('scores', () => {
  const neutral = 'Had a lovely walk by the river with my dog this morning.';
  const examples: [(typeof MODEL_CATEGORIES)[number], string][] = [
    ['financial', 'Our numbers next quarter are going to surprise a lot of analysts, just saying.'],
    ['disclosure', 'Northwind Vault is honestly the best backup tool I have ever used, go get it.'],
    ['competitors', 'Fabrikam’s support team is a joke and their product is garbage.'],
    ['speaking-for-company', 'Speaking for Northwind: we officially reject these claims.'],
    ['claims', 'Northwind Edge is the fastest CDN in the world, period.'],
    ['legal', 'The lawsuit against us is nonsense and the regulator will drop it.'],
    ['respect', 'Anyone who disagrees with me is an idiot.'],
  ];
  it.each(examples)('a %s sentence scores above a neutral one', (category, text) => {
    expect(probabilityOf(text, category)).toBeGreaterThan(probabilityOf(neutral, category) + 0.1);
  });

  it('do not depend on the organisation’s names, only on their roles', () => {
    expect(probabilityOf('Globex support is a joke, their product is garbage.', 'competitors', acme)).toBeCloseTo(
      probabilityOf('Contoso support is a joke, their product is garbage.', 'competitors'),
      10,
    );
  });

  it('skip text that is mostly Cyrillic', () => {
    expect(scorePost(MODEL, 'В следующем квартале наши акции вырастут вдвое, NWCL', northwind)).toBeUndefined();
  });
});

describe('scorePost', () => {
  it('points at the sentence that reads most like the category', () => {
    const text = 'Great offsite with the team today. $NWCL is going to blow past guidance next quarter, trust me.';
    const financial = scorePost(MODEL, text, northwind)?.get('financial');
    expect(financial?.best).toMatchObject({ start: 35, end: text.length });
    expect(financial?.probability).toBeGreaterThanOrEqual(MODEL.categories.financial.threshold);
    expect(probabilityOf('Great offsite with the team today.', 'financial')).toBeLessThan(MODEL.categories.financial.threshold);
  });

  it('never throws and stays inside the text on strange or huge input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        for (const score of scorePost(MODEL, text, northwind)?.values() ?? []) {
          expect(score.best.start).toBeGreaterThanOrEqual(0);
          expect(score.best.end).toBeLessThanOrEqual(text.length);
          expect(score.best.end).toBeGreaterThan(score.best.start);
          expect(score.probability).toBeGreaterThanOrEqual(score.best.probability);
        }
      }),
      { numRuns: 300 },
    );
    const huge = 'NWCL will double next quarter, mark my words. '.repeat(5000);
    expect(scorePost(MODEL, huge, northwind)?.get('financial')?.best.end).toBeLessThanOrEqual(huge.length);
  });
});

describe('stem', () => {
  it('makes the inflections of a word one feature', () => {
    expect(new Set(['leaked', 'leaking', 'leaks', 'leak'].map(stem))).toEqual(new Set(['leak']));
    expect(new Set(['release', 'released', 'releasing', 'releases'].map(stem))).toEqual(new Set(['releas']));
    expect(new Set(['stopped', 'stopping', 'stop'].map(stem))).toEqual(new Set(['stop']));
    expect(new Set(['companies', 'company'].map(stem))).toEqual(new Set(['company']));
    expect(stem('business')).toBe('business');
  });
});
