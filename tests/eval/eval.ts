/**
 * `npm run eval`: scores Postcoach (core + Northwind pack) and its peers on the labeled corpus.
 * Prints per-category precision/recall, the clean-post alarm share, recall per language, the peer
 * comparison, time per post, and every miss and false alarm so the pack author can tune the rules.
 * `npm run eval -- --corpus tests/corpus/blind.jsonl` scores another labeled file the same way;
 * `--figures-only` leaves out the list of misses, so whoever measures a blind set does not read its posts.
 */
import { relative } from 'node:path';
import { CATEGORY_IDS } from '../../rules/engine/categories.ts';
import { CORPUS_PATH, loadCorpus } from './corpus.ts';
import { evaluate, idsFlaggedFor, median, percentile, scorePeer } from './metrics.ts';
import {
  formatCategoryTable,
  formatErrors,
  formatMs,
  formatPeerTable,
  formatPercent,
  formatRecallByLanguage,
  formatTable,
  type PeerRow,
} from './report.ts';
import { PEERS, runPeer } from './peers.ts';
import { loadNorthwindPacks, runPostcoachWarm } from './postcoach.ts';

const corpusFlag = process.argv.indexOf('--corpus');
const corpusPath = corpusFlag === -1 ? CORPUS_PATH : process.argv[corpusFlag + 1];
const figuresOnly = process.argv.includes('--figures-only');
if (!corpusPath) {
  console.error('usage: npm run eval [-- --corpus FILE.jsonl] [--figures-only]');
  process.exit(2);
}
const posts = loadCorpus(corpusPath);
const postcoach = runPostcoachWarm(loadNorthwindPacks(), posts);
const evaluation = evaluate(posts, postcoach.outcomes);

const peerRows: PeerRow[] = [];
const timing = (name: string, category: string, msPerPost: readonly number[]) => [
  name,
  category,
  formatMs(median(msPerPost)),
  formatMs(percentile(msPerPost, 0.95)),
];
const timings: string[][] = [timing('Postcoach (core + northwind)', 'all', postcoach.msPerPost)];
for (const peer of PEERS) {
  const run = await runPeer(peer, posts);
  peerRows.push({
    name: peer.name,
    peer: scorePeer(posts, peer.category, run.flaggedIds),
    postcoach: scorePeer(posts, peer.category, idsFlaggedFor(postcoach.outcomes, peer.category)),
  });
  timings.push(timing(peer.name, peer.category, run.msPerPost));
}

const LANGUAGES = ['en', 'ru'] as const;
const languages = LANGUAGES.map((lang) => `${posts.filter((post) => post.lang === lang).length} ${lang}`);
const byLanguage = LANGUAGES.map((lang) => ({
  lang,
  evaluation: evaluate(posts.filter((post) => post.lang === lang), postcoach.outcomes),
}));
console.log(
  `Corpus ${relative(process.cwd(), corpusPath)}: ${posts.length} posts (${languages.join(', ')}), ${evaluation.cleanPosts} clean, ` +
    `${CATEGORY_IDS.length} categories. A post is flagged for a category when any non-praise finding of it is reported.\n`,
);
console.log(formatCategoryTable(evaluation));
console.log(
  `\nClean posts with a block or warn finding: ${evaluation.cleanAlarms}/${evaluation.cleanPosts} ` +
    `(${formatPercent(evaluation.cleanAlarmShare)}); with any finding, tips included: ${evaluation.cleanNoticed}/` +
    `${evaluation.cleanPosts} (${formatPercent(evaluation.cleanNoticedShare)})\n`,
);
console.log('Recall by language (NLP rules are English-only; detectors and terms are not):\n');
console.log(formatRecallByLanguage(byLanguage));
console.log('');
console.log('Peers, same corpus, each in its own category (false alarms: flagged posts without that label):\n');
console.log(formatPeerTable(peerRows));
for (const peer of PEERS) console.log(`  ${peer.note}`);
console.log('\nTime per post, after a warm-up (Postcoach: a fresh checker, so no segment-cache hits):\n');
console.log(formatTable(['tool', 'category', 'median', 'p95'], timings, 2));
console.log(`\nMisses (FN) and false alarms (FP): ${evaluation.errors.length}\n`);
if (evaluation.errors.length > 0 && !figuresOnly) console.log(formatErrors(evaluation.errors, posts));
