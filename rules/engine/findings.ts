import type { CompiledRule } from './compile.ts';
import type { Hit } from './matchers/types.ts';
import type { OrgProfile } from './schema.ts';
import { fillTemplate, localize } from './templates.ts';
import type { Finding, Fix } from './types.ts';

const EXCERPT_LIMIT = 120;

const FIX_LABELS = {
  replace: { en: 'Replace with “{replacement}”', ru: 'Заменить на «{replacement}»' },
  remove: { en: 'Remove', ru: 'Удалить' },
};

/** Builds the finding a rule reports for one hit: localised message and why, policy clause, fixes. */
export function toFinding(rule: CompiledRule, hit: Hit, text: string, org: OrgProfile, locale: string): Finding {
  const [start, end] = onCodePointBoundaries(text, hit.start, hit.end);
  const matched = text.slice(start, end);
  const vars = { ...hit.vars, match: matched, label: hit.label, replacement: hit.replacement };
  const { info } = rule;
  const finding: Finding = {
    ruleId: info.id,
    category: info.category,
    severity: info.severity,
    start,
    end,
    excerpt: matched.length > EXCERPT_LIMIT ? `${matched.slice(0, EXCERPT_LIMIT - 1)}…` : matched,
    message: fillLenient(localize(info.message, locale), vars, org),
    why: fillLenient(localize(info.why, locale), vars, org),
  };
  if (info.policy) finding.policy = info.policy;
  const fixes = fixesFor(rule, vars, org, locale);
  if (fixes.length > 0) finding.fixes = fixes;
  return finding;
}

function fixesFor(
  rule: CompiledRule,
  vars: Record<string, string | number | undefined>,
  org: OrgProfile,
  locale: string,
): Fix[] {
  const fix = rule.info.fix;
  const template = typeof fix === 'string' ? fix : fix?.replacement ?? vars.replacement;
  if (template === undefined) return [];
  const replacement = fillTemplate(String(template), vars, org);
  if (replacement === undefined || replacement === vars.match) return [];
  const customLabel = typeof fix === 'object' && fix.label ? localize(fix.label, locale) : undefined;
  const label =
    customLabel !== undefined
      ? fillLenient(customLabel, { ...vars, replacement }, org)
      : replacement === ''
        ? localize(FIX_LABELS.remove, locale)
        : fillLenient(localize(FIX_LABELS.replace, locale), { replacement: shorten(replacement) }, org);
  return [{ label, replacement }];
}

function fillLenient(template: string, vars: Record<string, string | number | undefined>, org: OrgProfile): string {
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
