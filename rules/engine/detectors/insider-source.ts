import type { Detector, DetectorMatch } from './types.ts';
import { cachedByList, orgNames } from './org-terms.ts';
import { wordsPattern } from './nearby.ts';

// News told as coming from inside: "internal memo says a 15% headcount cut is coming", "word is the board is
// close to approving a buyback", "you didn't hear it from me, but Edge is getting a GPU tier". The source is
// the structure, the fact beside it is the evidence: a source alone ("the internal memo format we use", "rumour
// has it the coffee machine gets fixed") is no leak.
//
// Two strengths of source:
//   material  internal documents, meetings and people with the facts (an internal memo, the leadership
//             offsite, the board pack, an email from our CFO, my manager told me). Anything pending, a number
//             or a company fact beside it makes it a leak.
//   hearsay   rumour and scoop talk (word is, the grapevine, a little bird, hallway chatter, spoiler, you
//             heard it here first, off the record). Only with a company subject and a pending fact of the
//             kinds that are confidential: a deal or corporate action, a product, price or plan, an office,
//             a customer or partner. Layoff rumours and results predictions are the legal and financial
//             rules' to name.

const W = String.raw`(?:\s{1,3})`;
const MATERIAL = [
  String.raw`internal${W}(?:memo|e-?mail|mail|doc|document|deck|slide|wiki|roadmap|forecast|survey|announcement|thread|channel|chat|slack|all-hands|meeting|call|planning|plan|draft|review|report|update|newsletter|faq|town\s?hall)s?`,
  String.raw`(?:leadership|exec|executive|board|management|staff|all-hands|all${W}hands|town\s?hall|qbr|strategy|budget|planning)${W}(?:meeting|offsite|off-site|slack|channel|call|deck|slides?|presentation|notes|minutes|recording|memo|e-?mail|update|pack|papers|review|session|sync|thread|chat|retreat)s?`,
  String.raw`leaked${W}(?:from|out${W}of)`,
  String.raw`(?:e-?mail|memo|message|note|slack|dm|mail|update|letter)${W}from${W}(?:our|the|my)${W}(?:ceo|cfo|cto|coo|cpo|cro|vp|svp|evp|leadership|execs?|board|hr|finance|legal|founders?|management)`,
  String.raw`(?:my|our)${W}(?:manager|boss|vp|director|skip-level|skip${W}level|ceo|cfo|cto|coo|founder)${W}(?:told|tells|said|says|mentioned|let${W}slip|confirmed|hinted)`,
  String.raw`(?:someone|somebody|a${W}friend|my${W}friend|a${W}mate|a${W}buddy|a${W}contact)${W}(?:in|from|on)${W}(?:finance|legal|hr|sales|leadership|the${W}exec${W}team|the${W}board|corp${W}dev|corporate${W}development|product${W}management|the${W}c-suite)`,
  String.raw`(?:sources|insiders?|people)${W}(?:inside|close${W}to|within)${W}(?:the${W}company|leadership|the${W}board|management|the${W}deal)`,
  String.raw`insiders?${W}(?:say|says|tell|told|claim|claims)`,
];
const HEARSAY = [
  String.raw`rumou?rs?(?:${W}(?:has${W}it|mill|is|says|going${W}around))?`,
  String.raw`(?:hallway|office|water${W}cooler|corridor)${W}(?:rumou?r|chatter|talk|gossip|whispers?)s?|chatter|gossip|whispers`,
  String.raw`(?:(?:the|on${W}the|through${W}the)${W})?grapevine`,
  String.raw`word${W}(?:is|has${W}it|around${W}the${W}(?:office|campus|floor)|on${W}the${W}street|in${W}the${W}hallways?)`,
  String.raw`a${W}little${W}bird(?:ie)?`,
  String.raw`(?:I['’]m|I${W}am|we['’]re|been)${W}hearing`,
  String.raw`hearing${W}(?:that|we|rumou?rs)`,
  String.raw`overheard`,
  // A sentence that opens with what was heard: "Heard we're in the final stages of …".
  String.raw`^(?:I${W})?heard(?:${W}that)?`,
  String.raw`spoiler(?:${W}alert)?`,
  String.raw`(?:you${W})?heard${W}it${W}here${W}first`,
  String.raw`first${W}to${W}know`,
  String.raw`(?:you${W})?didn['’]?t${W}hear${W}(?:this|it)${W}from${W}me`,
  String.raw`not${W}(?:yet${W})?official${W}yet|not${W}yet${W}official`,
  String.raw`off${W}the${W}record`,
  String.raw`don['’]?t${W}quote${W}me`,
  String.raw`remember${W}who${W}told${W}you`,
  String.raw`nobody${W}else${W}(?:has|knows)${W}(?:this|it)`,
  String.raw`(?:an${W})?exclusive${W}(?:for|to)${W}(?:my|you|our)(?:${W}(?:followers|readers|network))?|^exclusive${W}?:`,
  String.raw`scoop${W}?:`,
];
// Internal figures: "our internal dashboard has Edge at 9,400 paying teams", "по нашим внутренним данным выручка
// выросла на 40%"; not a tool or team named after them ("our internal metrics library", "внутренние данные платформы").
const FIGURES = [
  String.raw`internal${W}(?:numbers|metrics|figures|stats|statistics|data|dashboards?|analytics|kpis|estimates|projections)(?!${W}(?:library|libraries|tool|tools|tooling|team|teams|platform|pipelines?|services?|systems?|catalog|lake|warehouse|models?|formats?|templates?|stack|project|engineer))`,
  String.raw`внутренн\p{L}{1,3}${W}(?:цифр|статистик|метрик|данн|показател|дашборд|аналитик|отчёт|отчет|прогноз)\p{L}{0,3}(?!${W}(?:платформ|библиотек|команд|сервис|систем)\p{L}*)`,
];
// What internal figures must be about to be a leak: a business metric ("90% of internal dashboards are never opened"
// and "we moved 3 internal dashboards to Grafana 11" are not).
const BUSINESS_METRIC = /(?<![\p{L}\p{N}])(?:churn|revenue|conversion|retention|customers?|clients?|users|paying|teams|signups?|sign-ups?|arr|mrr|nps|growth|sales|bookings|pipeline|margins?|profit|trials?|выручк\p{L}*|отток\p{L}*|конверси\p{L}*|удержани\p{L}*|клиент\p{L}*|пользовател\p{L}*|рост\p{L}*|продаж\p{L}*|прибыл\p{L}*|подписк\p{L}*)(?![\p{L}\p{N}])/iu;
const SOURCE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${MATERIAL.join('|')})|(${FIGURES.join('|')})|(${HEARSAY.join('|')}))(?![\\p{L}\\p{N}])`,
  'giu',
);

// What a company does to a product, a team or another company, told as under way: "is buying", "are cutting".
const BUSINESS_ACTION = String.raw`(?:buy|acquir|sell|merg|cutt|pick|snapp|tak|clos|open|fold|mov|switch|gett|dropp|kill|rais|hik|lay|launch|ship|releas|add|introduc|replac|shutt|plann|hir|freez|reorganis|reorganiz|chang|end|sunsett|retir|doubl|tripl|halv|expand|exit|leav|pull|paus|spinn|bring|offer|rebrand|renam)ing`;

// Something not yet happened or under way: a future, a plan, a date ahead, an action in progress.
const PENDING = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:will|['’]ll|won['’]t|going${W}to|gonna|about${W}to|set${W}to|plans?${W}to|planning|preparing${W}to|close${W}to|poised${W}to|on${W}track${W}to|expected${W}to|in${W}talks|(?:is|are)${W}coming|coming${W}(?:soon|in|next|this)|soon|next${W}(?:week|month|quarter|year|sprint|release)|in${W}q[1-4]|by${W}(?:the${W})?end|starting${W}(?:in|next|on|from)|from${W}(?:january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]|next)|later${W}this|this${W}(?:spring|summer|fall|autumn|winter|quarter)|tomorrow|(?:is|are|['’]re|['’]s)${W}(?:\p{L}+${W})?${BUSINESS_ACTION}|(?:is|are|['’]re)${W}being${W}\p{L}+|wants?${W}to|eyeing|considering|exploring|weighing|final${W}stages|in${W}the${W}works|looking${W}to|trying${W}to|goes${W}(?:up|live|out)|on${W}(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|gets|getting|comes${W}with)(?![\p{L}\p{N}])`,
  'iu',
);
const NUMBER = /\d/;

