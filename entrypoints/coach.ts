/**
 * The coach as its own script (coach.js), imported by the content script on first focus so that
 * the engine, NLP and UI never load on pages where nobody writes. It hands startCoach over on a
 * global, because a classic script cannot export.
 */
import { startCoach } from './content/coach.ts';
import { COACH_GLOBAL } from './content/lazy-contract.ts';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[COACH_GLOBAL] = startCoach;
});
