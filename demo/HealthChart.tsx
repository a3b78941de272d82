/** Post health: problems per category before and after the fix, as bars with a table alternative. */
import type { HealthRow } from './health.ts';
import { categoryName } from './labels.ts';
import { t } from '../lib/i18n.ts';

const ROW_HEIGHT = 62;
const LABEL_HEIGHT = 20;
const BAR_AREA = 420;
const BAR_HEIGHT = 14;

export function HealthChart({ rows, idPrefix }: { rows: HealthRow[]; idPrefix: string }) {
  const titleId = `${idPrefix}-health-title`;
  if (rows.length === 0) {
    return (
      <figure className="health">
        <figcaption id={titleId}>{t('demo.health.title')}</figcaption>
        <p className="health-empty">{t('demo.health.none')}</p>
      </figure>
    );
  }
  const max = Math.max(1, ...rows.map((r) => Math.max(r.before, r.after)));
  const width = BAR_AREA + 40;
  const height = rows.length * ROW_HEIGHT + 8;
  const summary = rows.map((r) => t('demo.health.row', { category: categoryName(r.category), before: r.before, after: r.after })).join('; ');
  const bar = (value: number, y: number, kind: 'before' | 'after') => (
    <g>
      <rect className={`health-bar health-${kind}`} x={0} y={y} width={Math.max(2, (value / max) * BAR_AREA)} height={BAR_HEIGHT} rx={3} />
      <text className="health-value" x={Math.max(2, (value / max) * BAR_AREA) + 6} y={y + BAR_HEIGHT - 2}>
        {value}
      </text>
    </g>
  );
  return (
    <figure className="health">
      <figcaption id={titleId}>{t('demo.health.title')}</figcaption>
      <ul className="health-legend" aria-hidden="true">
        <li><span className="health-swatch health-before" /> {t('demo.health.before')}</li>
        <li><span className="health-swatch health-after" /> {t('demo.health.after')}</li>
      </ul>
      <svg role="img" aria-labelledby={titleId} aria-describedby={`${idPrefix}-health-summary`} viewBox={`0 0 ${width} ${height}`} className="health-chart">
        {rows.map((row, i) => {
          const y = i * ROW_HEIGHT + 4;
          return (
            <g key={row.category}>
              <text className="health-label" x={0} y={y + LABEL_HEIGHT - 6}>
                {categoryName(row.category)}
              </text>
              {bar(row.before, y + LABEL_HEIGHT, 'before')}
              {bar(row.after, y + LABEL_HEIGHT + BAR_HEIGHT + 3, 'after')}
            </g>
          );
        })}
      </svg>
      <p id={`${idPrefix}-health-summary`} className="visually-hidden">
        {summary}
      </p>
      <details className="health-details">
        <summary>{t('demo.health.table')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('demo.health.category')}</th>
              <th scope="col">{t('demo.health.before')}</th>
              <th scope="col">{t('demo.health.after')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.category}>
                <th scope="row">{categoryName(row.category)}</th>
                <td>{row.before}</td>
                <td>{row.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
