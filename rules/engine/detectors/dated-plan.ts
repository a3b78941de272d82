import type { Detector, DetectorContext, DetectorMatch } from './types.ts';
import { cachedByList, orgNames } from './org-terms.ts';
import { wordsPattern } from './nearby.ts';

// A company's plan for a product, a price or its customers, told with the date it happens: "Northwind will
// add SSO to every plan by the end of Q1", "all customers get free IPv6 from January", "we're doubling the
// quota next month", "our Pro plan is going to cost $49 from July". Three parts in one sentence:
//   a company subject   the org's names, products and codenames; or we/our, customers, plans, prices in a
//                       sentence about an offer (a plan, tier, price, region, feature, customers, a version…);
//   a change ahead      will/'ll/going to + a verb of change to an offer (add, drop, cost, support, double…),
//                       that verb in progress with a date ("we are adding a region in Q3"), or in the present
//                       with a date that only looks ahead ("gets … from January");
//   a date              a month, quarter, half, season, "next month", "by the end of the year".
// "We'll be at KubeCon in March" (no verb of change) and "Vault got SSO in March" (past) are not plans.

const W = String.raw`\s{1,3}`;
/** "in" → "[Ii]n": prepositions may open the sentence, month names are only ever capitalised. */
const anyCase = (words: string) => words.replace(/(?<![\p{L}\\])(\p{Ll})/gu, (l) => `[${l.toUpperCase()}${l}]`);

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b`;
const PERIOD = String.raw`(?:${MONTH}|Q[1-4]|H[12]|FY\s?\d{2,4}|20[2-3]\d|${anyCase('(?:spring|summer|autumn|fall|winter|week|month|quarter|year|sprint|release)')})`;
// Dates that can only be ahead: "from January", "starting in Q2", "next month", "by the end of the year".
const FORWARD = anyCase(String.raw`(?:from|starting(?:\s(?:in|on|from))?|as\sof|effective|beginning|come|next|later\sthis|this\scoming|by(?:\sthe)?\send\sof(?:\sthe)?|before\sthe\send\sof(?:\sthe)?)`);
const ANY_DATE = anyCase(String.raw`(?:in|on|by|before|after|around|during|until|early|mid|late|end\sof|the\send\sof|this)`);
// A day of the month ("on 30 April", "on Jan 31", "on February 1st"), with no year after it that may lie behind.
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const DATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(${FORWARD})|${ANY_DATE})(?:${W}(?:the${W})?(?:early|mid-?|late|end${W}of))?${W}(?:the${W})?(?:(${DAY})${W}(?:of${W})?(?=${MONTH}))?${PERIOD}(?:${W}(${DAY})(?![\p{N}:]|[.,]\d|,?${W}\d{4}))?`,
  'gu',
);

// Verbs of change to an offer, its price or its customers, as stems; the forms are added below.
const CHANGE = String.raw`(?:add|bring|offer|support|includ|get|gain|introduc|expand|open|enter|drop|remov|end|kill|cut|rais|hik|lower|doubl|tripl|halv|cost|charg|pric|mov|migrat|switch|deprecat|retir|sunset|renam|rebrand|replac|mak|requir|stop|discontinu|unveil|reveal|releas|launch|ship|roll|giv|phas|limit|cap|increas|reduc|chang|shut|clos|free|becom|turn|go(?=(?:es|ing)?${W}(?:live|free|away|up|down|public|GA)\b))`;
const FORMS = String.raw`(?:e|es|s|ed|ing|t|ting|ping|ding|ning)?`;
const WILL = String.raw`(?:(?<![\p{L}\p{N}])will|['’]ll|(?<![\p{L}\p{N}])(?:is|are)${W}going${W}to|['’]re${W}going${W}to|gonna|(?:is|are)${W}set${W}to|plans?${W}to|(?:is|are)${W}about${W}to)`;
// "will finally add", "is going to quietly drop": one adverb may come between.
const FUTURE_CHANGE = new RegExp(String.raw`${WILL}${W}(?:\p{L}+ly${W})?${CHANGE}${FORMS}(?![\p{L}\p{N}])`, 'iu');
const THIS_PERIOD = /^this\s/i;
// A habit, not a plan: "customers get a card on December 1 every year".
const RECURRING = /(?<![\p{L}\p{N}])(?:every|each)\s{1,3}(?:year|month|week|quarter|spring|summer|autumn|fall|winter)|(?:annually|yearly|monthly)(?![\p{L}\p{N}])/iu;
// Done to the offer, ahead: "is being retired on Jan 31", "will be sunset on 30 April", "gets retired at the end of Q2".
const PASSIVE_CHANGE = new RegExp(
  String.raw`(?:${WILL}${W}be|(?:(?<![\p{L}\p{N}])(?:is|are)|['’][sr]e?)${W}(?:going${W}to${W}be|being)|(?<![\p{L}\p{N}])(?:gets?|getting))${W}(?:\p{L}+ly${W})?(?:${CHANGE}(?:ed|d|ted|ped|ded|ned)|sunset|cut|shut|given|brought|made)(?![\p{L}\p{N}])`,
  'iu',
);
// In progress with a date is an arrangement, whatever the date: "we are adding a Mumbai region in Q3".
const PROGRESSIVE_CHANGE = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}])(?:is|are)|['’]re)${W}(?:\p{L}+ly${W})?${CHANGE}(?:ing|ting|ping|ding|ning)(?![\p{L}\p{N}])`,
  'iu',
);
// With a date that only looks ahead the present tells a schedule too: "Vault gets …", "is doubling …",
// "customers get …". A bare stem counts only after a plural subject ("support" alone is mostly a noun).
const PRESENT_CHANGE = new RegExp(
  String.raw`(?:(?:(?<![\p{L}\p{N}])(?:is|are)|['’]re)${W}(?:\p{L}+ly${W})?${CHANGE}(?:ing|ting|ping|ding|ning)|(?<![\p{L}\p{N}])${CHANGE}(?:e?s)|(?<![\p{L}\p{N}])(?:customers|users|prices|we|plans)${W}${CHANGE}e?)(?![\p{L}\p{N}])`,
  'iu',
);

