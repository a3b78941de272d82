import type { Detector, DetectorMatch } from './types.ts';
import { valence } from './valence.ts';
import { escapeRegExp } from '../regex-literal.ts';

// Name-calling nouns that only ever mean a person, in any frame: "you absolute muppet", "a clueless fraud like him".
const PERSON_INSULTS = new Set([
  'idiot', 'moron', 'imbecile', 'cretin', 'buffoon', 'clown', 'muppet', 'numpty', 'halfwit', 'dimwit', 'nitwit', 'twit',
  'dunce', 'dolt', 'simpleton', 'bozo', 'jerk', 'creep', 'loser', 'coward', 'scumbag', 'sleazebag', 'dirtbag', 'lowlife',
  'charlatan', 'liar', 'windbag', 'blowhard', 'gasbag', 'prat', 'plonker', 'pillock', 'tosser', 'knobhead', 'bellend',
  'hypocrite', 'crook', 'grifter', 'crybaby', 'nincompoop', 'ignoramus', 'oaf', 'lout', 'blockhead', 'bonehead',
  'numbskull', 'numskull', 'meathead', 'airhead', 'dingbat', 'chump', 'dumbo', 'fool', 'fraudster', 'sellout', 'wannabe',
  'poser', 'phony', 'phoney', 'shill', 'weasel', 'jackass', 'dumbass', 'dipstick', 'doofus', 'dork', 'goon', 'hack',
  'amateur', 'noob', 'n00b', 'newb', 'scrub', 'has-been', 'yes-man', 'yes-men', 'bootlicker', 'brown-noser', 'suck-up',
  'narcissist', 'egomaniac', 'sociopath', 'psychopath', 'bigot', 'freeloader', 'slacker', 'deadweight', 'dick', 'prick',
  'douche', 'douchebag', 'asshole', 'arsehole', 'bastard', 'dickhead', 'wanker', 'twat', 'scumbag', 'sleazeball', 'slimeball',
]);
// Nouns that insult a person only when said of them with a character word, or to their face: "a spineless snake",
// "you're a joke" — but "the release was a joke", "a massive fraud was uncovered", "a quick hack" are no insults.
const ADDRESSED_INSULTS = new Set([
  'joke', 'failure', 'disgrace', 'embarrassment', 'nobody', 'fraud', 'snake', 'rat', 'pig', 'worm', 'slug', 'parasite',
  'leech', 'troll', 'bully', 'thug', 'brat', 'donkey', 'sheep', 'waste', 'fake', 'cheat', 'nightmare', 'tool',
]);
/** Plain words for a person: an insult only with a character word before them ("a spineless little man"). */
const PEOPLE = new Set(['man', 'woman', 'person', 'human', 'guy', 'boy', 'girl', 'child', 'kid', 'individual', 'creature', 'people', 'men', 'women']);
// Character words, not moods or states: "you're wrong", "you're late", "you're sick" are not in it.
const INSULT_ADJECTIVES = new Set([
  'stupid', 'dumb', 'idiotic', 'moronic', 'brainless', 'clueless', 'incompetent', 'useless', 'worthless', 'pathetic',
  'spineless', 'gutless', 'cowardly', 'pompous', 'arrogant', 'smug', 'lazy', 'dishonest', 'deluded', 'delusional',
  'ignorant', 'dense', 'thick', 'insufferable', 'pitiful', 'laughable', 'hopeless', 'two-faced', 'lying', 'sniveling',
  'snivelling', 'gormless', 'witless', 'dimwitted', 'halfwitted', 'obnoxious', 'condescending', 'petty', 'vile',
  'disgusting', 'braindead', 'brain-dead', 'talentless', 'entitled', 'self-important', 'sanctimonious', 'slimy', 'sleazy',
  'creepy', 'spiteful', 'unhinged', 'feckless', 'inept', 'bumbling', 'pea-brained', 'fake', 'fraudulent', 'shameless',
  'contemptible', 'despicable', 'repulsive', 'pea-brain', 'know-nothing', 'small-minded', 'narrow-minded', 'washed-up',
  'two-bit', 'third-rate', 'second-rate', 'small-time',
]);
/** Degree words that sit between the article and the insult: "an absolute", "a complete", "such a". */
const INTENSIFIERS = new Set([
  'absolute', 'utter', 'complete', 'total', 'real', 'right', 'proper', 'massive', 'giant', 'colossal', 'raging',
  'walking', 'certified', 'pure', 'bloody', 'fucking', 'freaking', 'frigging', 'damn', 'little', 'big', 'huge', 'such',
  'first-class', 'grade-a', 'world-class', 'textbook', 'prize',
]);
/** A modifier this negative in AFINN is a character word too ("a horrible little liar"); "bad" alone is often playful. */
const STRONGLY_NEGATIVE = -3;
const isCharacterWord = (word: string) =>
  INSULT_ADJECTIVES.has(word) || (word !== 'bad' && !NOT_INSULTS.has(word) && (valence(word) ?? 0) <= STRONGLY_NEGATIVE && !PERSON_INSULTS.has(word));

