import { t } from '../../lib/i18n.ts';
import { falsePositivesCsv, overridesCsv, toJson } from './export.ts';
import type { ExtensionState } from './use-extension-state.ts';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function LogExport({ label, name, records, csv }: { label: string; name: string; records: readonly object[]; csv: () => string }) {
  return (
    <div>
      <h3>{label}</h3>
      <p>{t('options.logs.entries', { count: records.length })}</p>
      <button type="button" disabled={records.length === 0} onClick={() => download(`${name}.csv`, 'text/csv', csv())}>
        {t('options.logs.exportCsv', { log: label })}
      </button>{' '}
      <button type="button" disabled={records.length === 0} onClick={() => download(`${name}.json`, 'application/json', toJson(records))}>
        {t('options.logs.exportJson', { log: label })}
      </button>
    </div>
  );
}

export function LogsPanel({ state }: { state: ExtensionState }) {
  return (
    <section id="logs" aria-labelledby="logs-heading">
      <h2 id="logs-heading">{t('options.logs.heading')}</h2>
      <p className="muted">{t('options.logs.privacy')}</p>
      <LogExport label={t('options.logs.overrides')} name="postcoach-overrides" records={state.overrides} csv={() => overridesCsv(state.overrides)} />
      <LogExport label={t('options.logs.falsePositives')} name="postcoach-false-positives" records={state.falsePositives} csv={() => falsePositivesCsv(state.falsePositives)} />
    </section>
  );
}