// With only "we"/"our" for a subject the sentence must be about an offer: "we're moving to Lisbon in June", "our book
// club is switching to sci-fi next month" and "we're adding a new member to our family in April" are lives, not plans.
const OFFER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:plans?|tiers?|pricing|prices?|regions?|support|features?|api|sso|customers?|users?|accounts?|quotas?|storage|versions?|releases?|products?|services?|platform|app|integrations?|sla|free|enterprise|pro|premium|subscriptions?|licen[cs]es?|seats|bandwidth|cdn|backups?|snapshots?|dashboard|console|sdk|cli|endpoints?|data${W}?cent(?:er|re)s?|gpus?|tls|ssl|ipv[46]|v\d+(?:\.\d+)*)(?![\p{L}\p{N}])|[$€£]\s?\d|\d\s?%`,
  'iu',
);
const SUBJECT_WORDS = [
  'we', "we're", 'we’re', "we'll", 'we’ll', 'our', 'customers', 'every customer', 'all customers', 'users', 'every user',
  'all users', 'every plan', 'all plans', 'free tier', 'free plan', 'prices', 'pricing', 'the price', 'the company',
];
const SUBJECT = wordsPattern(SUBJECT_WORDS);
const orgSubject = cachedByList((names) => (names.length > 0 ? wordsPattern(names) : undefined));

function companySubject(text: string, context: DetectorContext): boolean {
  return orgSubject(orgNames(context))?.test(text) === true || (SUBJECT.test(text) && OFFER.test(text));
}

export const datedPlan: Detector = {
  name: 'dated-plan',
  description:
    'A company plan for a product, price or customers with its date: a company subject (the org\'s names, products, codenames, we/our, customers, plans, prices), will/going to + a verb of change (add, drop, cost, support, double…), that verb in progress ("we are adding … in Q3", not with "this month") or in the present with a date only ahead ("gets … from January"), and a month, quarter, season or "next month"/"by the end of the year" in one sentence.',
  scope: 'segment',
  keywords: [
    'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2',
    'fy', '202', '203', 'spring', 'summer', 'autumn', 'fall', 'winter', 'week', 'month', 'quarter', 'year', 'sprint', 'release',
  ],
  find(text, context) {
    const matches: DetectorMatch[] = [];
    for (const date of text.matchAll(DATE)) {
      // A day of the month makes the present a schedule too: "the price goes up on February 1".
      const forwardOnly = date[1] !== undefined || date[2] !== undefined || date[3] !== undefined;
      // "this month" may be under way already: in progress, only a date ahead or a named one makes a plan.
      const progressive = THIS_PERIOD.test(date[0]) ? null : PROGRESSIVE_CHANGE.exec(text);
      const scheduled = forwardOnly && !RECURRING.test(text) ? PRESENT_CHANGE.exec(text) : null;
      const future = FUTURE_CHANGE.exec(text) ?? PASSIVE_CHANGE.exec(text) ?? progressive ?? scheduled;
      if (!future || !companySubject(text, context)) continue;
      const start = Math.min(future.index, date.index);
      const end = Math.max(future.index + future[0].length, date.index + date[0].length);
      matches.push({ start, end, label: 'dated plan' });
      break;
    }
    return matches;
  },
};