// The kinds of fact that are confidential until announced.
const COMPANY_FACT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:buy(?:s|ing)?|acquir\p{L}*|acquisition|merg\p{L}*|take${W}?over|taking${W}over|buy-?back|dividend|stock${W}split|share${W}split|ipo|going${W}public|funding|valuation|spin(?:ning)?${W}off|spun${W}off|divest\p{L}*|partner\p{L}*|deal|launch\p{L}*|ship(?:s|ping)?|releas\p{L}*|features?|pricing|prices?|plans?|tiers?|regions?|support|versions?|beta|free|roadmap|rebrand\p{L}*|renam\p{L}*|sunset\p{L}*|deprecat\p{L}*|discontinu\p{L}*|integrations?|comes${W}with|ships${W}with|divisions?|units?|arms?|subsidiar(?:y|ies)|(?:new|open\p{L}*|clos\p{L}*|mov\p{L}*|relocat\p{L}*)${W}(?:\p{L}+${W}){0,2}(?:office|hq|headquarters)s?|(?:office|hq|headquarters)s?${W}(?:\p{L}+${W}){0,2}(?:open|clos|mov|relocat)\p{L}*|data${W}?cent(?:er|re)s?|customers?|clients?|contracts?|fold(?:s|ing)?${W}(?:\p{L}+${W}){0,3}into|reorg\p{L}*)(?![\p{L}\p{N}])`,
  'iu',
);
// Facts about people and pay: confidential when they come from internal material; as rumours, legal's.
const PEOPLE_FACT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:bonus(?:es)?|salar(?:y|ies)|raises|pay|headcount|layoffs?|job${W}cuts|redundanc(?:y|ies)|hiring${W}freeze|budgets?|promotions?)(?![\p{L}\p{N}])`,
  'iu',
);
const COMPANY_WORDS = [
  'we', "we're", 'we’re', "we'll", 'we’ll', 'our', 'us', 'the company', 'the board', 'leadership', 'management', 'execs',
  'ceo', 'cfo', 'cto', 'pricing', 'prices', 'price',
];
const companySubject = cachedByList((names) => wordsPattern([...COMPANY_WORDS, ...names]));

