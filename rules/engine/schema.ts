import { z } from 'zod';
import { CATEGORY_IDS, PLATFORMS, SEVERITIES } from './categories.ts';

/** A message in English, optionally with translations: "text" or { en: "text", ru: "текст" }. */
export const LocalizedText = z.union([
  z.string().min(1),
  z.object({ en: z.string().min(1) }).catchall(z.string().min(1)),
]);
export type LocalizedText = z.infer<typeof LocalizedText>;

const RuleId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'rule ids are lower-case letters, digits, ".", "_" and "-"');
const PackId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'pack ids are lower-case letters, digits and "-"');

/** The organisation profile: exactly the keys of policy.md, every one optional. */
export const OrgProfile = z
  .object({
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)),
    handles: z.array(z.string().regex(/^@\w+$/, 'handles start with @')),
    ticker: z.string().regex(/^[A-Z][A-Z0-9.]{0,9}$/, 'tickers are upper case, without $'),
    products: z.array(z.string().min(1)),
    codenames: z.array(z.string().min(1)),
    competitors: z.array(z.string().min(1)),
    internalDomains: z.array(z.string().min(1)),
    disclosureTags: z.array(z.string().min(1)),
    officialHashtags: z.array(z.string().regex(/^#\S+$/, 'hashtags start with #')),
  })
  .partial()
  .strict();
export type OrgProfile = z.infer<typeof OrgProfile>;
export const ORG_LIST_FIELDS = [
  'name', 'aliases', 'handles', 'ticker', 'products', 'codenames', 'competitors',
  'internalDomains', 'disclosureTags', 'officialHashtags',
] as const satisfies readonly (keyof OrgProfile)[];
export type OrgField = (typeof ORG_LIST_FIELDS)[number];

/** Words that must appear (any of them, case-insensitive) before an expensive matcher runs. */
const Keywords = z.array(z.string().min(1)).optional();

/** `{…}` in a term: a profile placeholder, or a mistake worth an error rather than a literal match. */
export const TERM_PLACEHOLDER = /\{([^\s{}]+)\}/g;

/** Why a term's placeholders cannot be expanded, if they cannot. */
function termPlaceholderProblem(term: string): string | undefined {
  for (const [placeholder, name] of term.matchAll(TERM_PLACEHOLDER)) {
    if (!name!.startsWith('org.') || !(ORG_LIST_FIELDS as readonly string[]).includes(name!.slice(4))) {
      return `unknown placeholder ${placeholder} in "${term}": terms take the profile's keys, ${ORG_LIST_FIELDS.map((f) => `{org.${f}}`).join(', ')}`;
    }
  }
  return undefined;
}

const TermsMatcher = z
  .object({
    type: z.literal('terms'),
    /**
     * Terms to find; a map gives each term its own replacement. "word*" matches any ending (stems).
     * "{org.name} is hiring" expands to every value of the profile key ({org.name}: the name and every alias).
     */
    terms: z.union([z.array(z.string().min(1)), z.record(z.string().min(1), z.string())]).optional(),
    /** Terms taken from the organisation profile, e.g. "org.competitors". */
    from: z.array(z.enum(ORG_LIST_FIELDS.map((f) => `org.${f}` as const))).optional(),
    caseSensitive: z.boolean().optional(),
    /** Also match English plurals, possessives and -ed/-ing forms of each term. */
    inflect: z.boolean().optional(),
    /** Also match the terms spelled with spaces, dots or dashes between letters ("H e r o n"). */
    spaced: z.boolean().optional(),
    /** Phrases around a hit that make it fine ("master's degree"). */
    except: z.array(z.string().min(1)).optional(),
    misspelled: z
      .boolean()
      .optional()
      .describe('Report only names written almost right: other spacing, hyphens or inner case, or one typo in names of 6+ letters'),
    leet: z
      .union([z.boolean(), z.literal('only')])
      .optional()
      .describe(
        'Also match the terms written with digits for letters ("C0ntoso", "0spr3y"); "only" reports just those. Default: on for terms from org.name, aliases, products, codenames and competitors (unless caseSensitive), off otherwise',
      ),
  })
  .strict()
  .superRefine((matcher, ctx) => {
    const terms = matcher.terms;
    const keys = Array.isArray(terms) ? terms.map((term, index) => [index, term] as const) : Object.keys(terms ?? {}).map((term) => [term, term] as const);
    for (const [key, term] of keys) {
      const problem = termPlaceholderProblem(term);
      if (problem) ctx.addIssue({ code: 'custom', path: ['terms', key], message: problem });
    }
  });

