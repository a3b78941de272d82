import { describe, it } from 'vitest';
import { expectNone, expectOne } from './detector-test-kit.ts';

const ORG = { name: 'Northwind Cloud', aliases: ['Northwind'], products: ['Northwind Edge'], codenames: ['Osprey'] };

describe('insider-source', () => {
  it.each([
    ['internal memo says a 15% headcount cut is coming to the Edge org', 'internal memo'],
    ['At the leadership offsite they said the Edge team folds into Vault next quarter.', 'leadership offsite'],
    ['Per an email from our CFO this morning, bonuses are being cut to half this year.', 'email from our CFO'],
    ['Saw the churn numbers in the board pack: 2.1%, best ever.', 'board pack'],
    ['My manager told me the Dublin office closes in spring.', 'My manager told'],
    ['The town hall slides mentioned a new Singapore office opening in the autumn.', 'town hall slides'],
    ['Leaked from the product review: the free tier goes away in June.', 'Leaked from'],
    ["According to our internal forecast we'll hit 40k customers by March.", 'internal forecast'],
    ['Our internal dashboard has Edge at 9,400 paying teams, wild growth.', 'internal dashboard'],
    ['По нашим внутренним данным, выручка Edge выросла на 40%.', 'внутренним данным'],
    ['Thanks to the internal wiki I know Vault 6 goes GA in June.', 'internal wiki'],
  ])('finds internal material with a fact beside it in %j', (text, found) => {
    expectOne('insider-source', text, found, ORG);
  });

  it.each([
    ['Word is the board is close to approving a share buyback.', 'Word is'],
    ["hallway rumour: Northwind is buying Fabrikam's storage unit", 'hallway rumour'],
    ["You didn't hear this from me, but Northwind Edge is getting a GPU tier.", "You didn't hear this from me"],
    ['Grapevine says Northwind plans to double the sales team next year', 'Grapevine'],
    ['Not official yet but the new pricing page goes up on Monday.', 'Not official yet'],
    ['Gossip at the office says Northwind Edge is being spun off into its own company.', 'Gossip'],
    ["Heard we're in the final stages of buying Fabrikam's analytics arm.", 'Heard'],
  ])('finds rumour or scoop talk about a pending company fact in %j', (text, found) => {
    expectOne('insider-source', text, found, ORG);
  });

  it.each([
    'The internal memo format we use is a great template, I wrote about it on my blog.',
    'Rumour has it the coffee machine is getting fixed next week.',
    'Spoiler alert: the butler did it. Great book though.',
    'Anyone who says otherwise in a leadership meeting will be hearing from me.',
    'Loved the leadership offsite, the team is amazing.',
    // Layoff rumours and results predictions belong to the legal and financial rules.
    'Rumour is layoffs are coming at Northwind next month.',
    "Northwind's next quarter will blow past consensus. You heard it here first.",
    'My manager told me I did great this year.',
    'Rumour has it our office dog is getting a birthday cake next week.',
    'The rumours about us closing the Berlin office are false.',
    'the customer whose data leaked in the Vault breach is threatening to sue',
    'My manager told me to sign up for the Kubernetes course next month.',
    "The leadership meeting is on Thursday, I will present our team's Q3 goals.",
    // Internal material as what someone works on or adds to, not as a source.
    'Day 2 at the conference: 4 great talks, and I got three good ideas for our internal docs.',
    'Moving our internal docs to Markdown this quarter, anyone have tips on tooling?',
    'Tip from the panel: write the internal memo before the launch, not after. Saved me 3 weeks last year.',
    'Turned my conference notes into 5 pages for the internal wiki.',
    // Internal figures without a business metric, or a tool named after them.
    'We moved 3 internal dashboards to Grafana 11 this week, so much faster.',
    'Hot take: 90% of internal dashboards are never opened after week one.',
    'Internal data platform handles 2 PB a day now, deep dive on our engineering blog.',
    'Я 5 лет строю внутренние дашборды, и вот 3 совета новичкам',
  ])('ignores %j', (text) => {
    expectNone('insider-source', text, ORG);
  });
});
