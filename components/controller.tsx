/**
 * The coach controller: owns one session per attached composer (text, findings, ignores), keeps
 * the overlay in sync with edits, scroll and resize (one render per animation frame), opens the
 * tip card and runs the pre-post decision. It knows composers only through CoachComposer, so the
 * demo page can drive it with a look-alike editor.
 */
import { createRoot, type Root } from 'react-dom/client';
import type { Finding } from '../rules/engine/types.ts';
import type { CheckRun, TextRange } from '../rules/engine/check.ts';
import { changedRange, runInSlices, type SlicedCheck } from '../rules/engine/incremental.ts';
import { SEVERITY_RANK } from '../rules/engine/categories.ts';
import type { CoachComposer, CoachHooks, Mark, TextView } from './types.ts';
import { computeBoxes, contains } from './geometry.ts';
import { countBySeverity, type Counts } from './counts.ts';
import { hostTheme } from './theme.ts';
import { Overlay, type OverlayActions, type OverlayView } from './Overlay.tsx';
import type { CardView } from './TipCard.tsx';
import type { PillView } from './Pill.tsx';
import type { DialogView } from './PrePostDialog.tsx';
import { OVERLAY_CSS } from './styles.ts';

export const CHECK_DEBOUNCE_MS = 60;
const HOVER_DELAY_MS = 350;
const EDITOR_SETTLE_MS = 50;

interface Session {
  composer: CoachComposer;
  view: TextView;
  findings: Finding[];
  ignored: Set<string>;
  theme: 'light' | 'dark';
  composing: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** The check in progress while typing, done in slices; cancelled when the text changes. */
  pending: SlicedCheck | undefined;
  /** The text the findings (or the pending check) are for: an edit's difference from it is checked first. */
  checkedText: string;
  cleanup: (() => void)[];
}

/** Hooks of a host whose checker can also check in pieces, so typing never waits for a whole draft. */
export interface SlicingHooks extends CoachHooks {
  begin?(text: string, composer: CoachComposer, focus: TextRange): CheckRun;
}

export interface ComposerState {
  id: string;
  kind: string;
  counts: Counts;
}

const ignoreKey = (f: Finding) => `${f.ruleId}\u0000${f.excerpt}`;
const bySeverity = (a: Finding, b: Finding) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.start - b.start;

export class CoachController {
  private readonly sessions = new Map<string, Session>();
  private readonly host: HTMLElement;
  private readonly root: Root;
  private card: CardView | null = null;
  private dialog: { view: DialogView; resolve(post: boolean): void } | null = null;
  private marks: (Mark & { composerId: string })[] = [];
  private frame = 0;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private activeTheme: 'light' | 'dark' = 'light';
  private readonly globalCleanup: (() => void)[] = [];

  constructor(private readonly hooks: SlicingHooks, mountOn: HTMLElement = document.body) {
    this.host = document.createElement('postcoach-overlay');
    this.host.style.cssText = 'position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647;';
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = OVERLAY_CSS;
    const container = document.createElement('div');
    shadow.append(style, container);
    mountOn.append(this.host);
    this.root = createRoot(container);
    const relayout = () => this.requestRender();
    this.listen(window, 'scroll', relayout, { capture: true, passive: true });
    this.listen(window, 'resize', relayout, { passive: true });
    this.listen(window, 'mousemove', (e) => this.onHover(e as MouseEvent), { passive: true });
    this.listen(window, 'mouseup', (e) => this.onPointer(e as MouseEvent), { capture: true });
    this.listen(window, 'keydown', (e) => this.onShortcut(e as KeyboardEvent), { capture: true });
  }

