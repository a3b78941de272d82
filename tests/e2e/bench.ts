/**
 * Browser benchmark (npm run bench:browser): real Chromium, built extension, fixture pages.
 * Prints: median keystroke → underline latency (debounce included); how long a fresh page takes from
 * the first key to the first underline (the coach loads on that focus); the main-thread tasks at first
 * focus (the coach loads) and while typing a 3,000-character LinkedIn post, from a Chrome trace, with
 * the share of each that the extension's scripts took, next to the same run without the extension;
 * the size of the content script that loads on every X/LinkedIn page; the page-load time added.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launch, type Harness } from './harness.ts';
import { ensureBuilt } from './global-setup.ts';
import { useTestPack } from './setup-extension.ts';
import { traceTasks, type TaskBreakdown } from './long-tasks.ts';

const LATENCY_SAMPLES = 25;
const LOAD_SAMPLES = 8;
const FIRST_COACHING_SAMPLES = 5;
const POST_LENGTH = 3000;
/** Typing pauses longer than the check's debounce, so checks run while the post grows. */
const PAUSE_MS = 100;
const PAUSE_EVERY_WORDS = 4;
/** After the first key: long enough for the coach to load, compile the packs and warm up. */
const SETTLE_MS = 3000;

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

/**
 * Records, in the page, when the last key went down and when the flagged underline was first on
 * screen. Plain source text: tsx would wrap a named in-page function in a helper the page lacks.
 */
async function watchUnderline(page: Page, rule: string): Promise<void> {
  await page.evaluate(`(() => {
    window.__key = 0;
    window.__firstKey = 0;
    window.__seen = 0;
    addEventListener('keydown', () => {
      window.__key = performance.now();
      window.__firstKey ||= window.__key;
      window.__seen = 0;
    }, true);
    const selector = '.pc-underline[data-rule="${rule}"]';
    requestAnimationFrame(function frame() {
      const found = document.querySelector('postcoach-overlay')?.shadowRoot?.querySelector(selector);
      if (found && window.__key && !window.__seen) window.__seen = performance.now();
      requestAnimationFrame(frame);
    });
  })()`);
}

async function keystrokeLatency(harness: Harness): Promise<number[]> {
  const page = await harness.open('https://x.com/home');
  await page.click('[data-testid="tweetTextarea_0"]');
  await page.keyboard.type('Quick update for everyone: Project Kestre');
  await watchUnderline(page, 'e2e.codename');
  const samples: number[] = [];
  for (let i = 0; i < LATENCY_SAMPLES; i++) {
    await page.keyboard.press('l');
    await page.waitForFunction(() => (window as unknown as { __seen: number }).__seen > 0, null, { timeout: 5000 });
    samples.push(await page.evaluate(() => {
      const w = window as unknown as { __key: number; __seen: number };
      return w.__seen - w.__key;
    }));
    await page.keyboard.press('Backspace');
    await page.waitForFunction(
      () => !document.querySelector('postcoach-overlay')?.shadowRoot?.querySelector('.pc-underline[data-rule="e2e.codename"]'),
      null,
      { timeout: 5000 },
    );
  }
  return samples;
}

/**
 * On fresh pages: from the first key typed into the composer (its focus loads the coach, which then
 * compiles the packs) until the first underline is on screen.
 */
async function firstCoaching(harness: Harness): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < FIRST_COACHING_SAMPLES; i++) {
    const page = await harness.open('https://x.com/home');
    await watchUnderline(page, 'e2e.codename');
    await page.click('[data-testid="tweetTextarea_0"]');
    await page.keyboard.type('Project Kestrel ships next week');
    await page.waitForFunction(() => (window as unknown as { __seen: number }).__seen > 0, null, { timeout: 15_000 });
    samples.push(await page.evaluate(() => {
      const w = window as unknown as { __firstKey: number; __seen: number };
      return w.__seen - w.__firstKey;
    }));
  }
  return samples;
}

const SENTENCES = [
  'This quarter our team shipped the new onboarding flow and the feedback has been wonderful.',
  'Thanks to everyone who stayed late to test it with real customers across three time zones.',
  'We learned that small details, like clear error messages, matter more than big features.',
  'Next we are looking at accessibility, performance on older phones and better offline support.',
  'If you want to hear more, our engineering blog has a longer write-up with the numbers.',
  'Honestly, this is the best onboarding in the industry and I am proud of every single person on it.',
  'Ping me if you want the slides; the recording will be on the intranet by Friday.',
];

/** 3,000 characters of ordinary post, so most checks are of sentences the engine has not seen. */
function longPost(): string {
  let text = '';
  for (let i = 0; text.length < POST_LENGTH; i++) text += `${SENTENCES[i % SENTENCES.length]} `;
  return text.slice(0, POST_LENGTH);
}

/**
 * Types like a person who pauses: key by key, with a pause (longer than the check's debounce)
 * after every few words and every sentence, so the coach checks the draft as it grows.
 */
async function typeWithPauses(page: Page, text: string): Promise<void> {
  const pieces = text.match(/\S+\s*/g) ?? [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    await page.keyboard.type(piece);
    if (i % PAUSE_EVERY_WORDS === PAUSE_EVERY_WORDS - 1 || /[.!?]\s*$/.test(piece)) await page.waitForTimeout(PAUSE_MS);
  }
}

interface TypingTasks {
  /** Tasks from the click into the composer until the coach has settled (it loads on that focus). */
  firstFocus: TaskBreakdown[];
  /** Tasks while typing the rest of the post. */
  typing: TaskBreakdown[];
}