// A rumour denied or news already out is no leak: "the rumours about X are false", "as announced this morning".
const DENIED_OR_PUBLIC = /(?<![\p{L}\p{N}])(?:announced|press\s{1,3}release|not\s{1,3}true|untrue|false|no\s{1,3}truth|debunk\p{L}*|not\s{1,3}happening)(?![\p{L}\p{N}])/iu;
const MEETING_AS_EVENT = /^\s{0,3}(?:is|was|will\s+be|starts|started|went|ran|runs|today|tomorrow|tonight|on\s|at\s\d)/iu;
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])(?:in|at|during|to|into)\s{1,3}(?:a|an|any)\s{1,3}$/iu;
// "ideas for our internal docs", "moving our internal wiki to Markdown", "write the internal memo first": the
// material as what someone works on or adds to, not as the source of what is told ("according to", "thanks to" are).
const WORKED_ON_BEFORE =
  /(?:^|[^\p{L}])(?:(?<!(?:according|thanks|due|owing)\s{1,3})to|for|into|onto|(?:mov|migrat|rewrit|writ|updat|edit|draft|improv|redesign|reorgani[sz]|refresh|translat|build|maintain|fix|restructur|consolidat|archiv|overhaul|tid(?:y|i))\p{L}*|clean\p{L}*\s{1,3}up)\s{1,3}(?:(?:our|the|my|your|a|an|this|that)\s{1,3})?(?:[\p{L}-]+\s{1,3})?$/iu;
