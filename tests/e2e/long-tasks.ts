/**
 * Main-thread tasks of a page from a Chrome trace (CDP Tracing), each split by who did the work:
 * the extension's scripts (and the layout or GC they forced), the page's scripts, rendering
 * (style, layout, paint), garbage collection outside any script, and the rest (input handling,
 * microtasks, V8 internals). That split is what tells a long task the extension caused from one it
 * merely happened to share the page with.
 */
import type { CDPSession, Page } from 'playwright-core';

export interface TaskBreakdown {
  /** ms since the trace started */
  start: number;
  duration: number;
  extension: number;
  page: number;
  rendering: number;
  gc: number;
  other: number;
}

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  /** worldName: the isolated world a script ran in (an extension's content scripts have their own). */
  args?: { name?: string; worldName?: string; data?: { url?: string } };
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute'].join(',');
const SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'v8.callFunction', 'v8.evaluateModule', 'v8.compileModule', 'v8.compile', 'TimerFire', 'FireIdleCallback']);
/** Playwright's own helpers run in an isolated world of this name: neither the page's nor the extension's. */
const HARNESS_WORLD = '__playwright';
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'ScheduleStyleRecalculation', 'HitTest']);
const GC = new Set(['MajorGC', 'MinorGC', 'V8.GCFinalizeMC', 'V8.GCScavenger', 'BlinkGC.AtomicPhase', 'V8.GC_MC_BACKGROUND_MARKING']);
const TASK = 'RunTask';

/** Runs `action` while tracing `page`; returns every main-thread task of the page's renderer during it. */
export async function traceTasks(page: Page, action: () => Promise<void>): Promise<TaskBreakdown[]> {
  return breakdown(await traceEvents(page, action), new URL(page.url()).origin);
}

export async function traceEvents(page: Page, action: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReturnAsStream' });
    await action();
    const complete = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream ?? '')));
    await cdp.send('Tracing.end');
    const events = JSON.parse(await readStream(cdp, await complete)) as TraceEvent[] | { traceEvents: TraceEvent[] };
    return Array.isArray(events) ? events : events.traceEvents;
  } finally {
    await cdp.detach();
  }
}

async function readStream(cdp: CDPSession, handle: string): Promise<string> {
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  return text;
}

/** The renderer main thread that ran the page's own scripts. */
function pageThread(events: TraceEvent[], origin: string): { pid: number; tid: number } | null {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const scriptOf = events.find((e) => SCRIPT.has(e.name) && e.args?.data?.url?.startsWith(origin) && mains.has(`${e.pid}:${e.tid}`));
  return scriptOf ? { pid: scriptOf.pid, tid: scriptOf.tid } : null;
}

export function breakdown(events: TraceEvent[], origin: string): TaskBreakdown[] {
  const thread = pageThread(events, origin);
  if (!thread) throw new Error(`no renderer thread ran scripts from ${origin} during the trace`);
  const on = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks = on.filter((e) => e.name === TASK);
  const origin0 = on[0]?.ts ?? 0;
  let cursor = 0;
  return tasks.map((task) => {
    const end = task.ts + task.dur!;
    while (cursor < on.length && on[cursor]!.ts < task.ts) cursor++;
    const result: TaskBreakdown = { start: (task.ts - origin0) / 1000, duration: task.dur! / 1000, extension: 0, page: 0, rendering: 0, gc: 0, other: 0 };
    // Only the outermost classified event of each stretch counts, so nested work is not counted twice:
    // layout forced by an extension script is the extension's.
    let coveredUntil = task.ts;
    for (let i = cursor; i < on.length && on[i]!.ts < end; i++) {
      const event = on[i]!;
      if (event === task || event.ts < coveredUntil) continue;
      const kind = kindOf(event);
      if (!kind) continue;
      const until = Math.min(end, event.ts + event.dur!);
      result[kind] += (until - event.ts) / 1000;
      coveredUntil = until;
    }
    result.other = Math.max(0, result.duration - result.extension - result.page - result.rendering - result.gc);
    return result;
  });
}

function kindOf(event: TraceEvent): 'extension' | 'page' | 'rendering' | 'gc' | null {
  if (SCRIPT.has(event.name)) {
    const url = event.args?.data?.url ?? '';
    const world = event.args?.worldName ?? '';
    if (world.startsWith(HARNESS_WORLD)) return null;
    if (url.startsWith('chrome-extension://') || world) return 'extension';
    return url || event.name === 'v8.callFunction' ? 'page' : null;
  }
  if (RENDERING.has(event.name)) return 'rendering';
  if (GC.has(event.name)) return 'gc';
  return null;
}
