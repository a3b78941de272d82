/**
 * Puts scenarios into the look-alike composers and steps through their fixes. Editor work is
 * serialised, so fast key presses in presentation mode never interleave two edits; a new load
 * stops a typing animation that is still running.
 */
import type { Platform } from '../rules/engine/index.ts';
import type { DemoCoach } from './coach.ts';
import { nextFixStep, type FixStep } from './fix-plan.ts';
import type { Scenario } from './scenario.ts';
import { setEditorText, typeEditorText } from './sim-editor.ts';

export const TYPING_MS_PER_CHAR = 28;

export interface StepOutcome {
  step: FixStep;
  applied: boolean;
}

export class ScenarioPlayer {
  private queue: Promise<unknown> = Promise.resolve();
  private typing: AbortController | null = null;

  constructor(
    private readonly coach: DemoCoach,
    private readonly editors: Record<Platform, HTMLElement>,
  ) {}

  private run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  text(platform: Platform): string {
    return this.coach.composers[platform].read().text;
  }

  load(platform: Platform, text: string, animate: boolean): Promise<void> {
    this.typing?.abort();
    const typing = new AbortController();
    this.typing = typing;
    return this.run(async () => {
      const editor = this.editors[platform];
      if (animate) await typeEditorText(editor, text, typing.signal, TYPING_MS_PER_CHAR);
      else setEditorText(editor, text);
    });
  }

  /** Applies the next step of the scenario's fix plan through the editor's own input pipeline. */
  fix(scenario: Scenario, fixesDone: number): Promise<StepOutcome | null> {
    return this.run(async () => {
      const composer = this.coach.composers[scenario.platform];
      const text = composer.read().text;
      const step = nextFixStep(text, scenario.good, this.coach.check(text, scenario.platform), fixesDone);
      if (!step) return null;
      const outcome = await composer.replace(text, step.start, step.end, step.replacement);
      return { step, applied: outcome === 'applied' };
    });
  }

  stop(): void {
    this.typing?.abort();
  }
}
