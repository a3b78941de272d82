import type { CompiledPacks, CompiledRule, RuleInfo } from './compile.ts';
import { toFinding } from './findings.ts';
import type { Hit, MatcherNode, PostInput } from './matchers/types.ts';
import { normalizeForMatching, type NormalizedText } from './normalize.ts';
import { NO_HITS, SegmentCache, SegmentState } from './segment-cache.ts';
import { splitSegments, type Segment } from './segments.ts';
import { SEVERITY_RANK } from './categories.ts';
import type { CheckContext, Finding } from './types.ts';
import type { SteppedRun } from './steps.ts';

export interface Checker {
  /** Findings for a draft, sorted by position then severity. Never throws. */
  check(text: string, context?: CheckContext): Finding[];
  /**
   * The same check in small pieces, for callers that must not block (a composer while typing):
   * the segments overlapping `focus` (the edited part) come first, then the rest in order.
   */
  begin(text: string, context?: CheckContext, focus?: TextRange): CheckRun;
  /** Pays for the first checks' one-time costs (see warmUpUnits) in pieces; finish() reports nothing. */
  warmUp(): CheckRun;
  readonly rules: readonly RuleInfo[];
  readonly packs: readonly { id: string; version: string; title: string }[];
}

export interface TextRange {
  start: number;
  end: number;
}

/** A check split into units (one rule on one segment) that fill the checker's caches. */
/**
 * A check a unit at a time. step() never throws; finish() returns findings equal to
 * check(text, context), doing now the units not stepped yet.
 */
export type CheckRun = SteppedRun<Finding[]>;

/** Only this much of a draft is checked sentence by sentence; limits still see all of it. */
export const MAX_CHECKED_LENGTH = 100_000;

export function createChecker(compiled: CompiledPacks, onInternalError?: (error: unknown) => void): Checker {
  const cache = new SegmentCache();
  const check = (text: string, context: CheckContext = {}): Finding[] => {
    if (typeof text !== 'string' || text.length === 0) return [];
    try {
      return runCheck(compiled, cache, text, context);
    } catch (error) {
      onInternalError?.(error);
      return [];
    }
  };
  return {
    rules: compiled.rules.map((r) => r.info),
    packs: compiled.packs,
    check,
    begin(text, context = {}, focus) {
      const units = typeof text === 'string' ? prepareUnits(compiled, cache, text, context, focus) : [][Symbol.iterator]();
      return unitRun(units, () => check(text, context));
    },
    warmUp: () => unitRun(warmUpUnits(compiled), () => []),
  };
}

function unitRun(units: Iterator<void>, finish: () => Finding[]): CheckRun {
  return {
    step() {
      try {
        return !units.next().done;
      } catch {
        // A failing unit is left to finish(), which runs it again and reports the error.
        return true;
      }
    },
    finish,
  };
}

/** Not folded away by normalisation, so a text stays two-byte. */
const TWO_BYTE_MARK = ' \u2014';

/**
 * V8 compiles a regular expression on its first run, again to machine code on its second, and once
 * more for each string encoding (one-byte and two-byte strings have separate code); the NLP builds
 * its caches on its first parse. Each rule runs twice on each of its own examples, in both
 * encodings, on segment states of its own (not the cache; the NLP parses each once): that reaches
 * every part of every rule that its examples reach, without running every rule on every example.
 */
function* warmUpUnits(compiled: CompiledPacks): Generator<void, void, undefined> {
  for (const { info, node } of compiled.rules) {
    const examples = [...info.examples.bad, ...info.examples.good];
    for (const text of [...examples, ...examples.map((example) => example + TWO_BYTE_MARK)]) {
      const state = new SegmentState(text);
      for (let pass = 0; pass < 2; pass++) {
        state.forgetHits();
        if (node.scope === 'segment') state.originalHitsOf(node);
        else new Post(text, {}, [{ start: 0, end: text.length }], [state]).hitsOf(node);
        yield;
      }
    }
  }
}

function checkedSegments(text: string): Segment[] {
  return splitSegments(text.length > MAX_CHECKED_LENGTH ? text.slice(0, MAX_CHECKED_LENGTH) : text);
}

/**
 * Yields after each rule has run on one segment, filling the segment cache that runCheck reads. A
 * post-scope rule runs on the segment alone: that computes (and caches) the segment-scope parts it
 * is built from; the rule itself runs on the whole text in finish().
 */
