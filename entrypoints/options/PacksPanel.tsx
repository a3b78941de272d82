import { useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n.ts';
import type { RefreshPacksRequest } from '../../lib/packs/messages.ts';
import { formatTime, packRows, statusText } from './pack-rows.ts';
import type { ExtensionState } from './use-extension-state.ts';

export function PacksPanel({ state }: { state: ExtensionState }) {
  const [refreshing, setRefreshing] = useState(false);
  const rows = packRows(state.packState, state.activePacks?.packs ?? [], state.policy);
  const refresh = async () => {
    setRefreshing(true);
    try {
      await browser.runtime.sendMessage({ type: 'postcoach:refresh-packs' } satisfies RefreshPacksRequest);
    } finally {
      setRefreshing(false);
    }
  };
  return (
    <section id="packs" aria-labelledby="packs-heading">
      <h2 id="packs-heading">{t('options.packs.heading')}</h2>
      <table>
        <caption>{t('options.packs.caption')}</caption>
        <thead>
          <tr>
            {(['source', 'pack', 'version', 'signer', 'updated', 'status'] as const).map((col) => (
              <th key={col} scope="col">
                {t(`options.packs.col.${col}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.source} data-source={row.source}>
              <th scope="row">{t(`options.source.${row.source}`)}</th>
              <td>{row.title ? `${row.title} (${row.packId})` : '—'}</td>
              <td>{row.version ?? '—'}</td>
              <td>{row.signer}</td>
              <td>
                {row.source === 'core' ? '—' : formatTime(row.updatedAt)}
                {row.checkedAt && row.source === 'remote' && (
                  <div className="muted">{t('options.status.checkedAt', { time: formatTime(row.checkedAt) })}</div>
                )}
              </td>
              <td className={`status-${row.status}`}>{statusText(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {state.policy.policy.packUrl && (
        <p>
          <button type="button" onClick={refresh} disabled={refreshing} aria-busy={refreshing}>
            {refreshing ? t('options.packs.refreshing') : t('options.packs.refresh')}
          </button>
        </p>
      )}
    </section>
  );
}
