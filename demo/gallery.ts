/**
 * The scenario gallery, built from the active packs' own rule examples: per category, each bad
 * example that really triggers its rule, paired with a better version — the quick fixes' result
 * when that is clean, otherwise one of the rule's good examples. Only pairs whose better version
 * has no problems are shown, so every scenario ends clean; so are fixes that loop.
 * Running every example takes seconds, so the page builds it in slices (buildGalleryInSlices).
 */
import { CATEGORY_IDS, localize, type Category, type CheckContext, type Checker, type Finding, type Platform, type RuleInfo } from '../rules/engine/index.ts';
import type { Steps, SteppedRun } from '../rules/engine/steps.ts';
import { browserClock, runInSlices, type SlicedCheck, type SliceClock } from '../rules/engine/incremental.ts';
import { MAX_QUICK_FIXES, planFixesInSteps, problems } from './fix-plan.ts';
import type { Scenario } from './scenario.ts';

export interface GallerySection {
  category: Category;
  scenarios: Scenario[];
}

const X_LENGTH = 280;

/** The rule's own platform when it has one; otherwise alternate, so both composers get scenarios. */
function platformFor(rule: RuleInfo, text: string, index: number): Platform {
  return rule.examplePlatform ?? rule.platforms?.[0] ?? (text.length <= X_LENGTH && index % 2 === 1 ? 'x' : 'linkedin');
}

/** One check a unit at a time (one rule on one segment, see Checker.begin), so that no step blocks the page for long. */
function* checkInSteps(checker: Checker, text: string, context: CheckContext): Steps<Finding[]> {
  const run = checker.begin(text, context);
  while (run.step()) yield;
  return run.finish();
}

/** The scenario of the rule's `index`-th bad example, or undefined when it would not end clean. */
function* scenarioSteps(rule: RuleInfo, index: number, checker: Checker, locale: string): Steps<Scenario | undefined> {
  const bad = rule.examples.bad[index]!;
  const platform = platformFor(rule, bad, index);
  const check = (text: string) => checkInSteps(checker, text, { platform, surface: 'post', locale });
  if (!problems(yield* check(bad)).some((f) => f.ruleId === rule.id)) return undefined;
  const quickFixes = yield* planFixesInSteps(bad, null, check);
  // A fix that keeps re-triggering its own rule would make a poor demonstration.
  if (quickFixes.length >= MAX_QUICK_FIXES) return undefined;
  const candidates = [quickFixes.at(-1)?.text, rule.examples.good[index % rule.examples.good.length], ...rule.examples.good];
  for (const good of candidates) {
    if (!good || good === bad || problems(yield* check(good)).length > 0) continue;
    return { id: `${rule.id}#${index + 1}`, title: localize(rule.message, locale), platform, bad, good, category: rule.category, ruleId: rule.id, source: 'pack' };
  }
  return undefined;
}

/** The gallery built a step at a time; finish() builds the rest now. */
export interface GalleryBuild extends SteppedRun<GallerySection[]> {
  /**
   * The sections so far: a prefix of the finished gallery. Categories are built in order, so a
   * section only ever grows at its end and new sections only ever come after the others.
   */
  sections(): GallerySection[];
  /** How many scenarios have been found so far. */
  readonly found: number;
}

export function galleryBuild(checker: Checker, locale: string): GalleryBuild {
  const byCategory = new Map<Category, Scenario[]>();
  let found = 0;
  function* everyExample(): Steps<void> {
    for (const category of CATEGORY_IDS) {
      for (const rule of checker.rules) {
        if (rule.category !== category || rule.severity === 'praise') continue;
        for (let index = 0; index < rule.examples.bad.length; index++) {
          const scenario = yield* scenarioSteps(rule, index, checker, locale);
          if (!scenario) continue;
          byCategory.set(category, [...(byCategory.get(category) ?? []), scenario]);
          found++;
        }
      }
    }
  }
  const steps = everyExample();
  let done = false;
  const sections = () => CATEGORY_IDS.flatMap((category) => {
    const scenarios = byCategory.get(category);
    return scenarios ? [{ category, scenarios }] : [];
  });
  const build: GalleryBuild = {
    step() {
      done ||= !!steps.next().done;
      return !done;
    },
    finish() {
      while (build.step());
      return sections();
    },
    sections,
    get found() {
      return found;
    },
  };
  return build;
}

/** Every scenario at once: per category, in the packs' rule order. */
export function buildGallery(checker: Checker, locale: string): GallerySection[] {
  return galleryBuild(checker, locale).finish();
}

export interface GalleryProgress {
  sections: GallerySection[];
  done: boolean;
}

/** While building, the page is shown what was found at most this often: it sees the gallery grow without re-rendering every slice. */
export const PROGRESS_EVERY_MS = 150;

export interface GallerySlicing {
  clock?: SliceClock;
  budgetMs?: number;
}

/**
 * Builds the gallery in short slices between the page's other tasks (see runInSlices), starting in
 * a later task so the page paints first. `show` gets the sections found so far as they grow, then
 * once the whole gallery with done true — unless cancel() came first (new packs or language).
 */
export function buildGalleryInSlices(checker: Checker, locale: string, show: (progress: GalleryProgress) => void, { clock = browserClock, budgetMs }: GallerySlicing = {}): SlicedCheck {
  const build = galleryBuild(checker, locale);
  let shownFound = 0;
  let shownAt = -Infinity;
  const run: SteppedRun<GallerySection[]> = {
    step() {
      const more = build.step();
      if (more && build.found > shownFound && clock.now() - shownAt >= PROGRESS_EVERY_MS) {
        shownFound = build.found;
        shownAt = clock.now();
        show({ sections: build.sections(), done: false });
      }
      return more;
    },
    finish: () => build.finish(),
  };
  return runInSlices(run, (sections) => show({ sections, done: true }), { clock, budgetMs, startNow: false });
}
