import { describe, expect, it } from 'vitest';
import type { Checker } from '../../../rules/engine/index.ts';
import type { SliceClock } from '../../../rules/engine/incremental.ts';
import { loadPackFile } from '../../../rules/engine/node.ts';
import { buildGallery, buildGalleryInSlices, type GalleryProgress, type GallerySection } from '../../../demo/gallery.ts';
import { checkerFor } from '../../../demo/packs.ts';

const checker = checkerFor([loadPackFile(new URL('../../../rules/packs/core.yaml', import.meta.url).pathname)]);
const expected = buildGallery(checker, 'en');

/** Time that passes only as the checker works: a unit of a stepped check costs 1 ms, a whole check() far more. */
const UNIT_MS = 1;
const WHOLE_CHECK_MS = 50;
const BUDGET_MS = 8;

class ManualClock implements SliceClock {
  time = 0;
  queue: (() => void)[] = [];
  now = () => this.time;
  later(next: () => void) {
    this.queue.push(next);
    return () => {
      this.queue = this.queue.filter((queued) => queued !== next);
    };
  }
  /** Runs the next slice; returns the time it took, or undefined when none is queued. */
  runSlice(): number | undefined {
    const next = this.queue.shift();
    if (!next) return undefined;
    const started = this.time;
    next();
    return this.time - started;
  }
}

function metered(inner: Checker, clock: ManualClock): Checker {
  return {
    ...inner,
    check(text, context) {
      clock.time += WHOLE_CHECK_MS;
      return inner.check(text, context);
    },
    begin(text, context, focus) {
      const run = inner.begin(text, context, focus);
      return {
        step() {
          clock.time += UNIT_MS;
          return run.step();
        },
        finish() {
          clock.time += UNIT_MS;
          return run.finish();
        },
      };
    },
  };
}

/** Each section of `part` is in `whole`, in the same order, with its scenarios a prefix of the whole's. */
function isPrefixOf(part: GallerySection[], whole: GallerySection[]): boolean {
  return part.every((section, index) => {
    const full = whole[index];
    return full?.category === section.category && section.scenarios.every((s, i) => full.scenarios[i]?.id === s.id && full.scenarios[i]?.good === s.good);
  });
}

describe('the gallery built in slices', () => {
  it('ends with the same scenarios as buildGallery, showing only a growing prefix of them on the way', () => {
    const clock = new ManualClock();
    const shown: GalleryProgress[] = [];
    buildGalleryInSlices(metered(checker, clock), 'en', (progress) => shown.push(progress), { clock, budgetMs: BUDGET_MS });
    expect(shown).toEqual([]); // nothing in the task that started it: the page paints first
    let slices = 0;
    let longest = 0;
    for (let took = clock.runSlice(); took !== undefined; took = clock.runSlice()) {
      slices++;
      longest = Math.max(longest, took);
    }
    expect(shown.at(-1)).toEqual({ sections: expected, done: true });
    expect(shown.filter((p) => p.done)).toHaveLength(1);
    const progress = shown.slice(0, -1);
    expect(progress.length).toBeGreaterThan(5);
    for (const p of progress) expect(isPrefixOf(p.sections, expected)).toBe(true);
    expect(progress.map((p) => p.sections.flatMap((s) => s.scenarios).length)).toEqual([...progress.map((p) => p.sections.flatMap((s) => s.scenarios).length)].sort((a, b) => a - b));
    // A slice stops once its budget is spent; no step of the build runs a whole check at once.
    expect(slices).toBeGreaterThan(100);
    expect(longest).toBeLessThanOrEqual(BUDGET_MS + 2 * UNIT_MS);
  });

  it('stops for good when cancelled: nothing more runs or is shown', () => {
    const clock = new ManualClock();
    const shown: GalleryProgress[] = [];
    const build = buildGalleryInSlices(metered(checker, clock), 'en', (progress) => shown.push(progress), { clock, budgetMs: BUDGET_MS });
    while (shown.length === 0) clock.runSlice();
    build.cancel();
    const worked = clock.time;
    expect(clock.runSlice()).toBeUndefined();
    expect(clock.time).toBe(worked);
    expect(shown.every((p) => !p.done)).toBe(true);
  });

  it('a build for another language replaces the cancelled one: only its scenarios are shown', () => {
    const clock = new ManualClock();
    const shown: { locale: string; progress: GalleryProgress }[] = [];
    const english = buildGalleryInSlices(metered(checker, clock), 'en', (progress) => shown.push({ locale: 'en', progress }), { clock });
    clock.runSlice();
    english.cancel();
    buildGalleryInSlices(metered(checker, clock), 'ru', (progress) => shown.push({ locale: 'ru', progress }), { clock });
    while (clock.runSlice() !== undefined);
    const last = shown.at(-1)!;
    expect(last.locale).toBe('ru');
    expect(last.progress.done).toBe(true);
    expect(last.progress.sections).toEqual(buildGallery(checker, 'ru'));
    expect(shown.filter((s) => s.locale === 'en').every((s) => !s.progress.done)).toBe(true);
  });
});