/** Only these make a word nobody listed into an insult when said to someone: "you absolute muppet", "you utter X". */
const STRONG_INTENSIFIERS = new Set(['absolute', 'utter', 'raging', 'colossal', 'certified', 'walking']);
/** "You absolute legend": the same frame praising. */
const PRAISE = new Set([
  'legend', 'legends', 'star', 'hero', 'genius', 'gem', 'icon', 'angel', 'saint', 'king', 'queen', 'champ', 'champion',
  'beast', 'unit', 'madlad', 'madman', 'madwoman', 'rockstar', 'treasure', 'lifesaver', 'life-saver', 'wizard', 'machine',
  'boss', 'mvp', 'delight', 'joy', 'sweetheart', 'darling', 'babe', 'goat', 'superstar', 'inspiration', 'rock', 'natural',
  'pro', 'mensch', 'sweetie', 'cutie', 'hoot', 'riot', 'weapon', 'animal', 'marvel', 'powerhouse', 'force', 'trooper',
  'trouper', 'sport', 'peach', 'doll', 'dear', 'diamond', 'g', 'beauty', 'menace', 'nerd', 'geek', 'unicorn',
  'encyclopedia', 'encyclopaedia', 'dictionary', 'wikipedia', 'saint', 'lion', 'elephant', 'owl', 'fox',
]);
// "You have the intelligence of a brick": a quality likened to a dull object ("the patience of a saint" is praise).
const DULL_OBJECTS = new Set([
  'brick', 'rock', 'potato', 'goldfish', 'toaster', 'doorknob', 'turnip', 'houseplant', 'plank', 'cabbage', 'lamp', 'sponge',
  'stone', 'sack', 'bag', 'peanut', 'gnat', 'fruit', 'teaspoon', 'spoon', 'jellyfish', 'slug', 'lettuce', 'walnut',
  'loaf', 'shoe', 'fencepost', 'fence', 'wet', 'damp',
]);
// AFINN rates events and states too; said of someone they are no insult ("you're a victim of…", "you're a survivor").
const NOT_INSULTS = new Set(['victim', 'survivor', 'patient', 'suspect', 'beginner', 'newbie', 'rookie', 'novice']);

const ADDRESS = new Set(['you', 'u', 'ya', "you're", 'youre', "u're"]);
const COPULA = new Set(['are', 'were', 'r']);
const LIKENESS_VERBS = new Set(['sound', 'look', 'act', 'acting', 'behave', 'behaving', 'sounding', 'looking']);
const ARTICLES = new Set(['a', 'an', 'one', 'such', 'what', 'the', 'some']);
const DEGREE = new Set([
  'so', 'really', 'just', 'completely', 'absolutely', 'utterly', 'totally', 'incredibly', 'truly', 'literally',
  'genuinely', 'beyond', 'such', 'being', 'very', 'too', 'pretty', 'honestly', 'clearly', 'obviously', 'this', 'that',
  'actually', 'seriously', 'always', 'still', 'even',
]);
const NEGATORS = new Set(['not', 'never', 'no', "isn't", "aren't", "weren't", 'hardly']);
/** Words after which a noun is still the head of the insult: "you clown and", "a liar who", "a fool if". */
const AFTER_HEAD = new Set(['and', 'or', 'who', 'that', 'if', 'like', 'for', 'with', 'of', 'to', 'at', 'lol', 'lmao', 'tbh', 'honestly']);
/** "clown behaviour from @x", "idiot move": an insult noun used as a label for what someone did. */
const CONDUCT = new Set(['behaviour', 'behavior', 'move', 'moves', 'energy', 'logic', 'antics', 'take', 'takes', 'shit', 'nonsense']);
const FIRST_PERSON = new Set(['i', "i'm", 'im', "i've", 'me', 'myself', 'we', "we're", 'us', 'ourselves']);
/** "those clowns", "these halfwits": a plural insult after these is a label for people the reader can point at. */
const DEMONSTRATIVES = new Set(['those', 'these']);
const DEFINITE = new Set(['the', 'that', ...DEMONSTRATIVES]);
/** After "the idiot(s)", the words that say who is meant: "the idiot in finance", "the dimwits running QA". */
const WHO_IS_MEANT = new Set([
  'in', 'on', 'at', 'from', 'who', "who's", 'whose', 'over', 'upstairs', 'downstairs', 'running', 'behind', 'responsible',
  'across', 'managing', 'leading', 'writing', 'reviewing', 'approving',
]);
// Person insults that also name a real role or a harmless thing: "the clowns at the party", "the hack in the build
// script", "the noobs in my guild", "The Fool on the Hill", "the weasel in our garden". Only a character word makes them
// an insult after "the".
const LITERAL_TOO = new Set(['clown', 'hack', 'amateur', 'noob', 'n00b', 'newb', 'scrub', 'fool', 'goon', 'poser', 'has-been', 'dork', 'weasel']);
/** "a bunch of clowns", "a pack of halfwits": a group word before "of" and a plural insult. */
const GROUPS = new Set(['bunch', 'pack', 'band', 'gang', 'herd', 'load', 'crowd', 'collection', 'room', 'team', 'office']);
/** "the rudest human alive", "the laziest manager": a character superlative before a word for a person. */
const SUPERLATIVE_INSULTS = new Set([
  'rudest', 'dumbest', 'stupidest', 'laziest', 'nastiest', 'meanest', 'thickest', 'dimmest', 'slimiest', 'sleaziest',
  'creepiest', 'greediest', 'vilest', 'smuggest', 'ugliest', 'whiniest', 'pettiest',
]);
const SUPERLATIVE_DEGREE = new Set(['single', 'very', 'absolute', 'all-time']);
/**
 * "some absolute walnut in accounts": after "some" and these, any plain noun is a person being called names ("that
 * absolute path in the config", "some walking tour in Lisbon" are why it is only "some" and only these).
 */
