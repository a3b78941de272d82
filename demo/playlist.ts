/** Presentation mode's position: which scenario of the playlist, which step of its fix plan. */
export interface Position {
  scenario: number;
  step: number;
}

/** `stepCounts[i]` = number of states of scenario i (the bad post, then one per fix step). */
export function nextPosition(position: Position, stepCounts: readonly number[]): Position {
  const steps = stepCounts[position.scenario] ?? 1;
  if (position.step + 1 < steps) return { scenario: position.scenario, step: position.step + 1 };
  if (position.scenario + 1 < stepCounts.length) return { scenario: position.scenario + 1, step: 0 };
  return position;
}

export function previousPosition(position: Position, stepCounts: readonly number[]): Position {
  if (position.step > 0) return { scenario: position.scenario, step: position.step - 1 };
  if (position.scenario > 0) return { scenario: position.scenario - 1, step: Math.max(0, (stepCounts[position.scenario - 1] ?? 1) - 1) };
  return position;
}

/** 0..1 over all steps of the playlist, for the progress bar. */
export function progress(position: Position, stepCounts: readonly number[]): number {
  const total = stepCounts.reduce((sum, n) => sum + n, 0);
  if (total <= 1) return 1;
  const done = stepCounts.slice(0, position.scenario).reduce((sum, n) => sum + n, 0) + position.step;
  return done / (total - 1);
}
