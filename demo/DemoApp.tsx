/**
 * The trainers' demo: look-alike X and LinkedIn composers coached by the real controller, a
 * gallery of good-versus-bad scenarios, loading of scenario and pack files, share links, post
 * health and a keyboard-driven presentation mode.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Pack, Platform } from '../rules/engine/index.ts';
import { PLATFORMS } from '../rules/engine/index.ts';
import { setLocale, t } from '../lib/i18n.ts';
import { startDemoCoach, type DemoCoach } from './coach.ts';
import { ScenarioPlayer } from './player.ts';
import { useGallery } from './useGallery.ts';
import { planFixes, problems, type PlannedStep } from './fix-plan.ts';
import { healthRows } from './health.ts';
import { withOrgPack } from './packs.ts';
import { usePackChecker } from './usePackChecker.ts';
import { parseScenarioFile, ScenarioFileError } from './scenario-file.ts';
import { decodeScenarioHash, encodeScenario } from './share.ts';
import type { Scenario } from './scenario.ts';
import { nextPosition, previousPosition, type Position } from './playlist.ts';
import { SimComposer } from './SimComposer.tsx';
import { Gallery } from './Gallery.tsx';
import { Loaders } from './Loaders.tsx';
import { ScenarioPanel } from './ScenarioPanel.tsx';
import { PresentationBar } from './PresentationBar.tsx';

export interface DemoAppProps {
  /** The packs to start with: the extension's active packs, or the core pack alone. */
  initialPacks: Pack[];
  initialLocale: string;
}

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