const POINTED_INTENSIFIERS = new Set(['absolute', 'utter', 'raging']);
/** Words for someone at work or a customer: a superlative insult can be said of them too ("the rudest customer"). */
const ROLES = new Set([
  'customer', 'client', 'user', 'manager', 'boss', 'colleague', 'coworker', 'co-worker', 'engineer', 'developer', 'dev',
  'recruiter', 'employee', 'being', 'intern', 'contractor', 'vendor', 'founder', 'ceo', 'exec', 'executive',
]);
/** "X are clowns": a verb that says what someone is; "isn't", "aren't" say the opposite. */
const IS = new Set(['is', 'are', 'was', 'were', "he's", "she's", "they're", 'theyre', "who's", 'seem', 'seems', 'seemed']);
/** The verb already says it is a person. */
const IS_PERSON = new Set(["he's", "she's", "they're", 'theyre', "who's"]);
/** Subjects that are people: "he is a fraud", "whoever wrote this is a dick". */
const PERSONAL_SUBJECTS = new Set(['he', 'she', 'they', 'who', 'whoever', 'anyone', 'anybody', 'someone', 'somebody', 'everyone', 'everybody', 'dude', 'bloke', 'lad', 'lads', 'mate']);
/**
 * People at work, as a group or a function ("their lawyers are clowns", "support are amateurs"): who a literal-too noun is
 * an insult for without a character word ("the kids were clowns for Halloween" is a costume).
 */
const STAFF = new Set([
  ...ROLES, 'lawyer', 'attorney', 'support', 'management', 'leadership', 'board', 'sale', 'sales', 'rep', 'team',
  'staff', 'people', 'folk', 'folks', 'guy', 'auditor', 'regulator', 'analyst', 'consultant', 'admin', 'op', 'ops', 'hr',
  'it', 'marketing', 'pm', 'designer', 'tester', 'qa', 'cto', 'cfo', 'vp', 'director', 'official', 'reviewer', 'critic',
  'journalist', 'politician', 'agent', 'agency', 'department', 'dept', 'crew', 'everyone', 'they', 'them',
]);
/** Degree words that make a clause of nothing but an insult a verdict on people: "Absolute clowns." */
const BARE_DEGREE = new Set(['absolute', 'utter', 'complete', 'total', 'right', 'proper', 'certified']);
/**
 * One person by their job or as a person: "their CISO is a fraud", "the VP who signed it is a snake". A word that names a
 * function ("support", "the team") is not here: "their support is a joke" judges a service.
 */
const PERSON_ROLES = new Set([
  ...ROLES, 'lawyer', 'attorney', 'ciso', 'cto', 'cfo', 'coo', 'cmo', 'cio', 'vp', 'svp', 'evp', 'director', 'head', 'chief',
  'president', 'chair', 'chairman', 'chairwoman', 'cofounder', 'co-founder', 'lead', 'pm', 'architect', 'interviewer',
  'auditor', 'consultant', 'analyst', 'rep', 'guy', 'bloke', 'dude', 'man', 'woman', 'person', 'skip-level', 'teammate',
  'investor', 'reporter', 'journalist', 'reviewer', 'admin', 'sysadmin', 'hire', 'supervisor', 'owner', 'partner',
]);
/** Words after the person that still belong to the subject: "the VP who signed it", "Kevin from finance", "the head of sales". */
const SUBJECT_CONTINUES = new Set(['who', 'from', 'in', 'at', 'on', 'of', 'over', 'behind', 'running', 'leading']);