const CLAUSE_END = /[.!?;]\s|\n/;
const CLAUSE_ENDS = new RegExp(CLAUSE_END.source, 'g');

function sentenceAround(text: string, start: number, end: number): string {
  let from = 0;
  for (const m of text.slice(0, start).matchAll(CLAUSE_ENDS)) from = m.index + m[0].length;
  const next = text.slice(end).search(CLAUSE_END);
  return text.slice(from, next === -1 ? text.length : end + next + 1);
}

export const insiderSource: Detector = {
  name: 'insider-source',
  description:
    'News told as coming from inside with a fact beside it: internal material or people ("internal memo says", "the leadership offsite", "an email from our CFO", "my manager told me") with anything pending, a number or a company fact; rumour and scoop talk ("word is", "grapevine", "a little bird", "spoiler", "you didn\'t hear it from me", "heard it here first") only with a company subject and a pending deal, product, price, office, customer or partner fact; not a rumour denied or news already announced.',
  scope: 'segment',
  // Each marker contains one of these (its rarest word); the sentence is read only when one is there.
  keywords: [
    'internal', 'внутренн', 'leadership', 'exec', 'board', 'management', 'staff', 'all-hands', 'hands', 'town', 'qbr', 'strategy',
    'budget', 'planning', 'ceo', 'cfo', 'cto', 'coo', 'cpo', 'cro', 'vp', 'hr', 'finance', 'legal', 'founder', 'manager',
    'boss', 'director', 'skip', 'sales', 'corp', 'c-suite', 'sources', 'insider', 'people', 'rumo', 'chatter', 'gossip',
    'whisper', 'talk', 'grapevine', 'word', 'bird', 'hear', 'spoiler', 'first', 'official', 'record', 'quote', 'told',
    'nobody', 'exclusive', 'scoop', 'leaked', 'slide', 'presentation', 'notes', 'minutes',
  ],
  find(text, context) {
    const matches: DetectorMatch[] = [];
    for (const m of text.matchAll(SOURCE)) {
      const sentence = sentenceAround(text, m.index, m.index + m[0].length);
      // The fact is what the rest of the sentence says, not the source's own words.
      const rest = sentence.replace(m[0], ' ');
      const figures = m[2] !== undefined;
      const material = m[1] !== undefined || figures;
      // "in a leadership meeting", "at an offsite": a meeting as a place, not as the source of what is told.
      if (material && INDEFINITE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      if (material && WORKED_ON_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      if (DENIED_OR_PUBLIC.test(rest)) continue;
      // "The leadership meeting is on Thursday": a meeting named as an event, not as the source of what follows.
      if (material && MEETING_AS_EVENT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
      const aboutCompany = companySubject(orgNames(context)).test(rest);
      // "My manager told me to sign up for a course next month" is no company news: something pending counts from
      // internal material only when the company is its subject.
      const leak = figures
        ? NUMBER.test(rest) && BUSINESS_METRIC.test(rest)
        : material
        ? NUMBER.test(rest) || COMPANY_FACT.test(rest) || PEOPLE_FACT.test(rest) || (PENDING.test(rest) && aboutCompany)
        : PENDING.test(rest) && COMPANY_FACT.test(rest) && aboutCompany;
      if (leak) matches.push({ start: m.index, end: m.index + m[0].length, label: material ? 'internal source' : 'insider rumour' });
    }
    return matches;
  },
};
