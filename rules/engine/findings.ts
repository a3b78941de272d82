import type { CompiledRule, RuleInfo } from './compile.ts';
import type { Hit } from './matchers/types.ts';
import type { OrgProfile } from './schema.ts';
import { sentenceAround, withSeparatingSpace } from './sentence-range.ts';
import { fillTemplate, localize } from './templates.ts';
import type { Finding, Fix } from './types.ts';

const EXCERPT_LIMIT = 120;

const FIX_LABELS = {
  replace: { en: 'Replace with “{replacement}”', ru: 'Заменить на «{replacement}»' },
  remove: { en: 'Remove', ru: 'Удалить' },
  rewriteSentence: { en: 'Rewrite the sentence', ru: 'Переписать предложение' },
  removeSentence: { en: 'Remove the sentence', ru: 'Удалить предложение' },
};

type Vars = Record<string, string | number | undefined>;

/**
 * Builds the finding a rule reports for one hit: localised message and why, policy clause, fixes.
 * A rule whose fix rewrites or removes the sentence reports the whole sentence, because every quick
 * fix replaces exactly the finding's range; {match} still names the flagged words.
 */
export function toFinding(rule: CompiledRule, hit: Hit, text: string, org: OrgProfile, locale: string): Finding {
  const [hitStart, hitEnd] = onCodePointBoundaries(text, hit.start, hit.end);
  const { info } = rule;
  const sentenceFix = isSentenceFix(info.fix) ? info.fix : undefined;
  const sentence = sentenceFix ? sentenceAround(text, hitStart, hitEnd) : undefined;
  const range = sentence && sentenceFix && 'remove' in sentenceFix ? withSeparatingSpace(text, sentence) : sentence;
  const [start, end] = range ? [range.start, range.end] : [hitStart, hitEnd];
  const reported = text.slice(start, end);
  const vars: Vars = {
    ...hit.vars,
    match: text.slice(hitStart, hitEnd),
    sentence: sentence && text.slice(sentence.start, sentence.end),
    label: hit.label,
    replacement: hit.replacement,
  };
  const finding: Finding = {
    ruleId: info.id,
    category: info.category,
    severity: info.severity,
    start,
    end,
    excerpt: reported.length > EXCERPT_LIMIT ? `${reported.slice(0, EXCERPT_LIMIT - 1)}…` : reported,
    message: fillLenient(localize(info.message, locale), vars, org),
    why: fillLenient(localize(info.why, locale), vars, org),
  };
  if (info.policy) finding.policy = info.policy;
  const fix = fixFor(info.fix, vars, reported, org, locale);
  if (fix) finding.fixes = [fix];
  return finding;
}

type SentenceFix = Extract<NonNullable<RuleInfo['fix']>, { rewrite: 'sentence' } | { remove: 'sentence' }>;

function isSentenceFix(fix: RuleInfo['fix']): fix is SentenceFix {
  return typeof fix === 'object' && ('rewrite' in fix || 'remove' in fix);
}

/** The quick fix for a finding whose range holds `reported`; none when a placeholder has no value or nothing would change. */
function fixFor(fix: RuleInfo['fix'], vars: Vars, reported: string, org: OrgProfile, locale: string): Fix | undefined {
  const template = templateOf(fix, vars);
  if (template === undefined) return undefined;
  const replacement = fillTemplate(template, vars, org);
  if (replacement === undefined || replacement === reported) return undefined;
  const customLabel = typeof fix === 'object' && fix.label ? localize(fix.label, locale) : undefined;
  const label =
    customLabel !== undefined
      ? fillLenient(customLabel, { ...vars, replacement }, org)
      : isSentenceFix(fix)
        ? localize('rewrite' in fix ? FIX_LABELS.rewriteSentence : FIX_LABELS.removeSentence, locale)
        : replacement === ''
          ? localize(FIX_LABELS.remove, locale)
          : fillLenient(localize(FIX_LABELS.replace, locale), { replacement: shorten(replacement) }, org);
  return { label, replacement };
}

/** Without a fix of its own, a rule offers a terms replacement. */
function templateOf(fix: RuleInfo['fix'], vars: Vars): string | undefined {
  if (fix === undefined) return vars.replacement === undefined ? undefined : String(vars.replacement);
  if (typeof fix === 'string') return fix;
  if ('replacement' in fix) return fix.replacement;
  return 'rewrite' in fix ? fix.to : '';
}

function fillLenient(template: string, vars: Vars, org: OrgProfile): string {
  return fillTemplate(template, vars, org) ?? template.replace(/\{[\w.]+\}/g, (p) => (p === '{match}' ? '' : p)).replace(/\{[\w.]+\}/g, '…');
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** Clamps a range to the text and widens it so it never splits a surrogate pair. */
export function onCodePointBoundaries(text: string, start: number, end: number): [number, number] {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  if (s > 0 && isLow(text.charCodeAt(s)) && isHigh(text.charCodeAt(s - 1))) s--;
  if (e < text.length && isLow(text.charCodeAt(e)) && isHigh(text.charCodeAt(e - 1))) e++;
  return [s, e];
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