/** Words between a subject and its verb: "we all were", "we both are". */
const SUBJECT_QUANTIFIERS = new Set(['all', 'both', 'really', 'just', 'clearly', 'honestly', 'sometimes', 'truly', 'certainly']);
/** "a company run by idiots", "an office full of morons": what is made of the people named after "by", "of", "with". */
const MADE_OF = new Set(['run', 'staffed', 'managed', 'led', 'designed', 'built', 'written', 'full', 'packed', 'filled', 'overrun', 'infested']);

const WORD = /[\p{L}][\p{L}'’-]*/gu;
/**
 * Every frame below has one of these words (singular or plural), so a sentence without any is skipped
 * before it is split into words: most sentences, and this detector runs on every one.
 */
const TRIGGER = new RegExp(
  `(?<!\\p{L})(?:${[...ADDRESS, "you've", 'imagine', ...PERSON_INSULTS, ...ADDRESSED_INSULTS, ...PEOPLE, ...SUPERLATIVE_INSULTS, ...INSULT_ADJECTIVES, ...POINTED_INTENSIFIERS]
    .map((word) => escapeRegExp(word).replace(/'/g, "['’]"))
    .join('|')})s?(?!\\p{L})`,
  'iu',
);
const CLAUSE_BREAK = /[.,;:!?()—–"“”]/;

interface Token {
  text: string;
  start: number;
  end: number;
  /** Typed with a capital first letter and then lower case: a name, when it does not open the sentence ("SDK" is not). */
  capital: boolean;
}

/**
 * Insults aimed at a person (English): said to them ("you absolute muppet", "you're a spineless coward", "what a clown
 * you are", "only a halfwit like you") or name-calling of someone else with a character word ("a clueless fraud");
 * never about oneself ("I was a total muppet"), never praise in the same frame ("you absolute legend").
 */
export const personalInsult: Detector = {
  name: 'personal-insult',
  description: 'Insults aimed at a person (English): "you absolute muppet", "you\'re a spineless coward", "a halfwit like you", "a clueless fraud", "those buffoons upstairs", "the rudest human alive"; not self-deprecation or praise ("you absolute legend").',
  scope: 'segment',
  find(text) {
    if (!TRIGGER.test(text)) return [];
    const tokens = [...text.matchAll(WORD)].map((m) => ({
      text: m[0].toLowerCase().replace(/’/g, "'"),
      start: m.index,
      end: m.index + m[0].length,
      capital: /^\p{Lu}\p{Ll}/u.test(m[0]),
    }));
    const linked = (i: number) => i + 1 < tokens.length && !CLAUSE_BREAK.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start));
    const matches: DetectorMatch[] = [];
    const add = (from: Token, to: Token, label: string) => {
      if (!matches.some((m) => m.start < to.end && m.end > from.start)) matches.push({ start: from.start, end: to.end, label });
    };
    tokens.forEach((token, i) => {
      if (ADDRESS.has(token.text)) {
        // "are you this dense": the verb before "you" asks the same thing as "you are".
        const asked = i > 0 && COPULA.has(tokens[i - 1]!.text) && linked(i - 1);
        const end = addressedInsult(tokens, i, linked, asked);
        if (end !== undefined) add(asked ? tokens[i - 1]! : token, tokens[end]!, 'insult');
      }
      const saidOfYou = token.text === "you've" || ((token.text === 'have' || token.text === 'got') && ADDRESS.has(tokens[i - 1]?.text ?? '') && linked(i - 1));
      if (saidOfYou) {
        const end = dullComparison(tokens, i, linked);
        if (end !== undefined) add(token.text === "you've" ? token : tokens[i - 1]!, tokens[end]!, 'insult');
      }
      if (POINTED_INTENSIFIERS.has(token.text)) {
        const end = pointedStrongInsult(tokens, i, linked);
        if (end !== undefined) add(tokens[i - 1]!, tokens[end]!, 'name-calling');
      }
      if (token.text === 'being' && tokens[i - 1]?.text === 'imagine' && linked(i - 1)) {
        const end = predicateInsult(tokens, i, linked);
        if (end !== undefined) add(tokens[i - 1]!, tokens[end]!, 'insult');
      }
      if (isPersonInsult(token.text) || ADDRESSED_INSULTS.has(singular(token.text)) || PEOPLE.has(token.text)) {
        const frame =
          (PEOPLE.has(token.text) ? undefined : insultPointedAtYou(tokens, i, linked)) ??
          nameCalling(tokens, i, linked) ??
          insultAsLabel(tokens, i, linked) ??
          insultAsPredicate(tokens, i, linked) ??
          verdictOnPerson(tokens, i, linked);
        if (frame) add(tokens[frame[0]]!, tokens[frame[1]]!, frame[2]);
      }
      if (PEOPLE.has(token.text) || ROLES.has(singular(token.text))) {
        const first = superlativeInsult(tokens, i, linked);
        if (first !== undefined) add(tokens[first]!, token, 'insult');
      }
    });
    return matches.sort((a, b) => a.start - b.start);
  },
};