export function DemoApp({ initialPacks, initialLocale }: DemoAppProps) {
  const [locale, setLocaleState] = useState(() => setLocale(initialLocale));
  const [errors, setErrors] = useState<{ scenarios?: string; pack?: string; link?: string }>({});
  const packChecker = usePackChecker(initialPacks, (error) => setErrors((e) => ({ ...e, pack: error instanceof Error ? error.message : String(error) })));
  const { packs, checker } = packChecker;
  const checkerRef = useRef(checker);
  checkerRef.current = checker;
  const gallery = useGallery(checker, locale);

  const [own, setOwn] = useState<Scenario[]>([]);
  const [current, setCurrent] = useState<Scenario | null>(null);
  const [fixesDone, setFixesDone] = useState(0);
  const [texts, setTexts] = useState<Record<Platform, string>>({ x: '', linkedin: '' });
  const [animate, setAnimate] = useState(true);
  const [announcement, setAnnouncement] = useState('');
  const [loaded, setLoaded] = useState<{ scenarios?: string; pack?: string }>({});
  const [position, setPosition] = useState<Position | null>(null);

  const rootRef = useRef<HTMLDivElement>(null);
  const editorRefs = { x: useRef<HTMLDivElement>(null), linkedin: useRef<HTMLDivElement>(null) };
  const coachRef = useRef<DemoCoach | null>(null);
  const playerRef = useRef<ScenarioPlayer | null>(null);

  useEffect(() => {
    const editors = { x: editorRefs.x.current!, linkedin: editorRefs.linkedin.current! };
    // A composer checked before the slices are done finishes the compile at once: its first coaching is real.
    const coach = startDemoCoach(editors, () => checkerRef.current ?? packChecker.compileNow(), (where, error) => {
      console.warn(`postcoach demo: ${where}`, error);
    });
    coachRef.current = coach;
    playerRef.current = new ScenarioPlayer(coach, editors);
    const cleanups = PLATFORMS.map((platform) => {
      const sync = () => setTexts((old) => ({ ...old, [platform]: coach.composers[platform].read().text }));
      editors[platform].addEventListener('input', sync);
      return () => editors[platform].removeEventListener('input', sync);
    });
    return () => {
      for (const undo of cleanups) undo();
      playerRef.current?.stop();
      coach.destroy();
    };
    // Once: the editors and the coach live as long as the page.
  }, []);

  useEffect(() => {
    coachRef.current?.controller.refresh();
    document.documentElement.lang = locale;
    document.title = t('demo.pageTitle');
  }, [checker, locale]);

  const check = useCallback((text: string, platform: Platform) => checker?.check(text, { platform, surface: 'post', locale }) ?? [], [checker, locale]);
  const planFor = useCallback((s: Scenario) => planFixes(s.bad, s.good, (text) => check(text, s.platform)), [check]);

  const open = useCallback(
    async (scenario: Scenario, options: { animate: boolean; text?: string; fixesDone?: number }) => {
      setCurrent(scenario);
      setFixesDone(options.fixesDone ?? 0);
      setAnnouncement(t('demo.announce.open', { title: scenario.title }));
      await playerRef.current?.load(scenario.platform, options.text ?? scenario.bad, options.animate);
    },
    [],
  );

  const applyFix = useCallback(async (scenario: Scenario, done: number) => {
    const outcome = await playerRef.current?.fix(scenario, done);
    if (!outcome) return;
    if (!outcome.applied) {
      setAnnouncement(t('demo.announce.refused'));
      return;
    }
    setFixesDone(done + 1);
    setAnnouncement(outcome.step.kind === 'fix' ? t('demo.announce.fixed', { label: outcome.step.label }) : t('demo.announce.rewritten'));
  }, []);
  const fixNext = () => {
    if (current) void applyFix(current, fixesDone);
  };

  // A shared link opens its scenario, now and whenever the hash changes.
  useEffect(() => {
    const fromHash = () => {
      const decoded = decodeScenarioHash(location.hash);
      if (!decoded) return;
      if ('error' in decoded) setErrors((e) => ({ ...e, link: t(`demo.share.error.${decoded.error}`) }));
      else {
        setErrors((e) => ({ ...e, link: undefined }));
        void open(decoded.scenario, { animate: false });
      }
    };
    fromHash();
    window.addEventListener('hashchange', fromHash);
    return () => window.removeEventListener('hashchange', fromHash);
  }, [open]);

  const onScenarioFile = (text: string | null, name: string) => {
    if (text === null) {
      setErrors((e) => ({ ...e, scenarios: t('demo.load.tooLarge', { name }) }));
      return;
    }
    try {
      const scenarios = parseScenarioFile(text, name);
      setOwn(scenarios);
      setErrors((e) => ({ ...e, scenarios: undefined }));
      setLoaded((l) => ({ ...l, scenarios: t('demo.load.scenariosLoaded', { count: scenarios.length, name }) }));
    } catch (error) {
      setErrors((e) => ({ ...e, scenarios: error instanceof ScenarioFileError ? error.message : `${name}: ${String(error)}` }));
    }
  };

  const onPackFile = (text: string | null, name: string) => {
    if (text === null) {
      setErrors((e) => ({ ...e, pack: t('demo.load.tooLarge', { name }) }));
      return;
    }
    const result = withOrgPack(text, name, initialPacks);
    if (!result.ok) {
      setErrors((e) => ({ ...e, pack: result.message }));
      return;
    }
    packChecker.adoptCompiled(result.packs, result.checker);
    setErrors((e) => ({ ...e, pack: undefined }));
    setLoaded((l) => ({ ...l, pack: t('demo.load.packLoaded', { name, rules: result.checker.rules.length }) }));
  };

  // --- presentation mode ------------------------------------------------------------------------

  const playlist = useMemo(() => (own.length > 0 ? own : gallery.sections.map((section) => section.scenarios[0]!)), [own, gallery.sections]);
  // The playlist grows with the gallery: each scenario is planned once, not again at every growth.
  const planCache = useMemo(() => new WeakMap<Scenario, PlannedStep[]>(), [planFor]);
  const plans = useMemo(
    () =>
      playlist.map((scenario) => {
        const plan = planCache.get(scenario) ?? planFor(scenario);
        planCache.set(scenario, plan);
        return plan;
      }),
    [playlist, planCache, planFor],
  );
  const stepCounts = useMemo(() => plans.map((plan) => plan.length + 1), [plans]);

  const goTo = useCallback(
    async (target: Position, from: Position | null) => {
      const scenario = playlist[target.scenario];
      const plan = plans[target.scenario];
      const player = playerRef.current;
      if (!scenario || !plan || !player) return;
      setPosition(target);
      const states = [scenario.bad, ...plan.map((p) => p.text)];
      const stepForward = from && from.scenario === target.scenario && target.step === from.step + 1;
      if (stepForward && current?.id === scenario.id && player.text(scenario.platform) === states[from.step]) {
        await applyFix(scenario, from.step);
        return;
      }
      const fresh = !from || from.scenario !== target.scenario;
      await open(scenario, { animate: animate && fresh && target.step === 0, text: states[target.step], fixesDone: target.step });
    },
    [playlist, plans, current, applyFix, open, animate],
  );

  const startPresentation = () => {
    const index = Math.max(0, playlist.findIndex((s) => s.id === current?.id));
    // The whole document, not the demo's root: the coach's overlay lives on <body> and must stay visible.
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
    void goTo({ scenario: index, step: 0 }, null);
    rootRef.current?.focus();
  };

  const leavePresentation = useCallback(() => {
    setPosition(null);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, []);

  useEffect(() => {
    if (!position) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      let target: Position | null = null;
      if (e.key === 'Escape') leavePresentation();
      else if (NEXT_KEYS.has(e.key)) target = nextPosition(position, stepCounts);
      else if (PREVIOUS_KEYS.has(e.key)) target = previousPosition(position, stepCounts);
      else if (e.key === 'Home') target = { scenario: 0, step: 0 };
      else if (e.key === 'End') target = { scenario: stepCounts.length - 1, step: (stepCounts.at(-1) ?? 1) - 1 };
      else return;
      e.preventDefault();
      e.stopPropagation();
      if (target && (target.scenario !== position.scenario || target.step !== position.step)) void goTo(target, position);
    };
    const onFullscreen = () => {
      if (!document.fullscreenElement) setPosition(null);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true });
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [position, stepCounts, goTo, leavePresentation]);

  // --- rendering -----------------------------------------------------------------------------------

  const currentText = current ? texts[current.platform] : '';
  const plan = useMemo(() => (current ? planFor(current) : []), [current, planFor]);
  const findingsNow = useMemo(() => (current ? check(currentText, current.platform) : []), [current, currentText, check]);
  const rows = useMemo(() => (current ? healthRows(check(current.bad, current.platform), findingsNow) : []), [current, findingsNow, check]);
  const shareUrl = current ? `${location.href.split('#')[0]}#${encodeScenario(current)}` : '';
  const presenting = position !== null;
  useEffect(() => coachRef.current?.controller.requestRender(), [presenting]);

  const switchLocale = (next: string) => setLocaleState(setLocale(next));
  const post = async (platform: Platform) => {
    const wentOut = await coachRef.current?.post(platform);
    setAnnouncement(wentOut ? t('demo.announce.posted') : t('demo.announce.notPosted'));
  };

  return (
    <div ref={rootRef} className={presenting ? 'demo presenting' : 'demo'} tabIndex={-1}>
      <header className="topbar">
        <h1>
          <span className="brand">Postcoach</span> {t('demo.heading')}
        </h1>
        {!presenting && (
          <div className="topbar-tools">
            <label className="toggle">
              <input type="checkbox" checked={animate} onChange={(e) => setAnimate(e.target.checked)} /> {t('demo.typing')}
            </label>
            <div role="group" aria-label={t('demo.language')} className="segmented">
              {['en', 'ru'].map((lang) => (
                <button key={lang} type="button" lang={lang} aria-pressed={locale === lang} onClick={() => switchLocale(lang)}>
                  {t(`demo.language.${lang}`)}
                </button>
              ))}
            </div>
            <button type="button" className="primary" onClick={startPresentation} disabled={playlist.length === 0}>
              {t('demo.present')}
            </button>
          </div>
        )}
      </header>
      {presenting && position && (
        <PresentationBar position={position} stepCounts={stepCounts} title={playlist[position.scenario]?.title ?? ''} onLeave={leavePresentation} />
      )}
      {errors.link && (
        <p className="banner-error" role="alert">
          {errors.link}
        </p>
      )}
      <main>
        <div className="stage">
          {PLATFORMS.map((platform) => (
            <SimComposer
              key={platform}
              platform={platform}
              editorRef={editorRefs[platform]}
              active={current?.platform === platform}
              onPost={() => void post(platform)}
            />
          ))}
        </div>
        {current && (
          <ScenarioPanel
            scenario={current}
            text={currentText}
            plan={plan}
            fixesDone={fixesDone}
            problemsLeft={problems(findingsNow).length}
            praise={findingsNow.filter((f) => f.severity === 'praise')}
            rows={rows}
            shareUrl={shareUrl}
            presenting={presenting}
            onFix={fixNext}
            onReplay={() => void open(current, { animate })}
            onShowGood={() => void open(current, { animate: false, text: current.good, fixesDone: plan.length })}
            onShare={() => history.replaceState(null, '', shareUrl)}
          />
        )}
        {!presenting && (
          <>
            <Gallery sections={gallery.sections} building={!gallery.done} own={own} currentId={current?.id} onOpen={(s) => void open(s, { animate })} />
            <Loaders
              scenarioError={errors.scenarios}
              scenarioLoaded={loaded.scenarios}
              packError={errors.pack}
              packLoaded={loaded.pack}
              packs={(checker?.packs ?? packs).map((p) => `${p.title} ${p.version}`).join(', ')}
              onScenarioFile={onScenarioFile}
              onPackFile={onPackFile}
              onResetPacks={packs === initialPacks ? undefined : () => packChecker.choosePacks(initialPacks)}
            />
          </>
        )}
      </main>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
