import type { Finding, Severity } from '../rules/engine/index.ts';

const SEVERITY_STYLE: Record<Severity, { label: string; color: string }> = {
  block: { label: 'MUST FIX', color: '\x1b[1;31m' },
  warn: { label: 'WARNING', color: '\x1b[1;33m' },
  tip: { label: 'TIP', color: '\x1b[1;36m' },
  praise: { label: 'NICE', color: '\x1b[1;32m' },
};
const SUMMARY_NOUN: Record<Severity, [string, string]> = {
  block: ['must fix', 'must fix'],
  warn: ['warning', 'warnings'],
  tip: ['tip', 'tips'],
  praise: ['well done', 'well done'],
};
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';

/** A finding for a terminal: severity, where, the excerpt in its line with a caret underline, message, why, policy, fix. */
export function formatFinding(text: string, finding: Finding, color: boolean): string {
  const paint = (style: string, s: string) => (color ? `${style}${s}${RESET}` : s);
  const { line, column, lineText, lineStart } = locate(text, finding.start);
  const style = SEVERITY_STYLE[finding.severity];
  const underlineEnd = Math.min(finding.end, lineStart + lineText.length);
  const width = Math.max(1, [...text.slice(finding.start, underlineEnd)].length);
  const indent = ' '.repeat([...lineText.slice(0, finding.start - lineStart)].length);
  const out = [
    `${paint(style.color, style.label)} ${finding.message} ${paint(DIM, `[${finding.ruleId}] ${line}:${column}`)}`,
    `  │ ${lineText}`,
    `  │ ${indent}${paint(style.color, '^'.repeat(width))}`,
  ];
  if (finding.why) out.push(`  why: ${finding.why}`);
  if (finding.policy) {
    const clause = [finding.policy.title, finding.policy.section].filter(Boolean).join(' — ');
    out.push(`  policy: ${clause}${finding.policy.url ? ` (${finding.policy.url})` : ''}`);
  }
  for (const fix of finding.fixes ?? []) out.push(`  fix: ${fix.label}`);
  return out.join('\n');
}

export function formatSummary(findings: Finding[], color: boolean): string {
  if (findings.length === 0) return color ? `\x1b[32mNo findings — good to post.${RESET}` : 'No findings — good to post.';
  const counts = (['block', 'warn', 'tip', 'praise'] as const)
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${SUMMARY_NOUN[s][n === 1 ? 0 : 1]}`);
  return counts.join(', ');
}

function locate(text: string, offset: number) {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const lineText = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  const line = text.slice(0, lineStart).split('\n').length;
  return { line, column: [...text.slice(lineStart, offset)].length + 1, lineText, lineStart };
}
