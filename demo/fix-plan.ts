/**
 * "Fix it", one step at a time: each quick fix the coach offers, leftmost first, then — when the
 * quick fixes alone do not reach the scenario's better version — one rewrite to that version.
 * Pure, so the page, the presentation playlist and the tests all follow the same steps.
 */
import type { Finding } from '../rules/engine/index.ts';
import { drain, type Steps } from '../rules/engine/steps.ts';

/** Findings that are problems; praise is the coach saying "well done". */
export function problems(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity !== 'praise');
}

export type FixStep =
  | { kind: 'fix'; start: number; end: number; replacement: string; label: string; ruleId: string }
  | { kind: 'rewrite'; start: number; end: number; replacement: string };

/** At most this many quick fixes per scenario, so a fix that re-triggers its own rule cannot loop. */
export const MAX_QUICK_FIXES = 12;

/** `good` null: quick fixes only, no final rewrite. */
export function nextFixStep(text: string, good: string | null, findings: readonly Finding[], fixesSoFar: number): FixStep | null {
  if (fixesSoFar < MAX_QUICK_FIXES) {
    const fixable = problems(findings)
      .filter((f) => f.fixes && f.fixes.length > 0 && text.slice(f.start, f.end) === f.excerpt)
      .sort((a, b) => a.start - b.start)[0];
    const fix = fixable?.fixes?.[0];
    if (fixable && fix && fix.replacement !== fixable.excerpt) {
      return { kind: 'fix', start: fixable.start, end: fixable.end, replacement: fix.replacement, label: fix.label, ruleId: fixable.ruleId };
    }
  }
  return good === null || text === good ? null : { kind: 'rewrite', start: 0, end: text.length, replacement: good };
}

export function applyStep(text: string, step: FixStep): string {
  return text.slice(0, step.start) + step.replacement + text.slice(step.end);
}

export interface PlannedStep {
  step: FixStep;
  /** The text after this step. */
  text: string;
}

/** Every step from `bad` to `good`, given how the checker sees each intermediate text. */
export function planFixes(bad: string, good: string | null, check: (text: string) => Finding[]): PlannedStep[] {
  return drain(
    planFixesInSteps(bad, good, function* (text) {
      return check(text);
    }),
  );
}

/** planFixes for a checker that runs in steps (see gallery.ts), yielding wherever a check does. */
export function* planFixesInSteps(bad: string, good: string | null, check: (text: string) => Steps<Finding[]>): Steps<PlannedStep[]> {
  const steps: PlannedStep[] = [];
  let text = bad;
  let fixes = 0;
  for (;;) {
    const step = nextFixStep(text, good, yield* check(text), fixes);
    if (!step) return steps;
    text = applyStep(text, step);
    steps.push({ step, text });
    if (step.kind === 'rewrite') return steps;
    fixes++;
  }
}