function singular(word: string): string {
  return word.endsWith('s') && word.length > 3 && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

function isPersonInsult(word: string): boolean {
  return PERSON_INSULTS.has(word) || PERSON_INSULTS.has(singular(word));
}

type Linked = (i: number) => boolean;

/** Index of the last word of an insult said to "you" at tokens[i], if there is one. */
function addressedInsult(tokens: readonly Token[], i: number, linked: Linked, asked: boolean): number | undefined {
  const at = (k: number) => tokens[k]?.text;
  let k = i;
  let copula = asked || at(i)!.includes("'re") || at(i) === 'youre';
  const step = () => (linked(k) ? ++k : -1);
  if (step() < 0) return undefined;
  if (!copula && COPULA.has(at(k)!)) {
    copula = true;
    if (step() < 0) return undefined;
  }
  if (LIKENESS_VERBS.has(at(k)!) && at(k + 1) === 'like' && linked(k)) {
    copula = true;
    k += 1;
    if (step() < 0) return undefined;
  }
  if (copula && !ARTICLES.has(at(k)!)) return predicateInsult(tokens, k - 1, linked);
  let article = false;
  if (ARTICLES.has(at(k)!)) {
    article = true;
    if (at(k) === 'such' && (at(k + 1) === 'a' || at(k + 1) === 'an') && linked(k)) k++;
    if (step() < 0) return undefined;
  }
  // "you X" with no verb and no article is a vocative ("you absolute muppet"), so X must end the phrase ("did you
  // fool anyone" is no insult); after "you're a(n) …" the article already makes X a noun said of them.
  let characterWord = false;
  let strong = false;
  for (let scanned = 0; scanned < 4; scanned++, k++) {
    const word = at(k)!;
    const headEnds = !linked(k) || AFTER_HEAD.has(at(k + 1) ?? '');
    if (isPersonInsult(word)) return article || headEnds ? k : undefined;
    // Listed before the praise check: AFINN rates "joke" +2. Without an article only as a call at the start of a
    // clause that ends with it (", you fraud."), never as a verb ("you cheat at cards").
    if (ADDRESSED_INSULTS.has(singular(word)) && (article || (headEnds && !linked(k) && (i === 0 || !linked(i - 1))))) return k;
    if (PRAISE.has(word) || (valence(word) ?? 0) > 0) return undefined;
    if (isCharacterWord(word) || INTENSIFIERS.has(word)) {
      characterWord ||= isCharacterWord(word);
      strong ||= STRONG_INTENSIFIERS.has(word);
      // Ends the phrase: an AFINN noun is the head itself ("you're a nightmare to work with").
      if (!linked(k) || (headEnds && !INSULT_ADJECTIVES.has(word))) return characterWord && article ? k : undefined;
      continue;
    }
    if (NOT_INSULTS.has(singular(word))) return undefined;
    if (!headEnds) {
      // "you are a walking code smell": after a strong intensifier the insult may take two words; "you attention-seeking
      // grifter": a modifier nobody listed before a name-calling noun that ends the phrase.
      if (strong && article) continue;
      const next = k + 1;
      if (isPersonInsult(at(next) ?? '') && (!linked(next) || AFTER_HEAD.has(at(next + 1) ?? ''))) return next;
      return undefined;
    }
    if (characterWord || strong) return k;
    // Only after a verb that says what they are: in "brings you a problem" the noun is what they are given.
    return article && copula && (valence(word) ?? 0) <= -2 ? k : undefined;
  }
  return undefined;
}

/** Index of a character adjective said of someone after tokens[i] ("so clueless", "genuinely this dense"), if any. */
function predicateInsult(tokens: readonly Token[], i: number, linked: Linked): number | undefined {
  let k = i + 1;
  if (!linked(i)) return undefined;
  while (DEGREE.has(tokens[k]?.text ?? '') && linked(k)) k++;
  const word = tokens[k]?.text ?? '';
  if (NEGATORS.has(word)) return undefined;
  return INSULT_ADJECTIVES.has(word) ? k : undefined;
}

/** "(you) have the intelligence of a brick": index of the object, when a faculty is likened to a dull thing. */
function dullComparison(tokens: readonly Token[], i: number, linked: Linked): number | undefined {
  let k = i + 1;
  if (tokens[k]?.text === 'got' && linked(i)) k++;
  if (tokens[k]?.text !== 'the' || !linked(k - 1)) return undefined;
  for (k++; k < tokens.length && tokens[k]!.text !== 'of'; k++) {
    if (!linked(k - 1) || k - i > 5) return undefined;
  }
  if (tokens[k]?.text !== 'of' || !linked(k - 1) || !linked(k)) return undefined;
  let object = k + 1;
  if (tokens[object]?.text === 'a' || tokens[object]?.text === 'an') object++;
  for (let reach = 0; reach < 2 && object < tokens.length; reach++, object++) {
    const word = singular(tokens[object]!.text);
    if (PRAISE.has(word)) return undefined;
    if (DULL_OBJECTS.has(word)) return object;
    if (!linked(object)) break;
  }
  return undefined;
}

/** "a halfwit like you", "what a clown you are": [first, last, label] of the insult pointed back at "you". */
function insultPointedAtYou(tokens: readonly Token[], i: number, linked: Linked): [number, number, string] | undefined {
  const at = (k: number) => tokens[k]?.text;
  const first = startOfNounPhrase(tokens, i, linked);
  if (first === undefined) return undefined;
  if (linked(i) && at(i + 1) === 'like' && linked(i + 1) && ADDRESS.has(at(i + 2) ?? '')) return [first, i + 2, 'insult'];
  if (at(first) === 'what' && linked(i) && ADDRESS.has(at(i + 1) ?? '')) return [first, i + 1, 'insult'];
  return undefined;
}

/** "a clueless fraud", "an absolute clown", about someone other than the writer: [first, last, label]. */
function nameCalling(tokens: readonly Token[], i: number, linked: Linked): [number, number, string] | undefined {
  if (isPersonInsult(tokens[i]!.text) && linked(i) && CONDUCT.has(tokens[i + 1]?.text ?? '')) {
    const first = startOfNounPhrase(tokens, i, linked) ?? (INTENSIFIERS.has(tokens[i - 1]?.text ?? '') && linked(i - 1) ? i - 1 : i);
    return writerInClause(tokens, first, linked) || writerLaterInClause(tokens, i + 1, linked) ? undefined : [first, i + 1, 'name-calling'];
  }
  const first = startOfNounPhrase(tokens, i, linked);
  if (first === undefined) return undefined;
  const modifiers = tokens.slice(first + 1, i).map((t) => t.text).filter((w) => w !== 'a' && w !== 'an');
  const character = modifiers.some(isCharacterWord);
  const degree = modifiers.some((w) => INTENSIFIERS.has(w));
  const word = tokens[i]!.text;
  if (!(character || (degree && isPersonInsult(word)))) return undefined;
  if (PEOPLE.has(word) && !character) return undefined;
  if (!isPersonInsult(word) && !character) return undefined;
  return writerInClause(tokens, first, linked) ? undefined : [first, i, 'name-calling'];
}

/** Whether the writer is in the clause after tokens[last] ("clown behaviour from me today"). */
function writerLaterInClause(tokens: readonly Token[], last: number, linked: Linked): boolean {
  for (let k = last; k + 1 < tokens.length && linked(k); k++) if (FIRST_PERSON.has(tokens[k + 1]!.text)) return true;
  return false;
}

/** Whether the writer is in the clause before tokens[first] ("I was a total muppet", "such a clown I am"). */
function writerInClause(tokens: readonly Token[], first: number, linked: Linked): boolean {
  for (let k = first - 1; k >= 0 && linked(k); k--) if (FIRST_PERSON.has(tokens[k]!.text)) return true;
  return false;
}

/** The article ("a", "an", "what a", "such a") opening the noun phrase that ends at tokens[i], over at most three modifiers. */
function startOfNounPhrase(tokens: readonly Token[], i: number, linked: Linked): number | undefined {
  for (let k = i - 1; k >= 0 && i - k <= 4 && linked(k); k--) {
    const word = tokens[k]!.text;
    if (word === 'a' || word === 'an') return (tokens[k - 1]?.text === 'what' || tokens[k - 1]?.text === 'such') && linked(k - 1) ? k - 1 : k;
    if (!(isCharacterWord(word) || INTENSIFIERS.has(word))) return undefined;
  }
  return undefined;
}

/**
 * An insult used as the label for people: "those buffoons upstairs", "the idiot in finance who…", "a bunch of halfwits",
 * or a clause that is nothing but the insult ("Pathetic losers."): [first, last, label].
 */
function insultAsLabel(tokens: readonly Token[], i: number, linked: Linked): [number, number, string] | undefined {
  const word = tokens[i]!.text;
  if (!isPersonInsult(word)) return undefined;
  const plural = !PERSON_INSULTS.has(word);
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && linked(k) && (isCharacterWord(tokens[k]!.text) || INTENSIFIERS.has(tokens[k]!.text))) k--;
  const characterWord = tokens.slice(k + 1, i).some((t) => isCharacterWord(t.text));
  const before = k >= 0 && linked(k) ? tokens[k]!.text : undefined;
  const next = linked(i) ? tokens[i + 1]?.text : undefined;
  const contempt = characterWord || !LITERAL_TOO.has(singular(word));
  let first: number | undefined;
  if (before !== undefined && DEMONSTRATIVES.has(before) && plural) first = k;
  else if (before !== undefined && DEFINITE.has(before) && WHO_IS_MEANT.has(next ?? '') && contempt) {
    // "the idiot in me" is the writer.
    if (!FIRST_PERSON.has(tokens[i + 2]?.text ?? '')) first = k;
  } else if (before === 'of' && plural && contempt && GROUPS.has(tokens[k - 1]?.text ?? '') && linked(k - 1)) first = k - 1;
  else if (before === undefined && (characterWord || bareStrongLabel(tokens, k + 1, i, linked))) first = k + 1;
  if (first === undefined) return undefined;
  return writerInClause(tokens, first, linked) ? undefined : [first, i, 'name-calling'];
}

