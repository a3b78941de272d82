/**
 * How fast the built standalone demo opens in headless Chromium: from navigation to the composers,
 * to the first gallery card, to the gallery complete (its grid no longer aria-busy), and the longest
 * main-thread task during the load (a PerformanceObserver for 'longtask' in the page).
 *
 *   npx tsx scripts/demo-load-bench.ts [--runs N] [--settle MS] [DIR…]
 *
 * DIR: built demos (default .output/demo, from `npm run demo`). Several are measured interleaved,
 * run by run, so that a shared machine's noise falls on each alike.
 */
import { chromium, type Browser } from 'playwright-core';
import { resolve } from 'node:path';
import { serveStatic } from '../demo/static-server.ts';

interface LoadFigures {
  composers: number;
  firstCard: number;
  complete: number;
  longestTask: number;
  /** The longest that started once the composers were there: the work the page does while in use. */
  longestAfterPaint: number;
  tasksOver50: number;
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Installed before the page's own scripts: records when each milestone first holds, and every long
 * task. A string, not a function: tsx would wrap a function's helpers in names the page lacks.
 */
const PROBE = `
  const marks = {};
  const tasks = [];
  window.__demoLoad = { marks, tasks };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const look = () => {
    const now = performance.now();
    if (!marks.composers && document.querySelector('.sim-editor')) marks.composers = now;
    if (!marks.firstCard && document.querySelector('.gallery-card')) marks.firstCard = now;
    const grid = document.querySelector('.gallery-grid');
    if (!marks.complete && grid?.querySelector('.gallery-card') && grid.getAttribute('aria-busy') !== 'true') marks.complete = now;
  };
  new MutationObserver(look).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
`;

interface Probed {
  __demoLoad: { marks: Record<string, number>; tasks: { start: number; duration: number }[] };
}

async function measure(browser: Browser, url: string, settleMs: number): Promise<LoadFigures> {
  const page = await browser.newPage();
  try {
    await page.addInitScript({ content: PROBE });
    await page.goto(`${url}?lang=en`);
    await page.waitForFunction(() => !!(window as unknown as Probed).__demoLoad.marks.complete, null, { timeout: 60_000, polling: 100 });
    // Long tasks are reported after they end; give the last ones time to arrive.
    await page.waitForTimeout(settleMs);
    const { marks, tasks } = await page.evaluate(() => (window as unknown as Probed).__demoLoad);
    return {
      composers: marks.composers ?? NaN,
      firstCard: marks.firstCard ?? NaN,
      complete: marks.complete ?? NaN,
      longestTask: Math.max(0, ...tasks.map((task) => task.duration)),
      longestAfterPaint: Math.max(0, ...tasks.filter((task) => task.start >= (marks.composers ?? Infinity)).map((task) => task.duration)),
      tasksOver50: tasks.length,
    };
  } finally {
    await page.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const [value] = args.splice(at, 2).slice(1);
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) throw new Error(`${name} wants a number, not "${value}"`);
  return number;
};
const runs = option('--runs', 5);
const settleMs = option('--settle', 1000);
const dirs = (args.length > 0 ? args : ['.output/demo']).map((dir) => resolve(dir));

const servers = await Promise.all(dirs.map((dir) => serveStatic(dir, 0)));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
const figures: LoadFigures[][] = dirs.map(() => []);
try {
  for (let run = 0; run < runs; run++) {
    for (const [index, server] of servers.entries()) figures[index]!.push(await measure(browser, server.url, settleMs));
  }
} finally {
  await browser.close();
  for (const { server } of servers) server.close();
}

const ms = (value: number) => `${Math.round(value)} ms`;
for (const [index, dir] of dirs.entries()) {
  const rows = figures[index]!;
  console.log(`\n${dir} (${runs} runs; median, then each run)`);
  for (const key of ['composers', 'firstCard', 'complete', 'longestTask', 'longestAfterPaint', 'tasksOver50'] as const) {
    const values = rows.map((row) => row[key]);
    const show = key === 'tasksOver50' ? String : ms;
    console.log(`  ${key.padEnd(17)} ${show(median(values)).padStart(8)}   [${values.map(show).join(', ')}]`);
  }
}
