import type { CorpusPost } from './corpus.ts';
import { ratio, type ErrorCase, type Evaluation, type PeerScore } from './metrics.ts';

/** Plain-text tables and lines for the evaluation report; pure, so the layout is testable. */

export function formatRatio(value: number | undefined): string {
  return value === undefined ? '—' : value.toFixed(3);
}

export function formatPercent(value: number | undefined): string {
  return value === undefined ? '—' : `${(value * 100).toFixed(1)} %`;
}

export function formatMs(value: number | undefined): string {
  return value === undefined ? '—' : `${value.toFixed(3)} ms`;
}

/** Left-aligns the first `leftColumns` columns (labels), right-aligns the rest (figures). */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  leftColumns = 1,
): string {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column < leftColumns ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function formatCategoryTable(evaluation: Evaluation): string {
  const rows = evaluation.categories.map((score) => [
    score.category,
    String(score.support),
    String(score.tp),
    String(score.fp),
    String(score.fn),
    formatRatio(score.precision),
    formatRatio(score.recall),
    formatRatio(score.alarmRecall),
  ]);
  const { micro } = evaluation;
  const support = evaluation.categories.reduce((total, score) => total + score.support, 0);
  const alarmTp = evaluation.categories.reduce((total, score) => total + score.alarmTp, 0);
  rows.push([
    'overall (micro)',
    String(support),
    String(micro.tp),
    String(micro.fp),
    String(micro.fn),
    formatRatio(micro.precision),
    formatRatio(micro.recall),
    formatRatio(ratio(alarmTp, support)),
  ]);
  return formatTable(['category', 'support', 'TP', 'FP', 'FN', 'precision', 'recall', 'recall w/o tips'], rows);
}

/** Recall per category for each language of the corpus, so language-dependent gaps show up. */
export function formatRecallByLanguage(byLanguage: readonly { lang: string; evaluation: Evaluation }[]): string {
  const categories = byLanguage[0]?.evaluation.categories.map((score) => score.category) ?? [];
  const cell = (evaluation: Evaluation, index: number) => {
    const score = evaluation.categories[index];
    return score && score.support > 0 ? `${formatRatio(score.recall)} (${score.tp}/${score.support})` : '—';
  };
  return formatTable(
    ['category', ...byLanguage.map(({ lang }) => `recall ${lang}`)],
    categories.map((category, index) => [category, ...byLanguage.map(({ evaluation }) => cell(evaluation, index))]),
  );
}

export interface PeerRow {
  name: string;
  peer: PeerScore;
  /** Postcoach scored the same way in the peer's category. */
  postcoach: PeerScore;
}

export function formatPeerTable(rows: readonly PeerRow[]): string {
  const falseAlarms = (score: PeerScore) =>
    `${formatPercent(score.falseAlarmRate)} (${score.falseAlarms}/${score.negatives})`;
  return formatTable(
    ['peer', 'category', 'recall', 'false alarms', 'Postcoach recall', 'Postcoach false alarms'],
    rows.map(({ name, peer, postcoach }) => [
      name,
      peer.category,
      `${formatRatio(peer.recall)} (${peer.tp}/${peer.support})`,
      falseAlarms(peer),
      `${formatRatio(postcoach.recall)} (${postcoach.tp}/${postcoach.support})`,
      falseAlarms(postcoach),
    ]),
  );
}

/** Whitespace collapsed, invisible format characters shown as \uXXXX so evasion cases stay readable. */
export function excerpt(text: string, length = 100): string {
  const visible = text
    .replace(/\s+/g, ' ')
    .replace(/\p{Cf}/gu, (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
  return visible.length > length ? `${visible.slice(0, length - 1)}…` : visible;
}

export function formatErrors(errors: readonly ErrorCase[], posts: readonly CorpusPost[]): string {
  const textById = new Map(posts.map((post) => [post.id, post.text]));
  const sorted = [...errors].sort(
    (a, b) => a.kind.localeCompare(b.kind) || a.category.localeCompare(b.category) || a.id.localeCompare(b.id),
  );
  return formatTable(
    ['kind', 'id', 'category', 'rules', 'excerpt'],
    sorted.map((error) => [
      error.kind === 'miss' ? 'FN' : 'FP',
      error.id,
      error.category,
      error.ruleIds.join(',') || '—',
      excerpt(textById.get(error.id) ?? ''),
    ]),
    5,
  );
}