/**
 * "Absolute clowns." "Total idiots, honestly.": a clause that is only a strong degree word and the insult; "complete
 * amateurs, but we had fun" is the writer.
 */
function bareStrongLabel(tokens: readonly Token[], first: number, i: number, linked: Linked): boolean {
  if (!tokens.slice(first, i).some((t) => BARE_DEGREE.has(t.text)) || linked(i)) return false;
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
    if (FIRST_PERSON.has(tokens[k]!.text)) return false;
    if (!linked(k)) break;
  }
  return true;
}

/** Index of "the" in "the rudest human", "the most incompetent manager" ending at tokens[i]; not said of the writer. */
function superlativeInsult(tokens: readonly Token[], i: number, linked: Linked): number | undefined {
  const at = (k: number) => tokens[k]?.text ?? '';
  let k = i - 1;
  if (k < 1 || !linked(k)) return undefined;
  if (INSULT_ADJECTIVES.has(at(k)) && at(k - 1) === 'most' && linked(k - 1)) k--;
  else if (!SUPERLATIVE_INSULTS.has(at(k))) return undefined;
  // "the single most useless person", "the very laziest".
  if (SUPERLATIVE_DEGREE.has(at(k - 1)) && linked(k - 1)) k--;
  if (at(k - 1) !== 'the' || !linked(k - 1)) return undefined;
  const the = k - 1;
  // "I'm the laziest person on the team", "I was the rudest customer": the writer about themself.
  for (let j = the - 1; j >= 0 && the - j <= 2 && linked(j); j--) if (FIRST_PERSON.has(at(j))) return undefined;
  return the;
}

