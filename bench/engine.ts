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

interface Timing {
  median: number;
  p95: number;
  /** Median CPU time of this process per run: on a shared machine the wall clock also counts other programs' turns. */
  cpuMedian: number;
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const medianOf = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)]!;

function measure(run: (i: number) => void, setup: (i: number) => void = () => {}): Timing {
  for (let i = 0; i < 30; i++) {
    setup(i);
    run(i);
  }
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    setup(i);
    const cpuStart = cpuMs();
    const start = performance.now();
    run(i);
    times.push(performance.now() - start);
    cpuTimes.push(cpuMs() - cpuStart);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  return { median: medianOf(times), p95: times[Math.floor(times.length * 0.95)]!, cpuMedian: medianOf(cpuTimes) };
}

let checker = coldChecker();
const fresh = () => {
  checker = coldChecker();
};

const rows: { name: string; target: number; ours: Timing; peer?: Timing }[] = [
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
console.log(['case', 'median', 'p95', 'CPU median', 'target (median)', 'met', 'alex median', 'alex p95', 'alex ÷ ours'].join(' | '));
for (const row of rows) {
  console.log(
    [
      row.name,
      fmt(row.ours.median),
      fmt(row.ours.p95),
      fmt(row.ours.cpuMedian),
      `≤ ${row.target} ms`,
      row.ours.median <= row.target ? 'yes' : 'NO',
      row.peer ? fmt(row.peer.median) : '—',
      row.peer ? fmt(row.peer.p95) : '—',
      row.peer ? `${(row.peer.median / row.ours.median).toFixed(1)}×` : '—',
    ].join(' | '),
  );
}
console.log(
  '\nCPU median: this process\'s CPU time per run (process.cpuUsage). The targets are judged on the wall clock, which on a\n' +
    'shared machine also counts the turns of other programs; when the two columns differ much, the machine was busy.',
);
