/** CSV and JSON exports of the override log and the false-positive reports (no post text is ever stored). */
import type { FalsePositiveReport, OverrideRecord } from '../../lib/contracts.ts';

type Cell = string | number | boolean | undefined;

function csvCell(value: Cell): string {
  const text = value === undefined ? '' : String(value);
  // Quote when needed; a leading = + - @ is neutralised so spreadsheets do not run it as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function overridesCsv(records: readonly OverrideRecord[]): string {
  return toCsv(
    ['time', 'site', 'ruleIds', 'severities', 'textHash'],
    records.map((r) => [r.time, r.site, r.ruleIds.join(' '), r.severities.join(' '), r.textHash]),
  );
}

export function falsePositivesCsv(reports: readonly FalsePositiveReport[]): string {
  return toCsv(['time', 'site', 'ruleId', 'excerptHash'], reports.map((r) => [r.time, r.site, r.ruleId, r.excerptHash]));
}

export function toJson(records: readonly object[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}