/** Main-thread tasks while opening the LinkedIn share box and typing a 3,000-character post into it. */
async function typingTasks(harness: Harness): Promise<TypingTasks> {
  const page = await harness.open('https://www.linkedin.com/feed/');
  const post = longPost();
  const firstFocus = await traceTasks(page, async () => {
    await page.click('text=Start a post');
    await page.click('#interop-outlet .ql-editor');
    await page.keyboard.type(post.slice(0, 1));
    await page.waitForTimeout(SETTLE_MS);
  });
  const typing = await traceTasks(page, async () => {
    await typeWithPauses(page, post.slice(1));
    await page.waitForTimeout(500);
  });
  return { firstFocus, typing };
}
async function loadTimes(harness: Harness): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < LOAD_SAMPLES; i++) {
    const page = await harness.open(i % 2 ? 'https://x.com/home' : 'https://www.linkedin.com/feed/');
    times.push(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd));
  }
  return times;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;
const longest = (tasks: TaskBreakdown[]) => tasks.reduce<TaskBreakdown | undefined>((a, t) => (!a || t.duration > a.duration ? t : a), undefined);
/** Tasks in which the extension's own scripts ran for more than half the task. */
const extensionTasks = (tasks: TaskBreakdown[]) => tasks.filter((t) => t.extension > t.duration / 2);

function split(task: TaskBreakdown | undefined): string {
  if (!task) return 'no tasks';
  const parts = (['extension', 'page', 'rendering', 'gc', 'other'] as const).map((k) => `${k} ${task[k].toFixed(0)}`);
  return `${ms(task.duration)} at ${(task.start / 1000).toFixed(1)} s (${parts.join(', ')})`;
}

function histogram(tasks: TaskBreakdown[]): string {
  const buckets: [number, number][] = [[50, 100], [100, 200], [200, Infinity]];
  return buckets
    .map(([low, high]) => `${tasks.filter((t) => t.duration > low && t.duration <= high).length} in ${low}–${high === Infinity ? '…' : high}`)
    .join(', ');
}

function reportTyping(label: string, withExt: TaskBreakdown[], without: TaskBreakdown[]): void {
  const own = extensionTasks(withExt);
  const ownTime = sum(withExt.map((t) => t.extension));
  console.log(`  ${label}:`);
  console.log(`    longest task: ${split(longest(withExt))} with the extension; ${split(longest(without))} without`);
  console.log(`    longest task the extension's scripts dominate: ${split(longest(own))}`);
  console.log(`    tasks over 50 ms: with ${histogram(withExt)}; without ${histogram(without)}; dominated by the extension: ${histogram(own)}`);
  console.log(`    task p95: ${ms(percentile(withExt.map((t) => t.duration), 0.95))} with, ${ms(percentile(without.map((t) => t.duration), 0.95))} without; extension scripts ran ${ms(ownTime)} in total, longest stretch in one task ${ms(Math.max(0, ...withExt.map((t) => t.extension)))}`);
  console.log(`    main-thread busy: ${ms(sum(withExt.map((t) => t.duration)))} with, ${ms(sum(without.map((t) => t.duration)))} without → ${(sum(withExt.map((t) => t.duration)) / Math.max(1, sum(without.map((t) => t.duration)))).toFixed(2)}×`);
}

async function main(): Promise<void> {
  if (!process.env.POSTCOACH_EXTENSION_DIR) ensureBuilt();
  const withExtension = await launch();
  const without = await launch({ withExtension: false });
  try {
    await useTestPack(withExtension);
    const latency = await keystrokeLatency(withExtension);
    const firstUnderline = await firstCoaching(withExtension);
    const tasksWith = await typingTasks(withExtension);
    const tasksWithout = await typingTasks(without);
    const loadWith = median(await loadTimes(withExtension));
    const loadWithout = median(await loadTimes(without));
    const bundled = statSync(join(EXTENSION_DIR, 'content-scripts/content.js')).size;
    console.log(`Postcoach browser benchmark of ${EXTENSION_DIR} (Chromium, headless, fixture pages; task times from a Chrome trace, split in ms)`);
    console.log(`  keystroke → underline, median of ${latency.length}: ${ms(median(latency))} (min ${ms(Math.min(...latency))}, max ${ms(Math.max(...latency))}; target ≤ 150 ms)`);
    console.log(`  fresh page, first key → first underline (the coach loads, compiles the packs, checks), median of ${firstUnderline.length}: ${ms(median(firstUnderline))} (min ${ms(Math.min(...firstUnderline))}, max ${ms(Math.max(...firstUnderline))})`);
    reportTyping(`first focus on the LinkedIn share box + first key, ${SETTLE_MS} ms (loads the coach, compiles, warms up)`, tasksWith.firstFocus, tasksWithout.firstFocus);
    reportTyping(`typing ${POST_LENGTH} characters with pauses (target: no task over 50 ms caused by the extension)`, tasksWith.typing, tasksWithout.typing);
    console.log(`  content script loaded on every X/LinkedIn page (content.js, minified): ${(bundled / 1024).toFixed(1)} kB (target ≤ 60 kB)`);
    console.log(`  page load (loadEventEnd, median of ${LOAD_SAMPLES}): ${ms(loadWith)} with, ${ms(loadWithout)} without → ${ms(loadWith - loadWithout)} added`);
  } finally {
    await withExtension.close();
    await without.close();
  }
}

await main();
