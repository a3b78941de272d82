/**
 * The heavy half of the content script, loaded when a composer first gets focus: compiles the
 * active packs, runs the coach controller, intercepts posts and keeps records. Nothing here ever
 * stores or sends draft text.
 */
import twitterText from 'twitter-text';
import type { Checker } from '../../rules/engine/index.ts';
import type { CheckRun, TextRange } from '../../rules/engine/check.ts';
import { compileInSlices, idleClock, runInSlices, type PendingCompile, type SlicedCheck } from '../../rules/engine/incremental.ts';
import {
  DEFAULT_SETTINGS, STORAGE_KEYS,
  type ActivePacks, type ComposerStatus, type FalsePositiveReport, type InternalErrorRecord,
  type OverrideRecord, type Settings, type Site, type StatusResponse,
} from '../../lib/contracts.ts';
import { getLocale, setLocale } from '../../lib/i18n.ts';
import { sha256Hex } from '../../lib/hash.ts';
import { CoachController } from '../../components/controller.tsx';
import type { CoachComposer } from '../../components/types.ts';
import { recognise, type ComposerInfo, type SiteAdapter } from '../../sites/index.ts';
import { readText } from '../../sites/text.ts';
import { replaceText } from '../../sites/edit.ts';
import { appendRecord } from './records.ts';
import { interceptPosts, type InterceptTarget } from './intercept.ts';

/** Until the first packs are compiled (they always arrive: the background stores them at start). */
const NOTHING_TO_CHECK: CheckRun = { step: () => false, finish: () => [] };

interface Attached {
  composer: CoachComposer;
  info: ComposerInfo;
}

export interface Coach {
  attach(editor: HTMLElement): void;
  status(): StatusResponse;
}

