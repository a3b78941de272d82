import { describe, it } from 'vitest';
import { expectNone, expectOne } from './detector-test-kit.ts';

const ORG = { name: 'Northwind Cloud', aliases: ['Northwind'], products: ['Northwind Vault', 'Northwind Edge'] };

describe('dated-plan', () => {
  it.each([
    ['Northwind will add SSO to every plan, including free, by the end of Q1.', 'will add SSO to every plan, including free, by the end of Q1'],
    ['Company news: all customers get free IPv6 from January.', 'customers get free IPv6 from January'],
    ["We're doubling the storage quota for every paid account next month.", "'re doubling the storage quota for every paid account next month"],
    ['Our Pro plan is going to cost $49 instead of $29 from July.', 'is going to cost $49 instead of $29 from July'],
    ['Starting in Q2 we will offer a Frankfurt region.', 'Starting in Q2 we will offer'],
    ['Northwind Vault gets unlimited snapshots starting in March.', 'gets unlimited snapshots starting in March'],
    ["We'll finally drop TLS 1.1 in March.", "'ll finally drop TLS 1.1 in March"],
    ['We are adding a Mumbai region in Q3, tell your customers.', 'are adding a Mumbai region in Q3'],
  ])('finds a company plan with its date in %j', (text, found) => {
    expectOne('dated-plan', text, found, ORG);
  });

  it.each([
    "We'll be at KubeCon in March, come say hi!",
    'I will be speaking at the Lisbon meetup next week.',
    'Vault got SSO in March and customers love it.',
    'We shipped the new sync engine in March.',
    // A present tense with a date that can also lie behind is history, not a plan.
    'Customers get a lot of value in March, our busiest month.',
    'Our support team is off from next week.',
    'We may add a seat, said nobody in May.',
    'The new Zelda game will add co-op in March.',
    'The board game night was a blast, we will do it again in May.',
    'northwind vault is getting a new UI this month, my team built it',
    // "we" alone is a company only in a sentence about an offer.
    "We're moving to Lisbon in June, new adventure for the whole family!",
    'Our book club is switching to sci-fi next month.',
    'We are adding a new member to our family in April.',
    "We're changing teams in Q2 and I'll miss this crew.",
  ])('ignores %j', (text) => {
    expectNone('dated-plan', text, ORG);
  });

  it.each([
    ['The free tier is being retired on Jan 31, existing users keep it.', 'is being retired on Jan 31'],
    ["Heads up: Northwind Vault's legacy API will be sunset on 30 April.", 'will be sunset on 30 April'],
    ['Our Edge Basic plan gets retired at the end of Q2.', 'gets retired at the end of Q2'],
    ['Northwind Edge v2 endpoints are going to be shut down on March 15th.', 'are going to be shut down on March 15th'],
    ['Our Team plan price goes up 20% on February 1.', 'goes up 20% on February 1'],
  ])('finds a change done to the offer, or scheduled for a day of the month, in %j', (text, found) => {
    expectOne('dated-plan', text, found, ORG);
  });

  it.each([
    'Python 2 was retired on January 1, 2020, and I still miss it.',
    'Our app was updated on June 3, 2025 with dark mode.',
    'Our customers get a thank-you card on December 1 every year, my favourite tradition.',
    'Customers get free IPv6 support since March 3, 2024.',
    'We get paid on the 15th, so pizza Friday is on me.',
    'The old bridge is being retired in March, the city says.',
  ])('ignores %j', (text) => {
    expectNone('dated-plan', text, ORG);
  });
});
