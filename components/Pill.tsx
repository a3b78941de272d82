/** The status pill beside a composer: counts by severity and the platform length. */
import type { Box } from './types.ts';
import { describeCounts, type Counts } from './counts.ts';
import { SEVERITIES } from '../rules/engine/categories.ts';
import { t } from '../lib/i18n.ts';

export interface PillView {
  composerId: string;
  counts: Counts;
  length: number;
  limit: number;
  anchor: Box;
  placement: 'beside' | 'inside';
}

export function Pill({ view, onOpen }: { view: PillView; onOpen(composerId: string): void }) {
  const over = view.length > view.limit;
  const name = t('pill.name', { summary: describeCounts(view.counts) });
  return (
    <button
      type="button"
      className={`pc-pill pc-${view.placement}`}
      data-composer={view.composerId}
      aria-label={over ? `${name}. ${t('pill.over', { length: view.length, limit: view.limit })}` : name}
      aria-keyshortcuts="Alt+Shift+P"
      style={{ left: view.anchor.left, top: view.anchor.top }}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => onOpen(view.composerId)}
    >
      {SEVERITIES.filter((s) => view.counts[s] > 0).map((s) => (
        <span key={s} className={`pc-count pc-${s}`} aria-hidden="true">
          {view.counts[s]}
        </span>
      ))}
      {SEVERITIES.every((s) => view.counts[s] === 0) && <span className="pc-ok" aria-hidden="true">✓</span>}
      <span className={over ? 'pc-length pc-over' : 'pc-length'} aria-hidden="true">
        {view.length}/{view.limit}
      </span>
    </button>
  );
}