export async function startCoach(adapter: SiteAdapter): Promise<Coach> {
  const site: Site = adapter.site;
  let settings: Settings = DEFAULT_SETTINGS;
  let checker: Checker | undefined;
  let compiling: { revision: string; pending: PendingCompile } | undefined;
  let warming: SlicedCheck | undefined;
  let revision = '';
  let lastError: InternalErrorRecord | undefined;
  const attached = new Map<HTMLElement, Attached>();
  let nextId = 1;

  const reportError = (where: string, error: unknown) => {
    lastError = { time: new Date().toISOString(), site, where, message: error instanceof Error ? error.message : String(error) };
    void appendRecord(STORAGE_KEYS.errorLog, lastError);
  };

  // Packs compile in slices, so a pack never freezes the page; a check that comes before the first
  // packs are ready drives their compile in its own slices (beginCheck), and a post or a fix that
  // needs the checker at once compiles the rest in that task (currentChecker).
  const applyPacks = (active: ActivePacks | undefined) => {
    if (!active || !Array.isArray(active.packs) || active.revision === (compiling?.revision ?? revision)) return;
    compiling?.pending.cancel();
    const target = active.revision;
    const pending = compileInSlices(active.packs, { onInternalError: (e) => reportError('check', e) }, {
      ready(compiled) {
        checker = compiled;
        revision = target;
        compiling = undefined;
        // The first checks of new text are cold (regex compilation, NLP caches): pay for that in
        // idle slices, so no keystroke does.
        warming?.cancel();
        warming = runInSlices(compiled.warmUp(), () => {}, { clock: idleClock, startNow: false });
        controller.refresh();
      },
      failed(error) {
        compiling = undefined;
        reportError('compile packs', error);
      },
    });
    compiling = { revision: target, pending };
  };
  const currentChecker = () => compiling?.pending.finishNow() ?? checker;
  // Before the first packs are ready, a check compiles them in its own slices first, so the first
  // findings a composer shows are real ones, never an early "nothing to fix".
  const beginCheck = (text: string, composer: CoachComposer, focus: TextRange): CheckRun => {
    if (!settings.sites[site]) return NOTHING_TO_CHECK;
    if (checker) return checker.begin(text, contextOf(composer), focus);
    const pending = compiling?.pending;
    if (!pending) return NOTHING_TO_CHECK;
    let run: CheckRun | undefined;
    const checkRun = () => (run ??= pending.finishNow()?.begin(text, contextOf(composer), focus) ?? NOTHING_TO_CHECK);
    return {
      step: () => (run ? run.step() : pending.step() || (checkRun(), true)),
      finish: () => checkRun().finish(),
    };
  };
  const applySettings = (stored: Partial<Settings> | undefined) => {
    settings = { ...DEFAULT_SETTINGS, ...stored, sites: { ...DEFAULT_SETTINGS.sites, ...stored?.sites } };
    setLocale(settings.locale);
  };

  const contextOf = (composer: CoachComposer) => ({ platform: composer.platform, surface: composer.surface, locale: getLocale() });
  const controller = new CoachController({
    check: (text, composer) => {
      const ready = settings.sites[site] ? currentChecker() : undefined;
      return ready ? ready.check(text, contextOf(composer)) : [];
    },
    begin: beginCheck,
    mode: () => settings.mode,
    measure: (text, composer) => (composer.weighted ? twitterText.parseTweet(text).weightedLength : text.length),
    onError: reportError,
    onOverride: (composer, findings, text) => {
      void sha256Hex(text).then((textHash) => {
        const record: OverrideRecord = {
          time: new Date().toISOString(), site, ruleIds: findings.map((f) => f.ruleId), severities: findings.map((f) => f.severity), textHash,
        };
        return appendRecord(STORAGE_KEYS.overrideLog, record);
      });
    },
    onFalsePositive: (composer, finding) => {
      void sha256Hex(finding.excerpt).then((excerptHash) => {
        const report: FalsePositiveReport = { time: new Date().toISOString(), site, ruleId: finding.ruleId, excerptHash };
        return appendRecord(STORAGE_KEYS.falsePositives, report);
      });
    },
  });

  const stored = await browser.storage.local.get([STORAGE_KEYS.settings, STORAGE_KEYS.activePacks]);
  applySettings(stored[STORAGE_KEYS.settings] as Partial<Settings> | undefined);
  applyPacks(stored[STORAGE_KEYS.activePacks] as ActivePacks | undefined);

  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const settingsChange = changes[STORAGE_KEYS.settings];
    const packsChange = changes[STORAGE_KEYS.activePacks];
    if (settingsChange) applySettings(settingsChange.newValue as Partial<Settings> | undefined);
    if (packsChange) applyPacks(packsChange.newValue as ActivePacks | undefined);
    if (settingsChange || packsChange) controller.refresh();
  });

  const live = (): Attached[] => {
    for (const [editor, entry] of attached) if (!editor.isConnected || !controller.has(entry.composer.id)) attached.delete(editor);
    return [...attached.values()];
  };

  interceptPosts({
    *targets(): Iterable<InterceptTarget> {
      for (const { composer, info } of live()) yield { id: composer.id, editor: composer.element, findSubmit: info.findSubmit };
    },
    holds: (id) => controller.holds(id),
    confirm: (id) => controller.confirm(id),
    posted: (id) => controller.posted(id),
    failClosed: () => settings.failClosed,
    onError: reportError,
  });

  return {
    attach(editor) {
      if (attached.has(editor) || !settings.sites[site]) return;
      const info = recognise(adapter, editor);
      if (!info) return;
      const composer: CoachComposer = {
        id: `${site}-${nextId++}`,
        element: editor,
        kind: info.kind,
        platform: site,
        surface: info.surface,
        limit: info.limit,
        weighted: info.weighted,
        read: () => readText(editor),
        replace: (before, start, end, replacement) => replaceText(editor, before, start, end, replacement),
      };
      attached.set(editor, { composer, info });
      controller.attach(composer);
    },
    status() {
      const byId = new Map(live().map((a) => [a.composer.id, a.info]));
      const composers: ComposerStatus[] = controller.states().map((s) => ({
        site, kind: s.kind, fallback: byId.get(s.id)?.fallback ?? false, counts: s.counts,
      }));
      return { site, enabled: settings.sites[site], composers, ...(lastError ? { lastError } : {}) };
    },
  };
}