const PatternMatcher = z
  .object({
    type: z.literal('pattern'),
    /** A JavaScript regular expression (Unicode mode); \b is rewritten to a Unicode-aware word boundary. */
    pattern: z.string().min(1),
    caseSensitive: z.boolean().optional(),
    keywords: Keywords,
    except: z.array(z.string().min(1)).optional(),
  })
  .strict();

const NlpMatcher = z
  .object({
    type: z.literal('nlp'),
    /** compromise match syntax, e.g. "#Person (is|was) #Adverb? (fired|laid off)". */
    match: z.string().min(1),
    keywords: Keywords,
  })
  .strict();

const DetectorMatcher = z
  .object({
    type: z.literal('detector'),
    detector: z.string().min(1),
    options: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

const LimitMatcher = z
  .object({
    type: z.literal('limit'),
    measure: z.enum(['length', 'hashtags', 'mentions', 'links']),
    /** A number, or one per platform and surface: { x: 280, linkedin: 3000, "linkedin.comment": 1250 }. */
    max: z.union([z.number().int().positive(), z.record(z.string(), z.number().int().positive())]),
  })
  .strict();

export type Matcher =
  | z.infer<typeof TermsMatcher>
  | z.infer<typeof PatternMatcher>
  | z.infer<typeof NlpMatcher>
  | z.infer<typeof DetectorMatcher>
  | z.infer<typeof LimitMatcher>
  | ConditionalMatcher
  | ProximityMatcher
  | AnyMatcher;

export interface ConditionalMatcher {
  type: 'conditional';
  /** Reported where this matches… */
  if: Matcher;
  /** …provided this matches too (in the same scope), if given… */
  and?: Matcher;
  /** …and this does not. */
  unless?: Matcher;
  scope?: 'post' | 'sentence';
}

export interface ProximityMatcher {
  type: 'proximity';
  a: Matcher;
  b: Matcher;
  /** At most this many words between the two. */
  within: number;
}

export interface AnyMatcher {
  type: 'any';
  /** Matches wherever one of these matches; each finding points at that matcher's own match. */
  of: Matcher[];
}

export const MatcherSchema: z.ZodType<Matcher> = z.lazy(() =>
  z.discriminatedUnion('type', [
    TermsMatcher,
    PatternMatcher,
    NlpMatcher,
    DetectorMatcher,
    LimitMatcher,
    ConditionalSchema,
    ProximitySchema,
    AnySchema,
  ]),
);

const ConditionalSchema = z
  .object({
    type: z.literal('conditional'),
    if: MatcherSchema,
    and: MatcherSchema.optional(),
    unless: MatcherSchema.optional(),
    scope: z.enum(['post', 'sentence']).optional(),
  })
  .strict();

const ProximitySchema = z
  .object({
    type: z.literal('proximity'),
    a: MatcherSchema,
    b: MatcherSchema,
    within: z.number().int().min(0).max(50),
  })
  .strict();

const AnySchema = z
  .object({
    type: z.literal('any'),
    of: z.array(MatcherSchema).min(1, '"any" needs at least one matcher in "of"'),
  })
  .strict();

const FixLabel = LocalizedText.optional().describe('The button text; a default names the action');

/**
 * The quick fix. Placeholders: {match} (the flagged words), {replacement} (a terms rule's own
 * replacement), {sentence} (the sentence around them), {org.name} and any other profile field (first value).
 */
const Fix = z.union(
  [
    z.string().describe('Replacement text for the flagged words ("" removes them)'),
    z.object({ label: FixLabel, replacement: z.string() }).strict().describe('Replacement text for the flagged words, with a label'),
    z
      .object({ label: FixLabel, rewrite: z.literal('sentence'), to: z.string().min(1) })
      .strict()
      .describe('Rewrites the whole sentence around the flagged words; the finding then covers that sentence'),
    z
      .object({ label: FixLabel, remove: z.literal('sentence') })
      .strict()
      .describe('Removes the whole sentence around the flagged words; the finding then covers that sentence'),
  ],
  { error: (issue) => fixShapeProblem(issue.input) },
);

function fixShapeProblem(input: unknown): string {
  const shapes = 'a fix is text, { replacement: "…" }, { rewrite: sentence, to: "…" } or { remove: sentence }, each with an optional label';
  if (typeof input !== 'object' || input === null) return shapes;
  const fix = input as Record<string, unknown>;
  if ('remove' in fix && fix.remove !== 'sentence') return `fix.remove takes only "sentence" (to remove the flagged words, write fix: "")`;
  if ('rewrite' in fix && fix.rewrite !== 'sentence') return 'fix.rewrite takes only "sentence" (to replace the flagged words, write fix: "…")';
  if ('rewrite' in fix && typeof fix.to !== 'string') return '{ rewrite: sentence } needs "to": the new sentence (it may use {sentence} and {match})';
  return shapes;
}
export type Fix = z.infer<typeof Fix>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, 'dates are YYYY-MM-DD');

export const RuleSchema = z
  .object({
    id: RuleId.describe('Unique rule id, e.g. core.personal-data.email or acme.codename'),
    category: z.enum(CATEGORY_IDS).describe('The guideline category (policy.md); packs add rules, never categories'),
    severity: z.enum(SEVERITIES).describe('block: fix or acknowledge before posting · warn: listed before posting · tip: coaching · praise: positive reinforcement'),
    message: LocalizedText.describe('Short coaching message; a string or { en, ru, … }'),
    why: LocalizedText.describe('Why it matters, in plain words: what could happen and who it affects'),
    policy: z.object({ section: z.string().optional(), url: z.url().optional() }).strict().optional(),
    platforms: z.array(z.enum(PLATFORMS)).min(1).optional().describe('Only on these platforms'),
    /** Only active inside this window, e.g. a quiet period before earnings. */
    active: z.object({ from: IsoDate.optional(), until: IsoDate.optional() }).strict().optional(),
    match: MatcherSchema,
    fix: Fix.optional(),
    examples: z
      .object({ bad: z.array(z.string().min(1)).min(1), good: z.array(z.string().min(1)).min(1) })
      .strict(),
    /** Examples are checked on this platform (for platform-limited rules and limits). */
    examplePlatform: z.enum(PLATFORMS).optional(),
  })
  .strict();
export type Rule = z.infer<typeof RuleSchema>;

export const OverrideSchema = z
  .object({
    severity: z.enum(SEVERITIES).optional(),
    enabled: z.boolean().optional(),
  })
  .strict();

export const PackSchema = z
  .object({
    $schema: z.string().optional(),
    id: PackId,
    version: z.string().regex(/^\d+\.\d+\.\d+(?:-[\w.]+)?$/, 'versions are semantic: 1.2.3'),
    title: z.string().min(1),
    description: z.string().optional(),
    policy: z.object({ title: z.string().min(1), url: z.url().optional() }).strict().optional(),
    extends: z.array(PackId).optional().describe('Pack ids this pack builds on; "core" is the shipped pack'),
    org: OrgProfile.optional().describe('The organisation profile that core rules read (policy.md)'),
    /** The profile this pack's examples are checked with when no organisation profile is loaded (the core pack's). */
    exampleOrg: OrgProfile.optional(),
    rules: z.array(RuleSchema).default([]),
    /** Change the severity of, or switch off, a rule of an extended pack, by rule id. */
    overrides: z.record(RuleId, OverrideSchema).optional(),
  })
  .strict();
export type Pack = z.infer<typeof PackSchema>;
export type PackInput = z.input<typeof PackSchema>;
