/**
 * npm run bench — the engine's speed on realistic drafts, with alex (npm) run on the same texts in the
 * same process as a peer. Prints median and p95 per case; targets from the engine issue.
 */
import { text as alexText } from 'alex';
import { createChecker, type Checker } from '../rules/engine/check.ts';
import { resolveAndCompile } from '../rules/engine/compile.ts';
import { loadPacks } from '../rules/engine/node.ts';
import { POST_280, POST_3000 } from './texts.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const compiled = resolveAndCompile(loadPacks(['rules/packs/examples/northwind.yaml']));

/** A checker with an empty cache: every run below measures a full check, not a cache hit. */
const coldChecker = (): Checker => createChecker(compiled);

function measure(run: (i: number) => void, setup: (i: number) => void = () => {}): { median: number; p95: number } {
  for (let i = 0; i < 30; i++) {
    setup(i);
    run(i);
  }
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    setup(i);
    const start = performance.now();
    run(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, p95: times[Math.floor(times.length * 0.95)]! };
}

let checker = coldChecker();
const fresh = () => {
  checker = coldChecker();
};

const rows: { name: string; target: number; ours: { median: number; p95: number }; peer?: { median: number; p95: number } }[] = [
  {
    name: 'check a 280-character post',
    target: 1,
    ours: measure(() => checker.check(POST_280, { platform: 'x' }), fresh),
    peer: measure(() => alexText(POST_280)),
  },
  {
    name: 'check a 3,000-character post',
    target: 10,
    ours: measure(() => checker.check(POST_3000, { platform: 'linkedin' }), fresh),
    peer: measure(() => alexText(POST_3000)),
  },
];

// Re-check after typing one character at the end: the realistic keystroke case, cache warm.
const warm = coldChecker();
warm.check(POST_3000, { platform: 'linkedin' });
const letters = 'abcdefghijklmnopqrstuvwxyz';
rows.push({
  name: 're-check 3,000 characters after a one-character edit at the end',
  target: 1,
  ours: measure((i) => warm.check(`${POST_3000}${letters[i % 26]}${letters[Math.floor(i / 26) % 26]}`, { platform: 'linkedin' })),
});

const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
console.log(`Postcoach engine benchmark — core + northwind packs, ${compiled.rules.length} rules, ${RUNS} runs each (Node ${process.version})\n`);
console.log(['case', 'median', 'p95', 'target (median)', 'met', 'alex median', 'alex p95', 'alex ÷ ours'].join(' | '));
for (const row of rows) {
  console.log(
    [
      row.name,
      fmt(row.ours.median),
      fmt(row.ours.p95),
      `≤ ${row.target} ms`,
      row.ours.median <= row.target ? 'yes' : 'NO',
      row.peer ? fmt(row.peer.median) : '—',
      row.peer ? fmt(row.peer.p95) : '—',
      row.peer ? `${(row.peer.median / row.ours.median).toFixed(1)}×` : '—',
    ].join(' | '),
  );
}
