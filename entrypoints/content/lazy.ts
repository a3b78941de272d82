/**
 * The coach as its own script (coach.js), imported by the content script on first focus so that
 * the engine, NLP and UI never load on pages where nobody writes. Built only when the WXT config
 * registers it (see tests/e2e/wxt.e2e.config.ts); it hands startCoach over on the shared global.
 */
import { startCoach } from './coach.ts';
import { COACH_GLOBAL } from './lazy-contract.ts';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[COACH_GLOBAL] = startCoach;
});