function* prepareUnits(
  compiled: CompiledPacks,
  cache: SegmentCache,
  text: string,
  context: CheckContext,
  focus: TextRange | undefined,
): Generator<void, void, undefined> {
  const rules = compiled.rules.filter((rule) => applies(rule, context));
  for (const segment of focusFirst(checkedSegments(text), focus)) {
    const segmentText = text.slice(segment.start, segment.end);
    const state = cache.get(segmentText);
    const alone = new Post(segmentText, context, [{ start: 0, end: segmentText.length }], [state]);
    for (const { node } of rules) {
      if (node.scope === 'segment') state.originalHitsOf(node);
      else if (state.markPrepared(node.id)) alone.hitsOf(node);
      yield;
    }
  }
}

/** The segments touching `focus` first (in order), then the others (in order). */
function focusFirst(segments: Segment[], focus: TextRange | undefined): Segment[] {
  if (!focus) return segments;
  const touches = (s: Segment) => s.start <= focus.end && focus.start <= s.end;
  return [...segments.filter(touches), ...segments.filter((s) => !touches(s))];
}

function runCheck(compiled: CompiledPacks, cache: SegmentCache, text: string, context: CheckContext): Finding[] {
  const segments = checkedSegments(text);
  const states = segments.map((s) => cache.get(text.slice(s.start, s.end)));
  const post = new Post(text, context, segments, states);
  const locale = context.locale ?? 'en';
  const findings: Finding[] = [];
  for (const rule of compiled.rules) {
    if (!applies(rule, context)) continue;
    for (const hit of dropOverlaps(post.hitsOf(rule.node))) {
      findings.push(toFinding(rule, hit, text, compiled.org, locale));
    }
  }
  return dropRepeatsWithinCategory(findings, compiled.ruleOrder).sort(
    (a, b) => a.start - b.start || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.end - b.end,
  );
}

/**
 * One problem, one finding: where a finding lies inside (or on) another of the same category, only
 * one is shown — the more severe, then the one whose rule comes first in the packs (so a pack lists
 * its specific rules, "GitHub token", before its general ones, "token=…").
 */
function dropRepeatsWithinCategory(findings: Finding[], ruleOrder: ReadonlyMap<string, number>): Finding[] {
  const preferred = [...findings].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || ruleOrder.get(a.ruleId)! - ruleOrder.get(b.ruleId)!,
  );
  const kept: Finding[] = [];
  for (const finding of preferred) {
    const inside = kept.some(
      (k) =>
        k.category === finding.category &&
        (k.severity === 'praise') === (finding.severity === 'praise') &&
        ((k.start <= finding.start && finding.end <= k.end) || (finding.start <= k.start && k.end <= finding.end)),
    );
    if (!inside) kept.push(finding);
  }
  return kept;
}

function applies(rule: CompiledRule, context: CheckContext): boolean {
  const { platforms, active } = rule.info;
  if (platforms && context.platform && !platforms.includes(context.platform)) return false;
  if (active) {
    const today = (context.now ?? new Date()).toISOString().slice(0, 10);
    if (active.from && today < active.from.slice(0, 10)) return false;
    if (active.until && today > active.until.slice(0, 10)) return false;
  }
  return true;
}

/** One hit per place: a later hit overlapping an earlier one of the same rule is dropped. */
function dropOverlaps(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const hit of sorted) {
    const last = kept[kept.length - 1];
    if (!last || hit.start >= last.end) kept.push(hit);
  }
  return kept;
}

class Post implements PostInput {
  private normalizedText: NormalizedText | undefined;
  private readonly postHits: (Hit[] | undefined)[] = [];

  constructor(
    readonly original: string,
    readonly context: CheckContext,
    private readonly segments: Segment[],
    private readonly states: SegmentState[],
  ) {}

  normalized(): NormalizedText {
    this.normalizedText ??= normalizeForMatching(this.original);
    return this.normalizedText;
  }

  hitsOf(node: MatcherNode): Hit[] {
    let hits = this.postHits[node.id];
    if (hits) return hits;
    if (node.scope === 'segment') {
      // Runs for every rule on every sentence at each keystroke, nearly always on an empty cached list.
      hits = NO_HITS;
      for (let i = 0; i < this.states.length; i++) {
        const found = this.states[i]!.originalHitsOf(node);
        if (found.length === 0) continue;
        if (hits === NO_HITS) hits = [];
        const offset = this.segments[i]!.start;
        for (const h of found) hits.push({ ...h, start: h.start + offset, end: h.end + offset });
      }
    } else {
      hits = node.run(this);
    }
    this.postHits[node.id] = hits;
    return hits;
  }
}
