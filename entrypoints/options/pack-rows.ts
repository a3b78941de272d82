/** The active-packs table (and the popup's summary) derived from the stored pack state. */
import { getLocale, t } from '../../lib/i18n.ts';
import type { PolicyReading } from '../../lib/packs/policy.ts';
import { importAllowed } from '../../lib/packs/policy.ts';
import type { Rejection } from '../../lib/packs/rejection.ts';
import { SOURCES_BY_PRIORITY, type PackSource, type PackState } from '../../lib/packs/state.ts';
import type { Pack } from '../../rules/engine/index.ts';

export type RowStatus = 'active' | 'kept' | 'rejected' | 'import-disabled' | 'shadowed';

export interface PackRow {
  source: PackSource | 'core';
  packId?: string;
  title?: string;
  version?: string;
  signer: string;
  updatedAt?: string;
  checkedAt?: string;
  status: RowStatus;
  rejection?: Rejection;
}

export function formatTime(iso: string | undefined): string {
  if (!iso) return t('options.never');
  return new Date(iso).toLocaleString(getLocale(), { dateStyle: 'medium', timeStyle: 'short' });
}

export function reasonText(rejection: Rejection): string {
  const key = `options.reason.${rejection.code}`;
  const text = t(key, { detail: rejection.detail ?? '' });
  return text === key ? rejection.message : text;
}

function signerText(signer: { keyId: string; verified: boolean } | undefined): string {
  if (!signer) return t('options.signer.none');
  return t(signer.verified ? 'options.signer.verified' : 'options.signer.unverified', { keyId: signer.keyId });
}

/** One row per configured source (highest priority first), then the bundled core pack. */
export function packRows(state: PackState, active: readonly Pack[], reading: PolicyReading): PackRow[] {
  const activeIds = new Set(active.map((pack) => `${pack.id}@${pack.version}`));
  const rows: PackRow[] = [];
  for (const source of SOURCES_BY_PRIORITY) {
    const record = state.sources[source];
    if (!record) continue;
    const good = record.good;
    const row: PackRow = { source, signer: signerText(good?.signer), status: 'rejected' };
    if (good) Object.assign(row, { packId: good.pack.id, title: good.pack.title, version: good.pack.version, updatedAt: good.activatedAt });
    if (record.checkedAt) row.checkedAt = record.checkedAt;
    if (record.rejection) row.rejection = record.rejection;
    if (source === 'import' && !importAllowed(reading.policy)) row.status = 'import-disabled';
    else if (good && !activeIds.has(`${good.pack.id}@${good.pack.version}`)) row.status = 'shadowed';
    else if (good) row.status = record.rejection ? 'kept' : 'active';
    rows.push(row);
  }
  const core = active[0];
  if (core) rows.push({ source: 'core', packId: core.id, title: core.title, version: core.version, signer: t('options.signer.bundled'), status: 'active' });
  return rows;
}

export function statusText(row: PackRow): string {
  const reason = row.rejection ? reasonText(row.rejection) : '';
  switch (row.status) {
    case 'active':
      return t('options.status.active');
    case 'kept':
      return t('options.status.keptAfterRejection', { version: row.version ?? '', reason });
    case 'rejected':
      return t('options.status.rejected', { reason });
    case 'import-disabled':
      return t('options.status.importDisabled');
    case 'shadowed':
      return t('options.status.inactive');
  }
}