  private listen(target: EventTarget, type: string, handler: (e: Event) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, options);
    this.globalCleanup.push(() => target.removeEventListener(type, handler, options));
  }

  has(id: string): boolean {
    return this.sessions.has(id);
  }

  attach(composer: CoachComposer): void {
    if (this.sessions.has(composer.id)) return;
    const session: Session = {
      composer,
      view: composer.read(),
      findings: [],
      ignored: new Set(),
      theme: hostTheme(composer.element),
      composing: false,
      timer: undefined,
      pending: undefined,
      checkedText: '',
      cleanup: [],
    };
    this.sessions.set(composer.id, session);
    const el = composer.element;
    const on = (target: EventTarget, type: string, handler: (e: Event) => void, options?: AddEventListenerOptions) => {
      target.addEventListener(type, handler, options);
      session.cleanup.push(() => target.removeEventListener(type, handler, options));
    };
    const schedule = () => this.schedule(session);
    for (const type of ['keyup', 'paste', 'cut', 'focus']) on(el, type, schedule);
    on(el, 'input', (e) => {
      // Also catches a composition that was already open when this composer was attached.
      if ((e as InputEvent).isComposing) session.composing = true;
      schedule();
    });
    on(el, 'compositionstart', () => (session.composing = true));
    on(el, 'compositionend', () => {
      session.composing = false;
      schedule();
    });
    on(el, 'focus', () => {
      this.activeTheme = session.theme;
    });
    const root = el.getRootNode();
    if (root instanceof ShadowRoot) on(root, 'scroll', () => this.requestRender(), { capture: true, passive: true });
    const observer = new MutationObserver(schedule);
    observer.observe(el, { subtree: true, childList: true, characterData: true });
    session.cleanup.push(() => observer.disconnect());
    this.activeTheme = session.theme;
    this.startCheck(session);
  }

  detach(id: string): void {
    const session = this.sessions.get(id);
    if (!session) return;
    clearTimeout(session.timer);
    session.pending?.cancel();
    for (const undo of session.cleanup) undo();
    this.sessions.delete(id);
    if (this.card?.composerId === id) this.card = null;
    if (this.dialog?.view.composerId === id) this.closeDialog(false);
    this.requestRender();
  }

  destroy(): void {
    for (const id of [...this.sessions.keys()]) this.detach(id);
    for (const undo of this.globalCleanup) undo();
    cancelAnimationFrame(this.frame);
    this.root.unmount();
    this.host.remove();
  }

  /**
   * Re-checks every composer, e.g. after the packs or the mode changed. A composer in the middle of
   * an IME composition is re-checked when the composition ends, never on its uncommitted text.
   */
  refresh(): void {
    for (const session of this.sessions.values()) {
      session.checkedText = '';
      if (!session.composing) this.startCheck(session);
    }
  }

  states(): ComposerState[] {
    this.prune();
    return [...this.sessions.values()].map((s) => ({ id: s.composer.id, kind: s.composer.kind, counts: countBySeverity(s.findings) }));
  }

  private schedule(session: Session): void {
    this.stopCheck(session);
    if (session.composing) return;
    session.timer = setTimeout(() => this.startCheck(session), CHECK_DEBOUNCE_MS);
  }

  /**
   * Checks in slices when the host can (the edited sentence first), publishing once when done;
   * otherwise at once.
   */
  private startCheck(session: Session): void {
    const { begin } = this.hooks;
    if (!begin) {
      this.runCheck(session);
      return;
    }
    this.stopCheck(session);
    try {
      const view = session.composer.read();
      const focus = changedRange(session.checkedText, view.text);
      session.checkedText = view.text;
      session.pending = runInSlices(begin(view.text, session.composer, focus), (findings) => {
        session.pending = undefined;
        this.publish(session, view, findings);
      });
    } catch (error) {
      this.failCheck(session, error);
    }
  }

  /** Complete and current findings now (before posting, after a fix); reuses what a pending check did. */
  private runCheck(session: Session): void {
    this.stopCheck(session);
    try {
      const view = session.composer.read();
      session.checkedText = view.text;
      this.publish(session, view, this.hooks.check(view.text, session.composer));
    } catch (error) {
      this.failCheck(session, error);
    }
  }

  private stopCheck(session: Session): void {
    clearTimeout(session.timer);
    session.pending?.cancel();
    session.pending = undefined;
  }

  private publish(session: Session, view: TextView, findings: Finding[]): void {
    session.view = view;
    session.findings = findings.filter((f) => !session.ignored.has(ignoreKey(f))).sort(bySeverity);
    if (this.card?.composerId === session.composer.id) this.syncCard(session);
    this.requestRender();
  }

  private failCheck(session: Session, error: unknown): void {
    this.hooks.onError?.('check', error);
    this.publish(session, session.view, []);
  }

  /** After a re-check the card follows its finding, or closes when the finding is gone. */
  private syncCard(session: Session): void {
    const card = this.card;
    if (!card) return;
    const index = session.findings.findIndex((f) => f.ruleId === card.finding.ruleId && f.excerpt === card.finding.excerpt);
    const finding = session.findings[index];
    if (!finding) this.card = null;
    else this.card = { ...card, finding, index, total: session.findings.length, focus: false };
  }

  private prune(): void {
    for (const [id, session] of this.sessions) if (!session.composer.element.isConnected) this.detach(id);
  }

  requestRender(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  private layout(): { marks: (Mark & { composerId: string })[]; pills: OverlayView['pills'] } {
    const marks: (Mark & { composerId: string })[] = [];
    const pills: OverlayView['pills'] = [];
    for (const session of this.sessions.values()) {
      const { composer } = session;
      const rect = composer.element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      const clip = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
      session.findings.forEach((finding, i) => {
        const range = session.view.rangeFor(finding.start, finding.end);
        const boxes = range ? computeBoxes(range.getClientRects(), clip) : [];
        marks.push({ key: `${composer.id}:${i}:${finding.ruleId}`, composerId: composer.id, finding, boxes });
      });
      const text = session.view.text;
      pills.push({
        composerId: composer.id,
        counts: countBySeverity(session.findings),
        length: this.hooks.measure?.(text, composer) ?? text.length,
        limit: composer.limit,
        ...pillPlacement(rect),
      });
    }
    return { marks, pills };
  }

  private render(): void {
    this.prune();
    const { marks, pills } = this.layout();
    this.marks = marks;
    if (this.card) {
      const card = this.card;
      const mark = marks.find((m) => m.composerId === card.composerId && m.finding === card.finding);
      const box = mark?.boxes[0];
      if (box) this.card = { ...card, anchor: box };
    }
    const view: OverlayView = { theme: this.activeTheme, marks, pills, card: this.card, dialog: this.dialog?.view ?? null };
    this.root.render(<Overlay view={view} actions={this.actions} />);
  }

  // --- tip card -------------------------------------------------------------------------------

  openCard(composerId: string, focus: boolean, index = 0, hover = false): void {
    const session = this.sessions.get(composerId);
    const finding = session?.findings[index];
    if (!session || !finding) return;
    const mark = this.marks.find((m) => m.composerId === composerId && m.finding === finding);
    const rect = session.composer.element.getBoundingClientRect();
    const anchor = mark?.boxes[0] ?? { left: rect.left, top: rect.bottom, width: 0, height: 0 };
    this.card = { composerId, finding, index, total: session.findings.length, anchor, status: 'idle', focus, hover };
    this.requestRender();
  }

  private closeCard(returnFocus: boolean): void {
    const card = this.card;
    this.card = null;
    if (card && returnFocus) this.sessions.get(card.composerId)?.composer.element.focus();
    this.requestRender();
  }

  private hit(x: number, y: number): { composerId: string; index: number } | null {
    for (const mark of this.marks) {
      if (!mark.boxes.some((b) => contains(b, x, y))) continue;
      const index = this.sessions.get(mark.composerId)?.findings.indexOf(mark.finding) ?? -1;
      if (index >= 0) return { composerId: mark.composerId, index };
    }
    return null;
  }

  private onHover(e: MouseEvent): void {
    clearTimeout(this.hoverTimer);
    // Over our own card or pill, an underline beneath them does not count as hovered.
    if (e.composedPath().includes(this.host)) return;
    const hit = this.hit(e.clientX, e.clientY);
    if (!hit || (this.card?.composerId === hit.composerId && this.card.index === hit.index)) return;
    this.hoverTimer = setTimeout(() => this.openCard(hit.composerId, false, hit.index, true), HOVER_DELAY_MS);
  }

  private onPointer(e: MouseEvent): void {
    if (e.composedPath().includes(this.host)) return;
    // A click decides: a hover card still waiting on its delay must not replace what the click opened.
    clearTimeout(this.hoverTimer);
    const hit = this.hit(e.clientX, e.clientY);
    if (hit) this.openCard(hit.composerId, false, hit.index);
    else if (this.card) this.closeCard(false);
  }

  /** From inside a composer: Alt+Shift+P opens its first tip with focus in the card; Esc closes an open card. */
  private onShortcut(e: KeyboardEvent): void {
    const opens = e.altKey && e.shiftKey && e.code === 'KeyP';
    const closes = e.key === 'Escape' && this.card !== null && !e.isComposing;
    if (!opens && !closes) return;
    const path = e.composedPath();
    const session = [...this.sessions.values()].find((s) => path.includes(s.composer.element));
    if (!session) return;
    e.preventDefault();
    e.stopPropagation();
    if (opens) this.openCard(session.composer.id, true, 0);
    else this.closeCard(false);
  }

  private async applyFix(composerId: string, finding: Finding, replacement: string): Promise<boolean> {
    const session = this.sessions.get(composerId);
    if (!session) return false;
    if (session.composer.read().text !== session.view.text) {
      // The words moved since the last check, typically because the click on this fix ended an
      // IME composition: let the editor finish its own commit first (draft-js does it 20 ms after
      // compositionend), then find the same finding in the text as it is now.
      await new Promise((resolve) => setTimeout(resolve, EDITOR_SETTLE_MS));
      this.runCheck(session);
    }
    const target = nearestSame(session.findings, finding);
    if (!target) return false;
    const before = session.view.text;
    let outcome: 'applied' | 'refused' = 'refused';
    try {
      outcome = await session.composer.replace(before, target.start, target.end, replacement);
    } catch (error) {
      this.hooks.onError?.('fix', error);
    }
    this.runCheck(session);
    return outcome === 'applied';
  }

  private readonly actions: OverlayActions = {
    openPill: (composerId) => this.openCard(composerId, true, 0),
    card: {
      fix: async (card, replacement) => {
        const applied = await this.applyFix(card.composerId, card.finding, replacement);
        if (applied) this.closeCard(true);
        else if (this.card) {
          this.card = { ...this.card, status: 'refused', focus: true };
          this.requestRender();
        }
      },
      copyFixed: async (card, replacement) => {
        const text = this.sessions.get(card.composerId)?.view.text ?? '';
        const fixed = text.slice(0, card.finding.start) + replacement + text.slice(card.finding.end);
        await navigator.clipboard.writeText(fixed).catch((error: unknown) => this.hooks.onError?.('copy', error));
        if (this.card) this.card = { ...this.card, status: 'copied' };
        this.requestRender();
      },
      ignore: (card) => this.ignore(card, false),
      reportWrong: (card) => this.ignore(card, true),
      move: (card, delta) => this.openCard(card.composerId, true, (card.index + delta + card.total) % card.total),
      close: (returnFocus) => this.closeCard(returnFocus),
    },
    dialog: {
      back: () => this.closeDialog(false),
      postAnyway: () => {
        const pending = this.dialog;
        const session = pending && this.sessions.get(pending.view.composerId);
        if (session && pending.view.findings.length > 0) this.hooks.onOverride?.(session.composer, pending.view.findings, session.view.text);
        this.closeDialog(true);
      },
      fix: async (finding, replacement) => {
        const pending = this.dialog;
        if (!pending) return;
        await this.applyFix(pending.view.composerId, finding, replacement);
        const session = this.sessions.get(pending.view.composerId);
        if (this.dialog === pending && session) {
          pending.view = { ...pending.view, findings: serious(session.findings) };
          this.requestRender();
        }
      },
    },
  };

  private ignore(card: CardView, wrong: boolean): void {
    const session = this.sessions.get(card.composerId);
    if (!session) return;
    if (wrong) this.hooks.onFalsePositive?.(session.composer, card.finding);
    session.ignored.add(ignoreKey(card.finding));
    this.closeCard(true);
    this.runCheck(session);
  }

  // --- the check before posting ------------------------------------------------------------

  /**
   * Synchronous, so a clean post goes through untouched: true when the composer's current text has
   * block/warn findings and the mode asks for the dialog.
   */
  holds(composerId: string): boolean {
    const session = this.sessions.get(composerId);
    if (!session || this.hooks.mode() === 'coach') return false;
    this.runCheck(session);
    return serious(session.findings).length > 0;
  }

  /** Shows "Before you post"; resolves true when the employee chose to post anyway. */
  confirm(composerId: string): Promise<boolean> {
    const session = this.sessions.get(composerId);
    if (!session) return Promise.resolve(true);
    if (this.dialog) this.closeDialog(false);
    this.card = null;
    return new Promise((resolve) => {
      this.dialog = { view: { composerId, findings: serious(session.findings), mode: this.hooks.mode() }, resolve };
      this.requestRender();
    });
  }

  private closeDialog(post: boolean): void {
    const pending = this.dialog;
    if (!pending) return;
    this.dialog = null;
    if (!post) this.sessions.get(pending.view.composerId)?.composer.element.focus();
    this.requestRender();
    pending.resolve(post);
  }

  /** Forget "ignore in this post" choices once a post went out. */
  posted(composerId: string): void {
    this.sessions.get(composerId)?.ignored.clear();
  }
}

const PILL_ROOM_PX = 150;

/** Beside the editor's bottom-right corner when there is room, otherwise just inside it. */
function pillPlacement(rect: DOMRect): Pick<PillView, 'anchor' | 'placement'> {
  const beside = window.innerWidth - rect.right > PILL_ROOM_PX;
  return {
    anchor: { left: beside ? rect.right + 8 : rect.right - 4, top: rect.bottom - 4, width: 0, height: 0 },
    placement: beside ? 'beside' : 'inside',
  };
}

/** The finding of the same rule and words closest to where `finding` was. */
function nearestSame(findings: Finding[], finding: Finding): Finding | undefined {
  let best: Finding | undefined;
  for (const f of findings) {
    if (f.ruleId !== finding.ruleId || f.excerpt !== finding.excerpt) continue;
    if (!best || Math.abs(f.start - finding.start) < Math.abs(best.start - finding.start)) best = f;
  }
  return best;
}

function serious(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'block' || f.severity === 'warn');
}