/**
 * "some absolute walnut in accounts": a pointing determiner, a strong intensifier, any noun that is not praise, then the
 * words that say who is meant. Index of the noun.
 */
function pointedStrongInsult(tokens: readonly Token[], i: number, linked: Linked): number | undefined {
  const at = (k: number) => tokens[k]?.text ?? '';
  if (i < 1 || !linked(i - 1) || at(i - 1) !== 'some' || !linked(i) || !linked(i + 1)) return undefined;
  const noun = at(i + 1);
  // A word AFINN rates is a state or a verdict ("some absolute chaos in the repo"), not a thing someone is called.
  if (PRAISE.has(noun) || NOT_INSULTS.has(noun) || valence(noun) !== undefined || !WHO_IS_MEANT.has(at(i + 2))) return undefined;
  return writerInClause(tokens, i - 1, linked) ? undefined : i + 1;
}

/**
 * An insult said of someone else as what they are, or what a place is made of: "their lawyers are clowns", "support are
 * useless idiots", "my manager is an idiot", "a company run by morons": [first, last, label]. A literal-too noun needs a
 * character word or a word for people at work as its subject ("the kids were clowns for Halloween" is a costume).
 */
function insultAsPredicate(tokens: readonly Token[], i: number, linked: Linked): [number, number, string] | undefined {
  const word = tokens[i]!.text;
  if (!isPersonInsult(word)) return undefined;
  const plural = !PERSON_INSULTS.has(word);
  let k = i - 1;
  let modified = false;
  while (k >= 0 && i - k <= 4 && linked(k) && (isCharacterWord(tokens[k]!.text) || INTENSIFIERS.has(tokens[k]!.text) || (!plural && (tokens[k]!.text === 'a' || tokens[k]!.text === 'an')))) {
    modified ||= tokens[k]!.text !== 'a' && tokens[k]!.text !== 'an';
    k--;
  }
  if (k < 0 || !linked(k)) return undefined;
  const verb = tokens[k]!.text;
  const article = k + 1 < i && (tokens[k + 1]!.text === 'a' || tokens[k + 1]!.text === 'an');
  if (!plural && !article) return undefined;
  const madeOf = (verb === 'by' || verb === 'of' || verb === 'with') && plural && k > 0 && linked(k - 1) && MADE_OF.has(tokens[k - 1]!.text);
  if (!IS.has(verb) && !madeOf) return undefined;
  const subject = madeOf ? undefined : tokens[k - 1]?.text;
  const literalOk = !LITERAL_TOO.has(singular(word)) || modified || (subject !== undefined && linked(k - 1) && STAFF.has(singular(subject)));
  if (!literalOk || writerIsSubject(tokens, k, linked) || !(madeOf || IS_PERSON.has(verb) || aboutPeople(tokens, k, linked))) return undefined;
  return [k + 1, i, 'name-calling'];
}

