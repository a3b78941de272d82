/**
 * What each compiled matcher node of the packs costs per sentence, so pack authors can see which of
 * their patterns to make cheaper. Runs every sentence of the labeled corpora through every node and
 * prints a table, most expensive first: the rules using the node, the node, and milliseconds per 1,000
 * sentences of its own work (the nodes it is built from are computed first and not counted again).
 * The NLP parse of a sentence and the pass of all prefilters are counted on lines of their own.
 *
 *   npx tsx scripts/bench-nodes.ts [--core FILE] [--top N] [--out FILE] [--bench 280|3000]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { compileMatcher, newCompileEnv, type MatcherNode, type SegmentNode } from '../rules/engine/matchers/index.ts';
import { CORE_PACK_PATH, loadPackFile } from '../rules/engine/node.ts';
import type { Matcher, OrgProfile, Pack } from '../rules/engine/schema.ts';
import { SegmentState } from '../rules/engine/segment-cache.ts';
import { splitSegments } from '../rules/engine/segments.ts';
import { POST_280, POST_3000 } from '../bench/texts.ts';

const { values: args } = parseArgs({
  options: {
    core: { type: 'string', default: CORE_PACK_PATH },
    top: { type: 'string', default: '40' },
    out: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    /** Time one of the benchmark's posts (280 or 3000 characters) instead of the corpus (its sentences, many times over). */
    bench: { type: 'string' },
  },
});

/** The held-out blind set is left out: nobody who tunes rules runs anything over it. */
const CORPUS = 'tests/corpus/posts.jsonl';
const BENCH_POSTS: Record<string, string> = { '280': POST_280, '3000': POST_3000 };
const benchPost = args.bench === undefined ? undefined : BENCH_POSTS[args.bench];
if (args.bench !== undefined && benchPost === undefined) throw new Error(`--bench takes ${Object.keys(BENCH_POSTS).join(' or ')}, not "${args.bench}"`);
const packs: Pack[] = [loadPackFile(args.core!, { trusted: true }), loadPackFile('rules/packs/examples/northwind.yaml')];
const org: OrgProfile = Object.assign({}, ...packs.map((p) => p.org ?? {}));

const env = newCompileEnv(org);
const usedBy = new Map<MatcherNode, Set<string>>();
const described = new Map<MatcherNode, string>();

/** Compiles a rule's matcher tree as the engine does (same node sharing), noting which rules use each node. */
function visit(matcher: Matcher, ruleId: string): MatcherNode {
  const children: Matcher[] =
    matcher.type === 'conditional'
      ? [matcher.if, matcher.and, matcher.unless].filter((m): m is Matcher => m !== undefined)
      : matcher.type === 'proximity'
        ? [matcher.a, matcher.b]
        : matcher.type === 'any'
          ? matcher.of
          : [];
  for (const child of children) visit(child, ruleId);
  const node = compileMatcher(matcher, env);
  if (!usedBy.has(node)) usedBy.set(node, new Set());
  usedBy.get(node)!.add(ruleId);
  described.set(node, describe(matcher));
  return node;
}

function describe(matcher: Matcher): string {
  const short = (s: string) => (s.length > 70 ? `${s.slice(0, 67)}...` : s);
  switch (matcher.type) {
    case 'pattern':
      return `pattern${matcher.keywords ? ` [kw ${matcher.keywords.length}]` : ' [no kw]'} /${short(matcher.pattern)}/`;
    case 'nlp':
      return `nlp${matcher.keywords ? ` [kw ${matcher.keywords.length}]` : ' [no kw]'} ${short(matcher.match)}`;
    case 'terms':
      return `terms ${short(JSON.stringify(matcher.terms ?? matcher.from ?? []))}`;
    case 'detector':
      return `detector ${matcher.detector}`;
    default:
      return matcher.type;
  }
}

for (const pack of packs) for (const rule of pack.rules) visit(rule.match, rule.id);

const texts = benchPost
  ? Array.from({ length: 500 }, () => benchPost)
  : readFileSync(CORPUS, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { text: string }).text);
const sentences = texts.flatMap((text) => splitSegments(text).map((s) => text.slice(s.start, s.end)));

// Children have smaller ids than their parents: in id order, a parent finds its children's hits cached.
const segmentNodes = [...usedBy.keys()].filter((n): n is SegmentNode => n.scope === 'segment').sort((a, b) => a.id - b.id);
/** Times the NLP parse and the one pass of all prefilters apart, so the node that happens to ask first is not charged for them. */
let parsing = 0;
let parses = 0;
let scanning = 0;
class TimedState extends SegmentState {
  private parsed = false;
  private prefiltered = false;
  override nlp() {
    if (this.parsed) return super.nlp();
    const start = performance.now();
    const doc = super.nlp();
    parsing += performance.now() - start;
    parses++;
    this.parsed = true;
    return doc;
  }
  override passes(gate: Parameters<SegmentState['passes']>[0]) {
    if (this.prefiltered) return super.passes(gate);
    const start = performance.now();
    const passed = super.passes(gate);
    scanning += performance.now() - start;
    this.prefiltered = true;
    return passed;
  }
}

const spent = new Map<SegmentNode, number>();
const rounds = Number(args.rounds);
for (let round = 0; round <= rounds; round++) {
  const states = sentences.map((s) => new TimedState(s));
  if (round === 1) parsing = parses = scanning = 0;
  for (const node of segmentNodes) {
    const start = performance.now();
    const apart = parsing + scanning;
    for (const state of states) state.hitsOf(node);
    // Round 0 warms the regular expressions up (V8 compiles them on first use) and is not counted.
    if (round > 0) spent.set(node, (spent.get(node) ?? 0) + performance.now() - start - (parsing + scanning - apart));
  }
}

const perThousand = (ms: number) => (ms / rounds / sentences.length) * 1000;
const total = [...spent.values()].reduce((a, b) => a + b, 0);
const rows = [...spent]
  .sort((a, b) => b[1] - a[1])
  .slice(0, Number(args.top))
  .map(([node, ms]) => [perThousand(ms).toFixed(3).padStart(7), `#${node.id}`.padStart(5), [...usedBy.get(node)!].join(','), described.get(node)!].join('  '));
const report = [
  `Matcher nodes by own cost: ms per 1,000 sentences (${sentences.length} ${benchPost ? `sentences of the ${args.bench}-character bench post` : 'corpus sentences'}, ${rounds} rounds; ${segmentNodes.length} sentence nodes, ${usedBy.size} nodes in all).`,
  `All sentence nodes together: ${perThousand(total).toFixed(1)} ms per 1,000 sentences. Core pack: ${args.core}. ${new Date().toISOString()}`,
  `NLP parse (not in the rows; paid once per sentence that passes some nlp matcher's keywords): ${perThousand(parsing).toFixed(1)} ms per 1,000 sentences, ${((parses / rounds / sentences.length) * 100).toFixed(1)} % of sentences parsed.`,
  `Prefilters (keywords, terms' first words: all in one pass per sentence; not in the rows): ${perThousand(scanning).toFixed(1)} ms per 1,000 sentences.`,
  `Figures on a shared, busy machine: compare rows within one table, not across runs. Made by: npx tsx scripts/bench-nodes.ts --out FILE`,
  '',
  '  ms/1k   node  rules  matcher',
  ...rows,
].join('\n');
console.log(report);
if (args.out) writeFileSync(args.out, `${report}\n`);
