/**
 * Loads on every X and LinkedIn page, so it stays tiny: it only waits for a composer to get
 * focus, then loads the coach (engine, NLP, UI) once and hands it the editor.
 */
import { adapterFor } from '../../sites/index.ts';
import { editingHost } from '../../sites/dom.ts';
import { STORAGE_KEYS, type InternalErrorRecord, type StatusRequest, type StatusResponse } from '../../lib/contracts.ts';
import { appendRecord } from './records.ts';
import type { Coach, startCoach as StartCoach } from './coach.ts';
import { COACH_FILE, COACH_GLOBAL } from './lazy-contract.ts';

/** Imports the web-accessible coach.js by URL on first focus; it registers startCoach on a global. */
async function loadCoach(): Promise<typeof StartCoach> {
  await import(/* @vite-ignore */ browser.runtime.getURL(COACH_FILE as '/coach.js'));
  return (globalThis as Record<string, unknown>)[COACH_GLOBAL] as typeof StartCoach;
}

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main() {
    const adapter = adapterFor(location.hostname);
    if (!adapter) return;
    let coach: Promise<Coach> | null = null;
    const reportLoadFailure = (error: unknown) => {
      coach = null;
      const record: InternalErrorRecord = { time: new Date().toISOString(), site: adapter.site, where: 'load coach', message: String(error) };
      void appendRecord(STORAGE_KEYS.errorLog, record);
    };
    const load = () => (coach ??= loadCoach().then((startCoach) => startCoach(adapter)));

    const onFocus = (event: Event) => {
      const editor = editingHost(event.composedPath()[0]);
      if (editor) load().then((c) => c.attach(editor), reportLoadFailure);
    };
    document.addEventListener('focusin', onFocus, true);

    browser.runtime.onMessage.addListener((message: unknown) => {
      if ((message as StatusRequest | undefined)?.type !== 'postcoach:status') return undefined;
      const idle: StatusResponse = { site: adapter.site, enabled: true, composers: [] };
      return coach ? coach.then((c) => c.status()) : Promise.resolve(idle);
    });
  },
});