/**
 * Whether the clause before tokens[verb] names people (a word for people at work, a pronoun, "whoever", a name): "that bug
 * is a coward" is a joke about a thing.
 */
function aboutPeople(tokens: readonly Token[], verb: number, linked: Linked): boolean {
  for (let k = verb - 1; k >= 0 && verb - k <= 8 && linked(k); k--) {
    const word = tokens[k]!.text;
    if (STAFF.has(singular(word)) || PERSON_ROLES.has(singular(word)) || PEOPLE.has(word) || PERSONAL_SUBJECTS.has(word) || ADDRESS.has(word)) return true;
    if (tokens[k]!.capital && k > 0) return true;
  }
  return false;
}

/**
 * Whether the writer is the subject right before tokens[verb] ("we all were idiots", "three of us were clowns"), not a word
 * in a clause before it ("the contractors we hired were…").
 */
function writerIsSubject(tokens: readonly Token[], verb: number, linked: Linked): boolean {
  let k = verb - 1;
  while (k >= 0 && linked(k) && SUBJECT_QUANTIFIERS.has(tokens[k]!.text)) k--;
  return k >= 0 && linked(k) && FIRST_PERSON.has(tokens[k]!.text);
}

/**
 * A word that insults only when said of someone, said of one person as what they are: "their CISO is a fraud", "the VP
 * who signed it off is a snake", "Kevin from finance is an absolute disgrace": [first, last, label]. "The release was a
 * joke" is about a thing, "I'm a fraud" is the writer.
 */
function verdictOnPerson(tokens: readonly Token[], i: number, linked: Linked): [number, number, string] | undefined {
  const at = (k: number) => tokens[k]?.text ?? '';
  if (!ADDRESSED_INSULTS.has(at(i)) || (linked(i) && !AFTER_HEAD.has(at(i + 1)))) return undefined;
  let k = i - 1;
  while (k >= 0 && i - k <= 4 && linked(k) && (isCharacterWord(at(k)) || INTENSIFIERS.has(at(k)))) k--;
  if (k < 1 || (at(k) !== 'a' && at(k) !== 'an') || !linked(k) || !linked(k - 1)) return undefined;
  const verb = k - 1;
  if (!IS.has(at(verb)) || writerIsSubject(tokens, verb, linked)) return undefined;
  return IS_PERSON.has(at(verb)) || personSubject(tokens, verb, linked) ? [k, i, 'name-calling'] : undefined;
}

/** Whether the subject before tokens[verb] is one person: a job, a pronoun, a name ("Dana Whitfield", "Kevin from finance"). */
function personSubject(tokens: readonly Token[], verb: number, linked: Linked): boolean {
  for (let p = verb - 1; p >= 0 && verb - p <= 8 && linked(p); p--) {
    const word = tokens[p]!.text;
    const heads = p === verb - 1 || SUBJECT_CONTINUES.has(tokens[p + 1]!.text);
    if (!heads) continue;
    if (PERSON_ROLES.has(word) || PERSONAL_SUBJECTS.has(word)) return true;
    const name = tokens[p]!.capital && (p > 0 || tokens[p + 1]!.capital || SUBJECT_CONTINUES.has(tokens[p + 1]!.text));
    if (name) return true;
  }
  return false;
}
