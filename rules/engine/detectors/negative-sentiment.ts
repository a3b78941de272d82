import type { Detector, DetectorMatch } from './types.ts';
import { LEXICON_PHRASES, valence } from './valence.ts';

/** A word counts as strongly negative from this AFINN valence down ("poor", "useless" −2; "awful" −3). */
const NEGATIVE = -2;
/** A negated word counts as negative from this valence up ("not good", "isn't great"). */
const POSITIVE = 2;

// AFINN also rates events, topics and states of things: an outage, a lawsuit, a loss, a problem to solve, a
// dead battery. They report what happened rather than judge anyone, and other rules (incidents, legal) handle them.
const EVENT_WORDS = new Set([
  'dead',
  'outage', 'outages', 'crash', 'crashes', 'crashed', 'problem', 'problems', 'issue', 'issues', 'risk', 'risks',
  'danger', 'dispute', 'disputes', 'lawsuit', 'lawsuits', 'sue', 'sued', 'sues', 'suing', 'breach', 'breaches', 'war', 'loss', 'losses', 'lost',
  'miss', 'missed', 'missing', 'pain', 'error', 'errors', 'complaint', 'complaints', 'ban', 'banned', 'kill', 'killed',
  'killing', 'sad', 'sorry', 'attack', 'attacks', 'vulnerable', 'vulnerability', 'emergency', 'fire', 'fired', 'cancer',
]);

const NEGATORS = new Set([
  'not', 'no', 'never', 'nothing', 'hardly', 'without', 'nor', "isn't", "wasn't", "aren't", "weren't", "don't",
  "doesn't", "didn't", "won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't", "ain't", 'isnt', 'wasnt',
  'dont', 'doesnt', 'didnt', 'wont', 'cant',
]);
/** "not only good but…", "not just fast" do not negate. */
const NOT_NEGATING_AFTER = new Set(['only', 'just', 'merely', 'simply']);
/** Words allowed between a negator and the positive word it turns: "not very good", "isn't that great". */
const DEGREE = new Set(['very', 'so', 'that', 'too', 'really', 'particularly', 'exactly', 'even', 'a', 'an', 'all', 'quite', 'remotely', 'as']);

/** "we were desperate", "I'm so annoyed": the writer's own feeling, not a judgment of anyone. */
const WRITER = new Set(['i', 'we']);
const FEELING_VERBS = new Set(['was', 'were', 'am', 'are', 'felt', 'feel', 'feels', 'got', 'get', 'getting', 'grew', 'became', 'seemed', 'looked']);
const WRITER_CONTRACTIONS = new Set(["i'm", "we're", 'im']);
/** Words after a feeling that point it at someone: "annoyed by", "angry at", "disappointed with". */
const AIMED_AT = new Set(['by', 'with', 'at', 'about', 'of', 'in']);
/** "survived a near collapse", "recovered from a terrible outage": a harm overcome is a story, not a verdict. */
const OVERCOME = new Set([
  'survived', 'survive', 'survives', 'surviving', 'recovered', 'recover', 'recovers', 'recovering', 'avoided', 'avoid',
  'avoids', 'avoiding', 'prevented', 'prevent', 'prevents', 'preventing', 'escaped', 'weathered', 'overcame', 'overcome',
  'fixed', 'solved', 'averted',
]);

const WORD = /[\p{L}][\p{L}'’-]*/gu;
const CLAUSE_BREAK = /[.,;:!?()—–]/;
const PHRASES = new RegExp(
  `(?<![\\p{L}'’])(?:${LEXICON_PHRASES.filter(([, v]) => v <= NEGATIVE)
    .map(([p]) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]?").replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}])`,
  'giu',
);

interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Strongly negative evaluation words of AFINN-165 (−2 and below), and positive ones turned by a negation
 * right before them ("not good"); a negated negative word ("not bad", "never disappointing") is not
 * negative. English only.
 */
export const negativeSentiment: Detector = {
  name: 'negative-sentiment',
  description: 'Strongly negative English evaluation words (AFINN-165 valence ≤ −2) and negated positive ones ("not good"); "not bad" is not negative.',
  scope: 'segment',
  find(text) {
    const matches: DetectorMatch[] = [];
    PHRASES.lastIndex = 0;
    for (let m = PHRASES.exec(text); m !== null; m = PHRASES.exec(text)) {
      matches.push({ start: m.index, end: m.index + m[0].length, label: 'negative phrase' });
    }
    const inPhrase = (t: Token) => matches.some((m) => t.start < m.end && t.end > m.start);
    const tokens = [...text.matchAll(WORD)].map((m) => ({ text: m[0].toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + m[0].length }));
    tokens.forEach((token, i) => {
      if (inPhrase(token) || EVENT_WORDS.has(token.text)) return;
      const rated = valence(token.text);
      if (rated === undefined) return;
      if (rated < 0 && (writersFeeling(text, tokens, i) || overcome(text, tokens, i))) return;
      const negator = negatorBefore(text, tokens, i, rated > 0);
      if (rated <= NEGATIVE && negator === undefined) matches.push({ start: token.start, end: token.end, label: 'negative word' });
      else if (rated >= POSITIVE && negator !== undefined) matches.push({ start: negator.start, end: token.end, label: 'negated positive word' });
    });
    return matches.sort((a, b) => a.start - b.start);
  },
};

/**
 * The negator that scopes over token i, in the same clause: up to three words before a negative word
 * ("not the worst"), right before a positive one or one degree word away ("not good", "not very good").
 */
function negatorBefore(text: string, tokens: readonly Token[], i: number, turnsPositive: boolean): Token | undefined {
  const reach = turnsPositive ? 2 : 3;
  for (let j = i - 1; j >= 0 && i - j <= reach; j--) {
    const candidate = tokens[j]!;
    const next = tokens[j + 1]!;
    if (CLAUSE_BREAK.test(text.slice(candidate.end, next.start)) || candidate.text === 'but') return undefined;
    if (NEGATORS.has(candidate.text)) return NOT_NEGATING_AFTER.has(next.text) ? undefined : candidate;
    if (turnsPositive && !DEGREE.has(candidate.text)) return undefined;
  }
  return undefined;
}

/** The tokens before token i in its clause, nearest first, at most `reach` of them. */
function clauseBefore(text: string, tokens: readonly Token[], i: number, reach: number): Token[] {
  const before: Token[] = [];
  for (let j = i - 1; j >= 0 && i - j <= reach; j--) {
    if (CLAUSE_BREAK.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) break;
    before.push(tokens[j]!);
  }
  return before;
}

/**
 * Whether token i says how the writer felt, about nobody named: "we were desperate for a fix", "I felt really stupid";
 * "I'm so annoyed by their pricing" still judges them.
 */
function writersFeeling(text: string, tokens: readonly Token[], i: number): boolean {
  if (AIMED_AT.has(tokens[i + 1]?.text ?? '')) return false;
  const before = clauseBefore(text, tokens, i, 4);
  let k = 0;
  while (k < before.length && DEGREE.has(before[k]!.text)) k++;
  const verb = before[k]?.text ?? '';
  return WRITER_CONTRACTIONS.has(verb) || (FEELING_VERBS.has(verb) && WRITER.has(before[k + 1]?.text ?? ''));
}

/** Whether token i is a harm someone got through: "survived a near collapse", "recovered from a terrible outage". */
function overcome(text: string, tokens: readonly Token[], i: number): boolean {
  return clauseBefore(text, tokens, i, 4).some((t) => OVERCOME.has(t.text));
}
