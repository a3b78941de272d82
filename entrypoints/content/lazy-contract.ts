/** How the content script finds the lazily loaded coach (coach.js). */
export const COACH_GLOBAL = '__postcoachStartCoach';
export const COACH_FILE = '/coach.js';
