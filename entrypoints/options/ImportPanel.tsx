import { useId, useState, type ChangeEvent } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n.ts';
import type { ImportPackRequest, ImportPackResponse, RemoveImportRequest } from '../../lib/packs/messages.ts';
import { importAllowed } from '../../lib/packs/policy.ts';
import { REMOTE_LIMITS } from '../../lib/packs/remote-fetch.ts';
import { reasonText } from './pack-rows.ts';
import type { ExtensionState } from './use-extension-state.ts';

type Result = { kind: 'working' | 'ok' | 'failed'; text: string } | undefined;

/** Refuse anything bigger than a published bundle may be before reading it into memory. */
const MAX_IMPORT_BYTES = REMOTE_LIMITS.maxBytes;

export function ImportPanel({ state }: { state: ExtensionState }) {
  const inputId = useId();
  const [result, setResult] = useState<Result>();
  const allowed = importAllowed(state.policy.policy);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      const reason = reasonText({ code: 'too-large', message: '', detail: String(MAX_IMPORT_BYTES) });
      setResult({ kind: 'failed', text: t('options.import.failed', { file: file.name, reason }) });
      return;
    }
    setResult({ kind: 'working', text: t('options.import.working', { file: file.name }) });
    const request: ImportPackRequest = { type: 'postcoach:import-pack', text: await file.text(), file: file.name };
    let response: ImportPackResponse;
    try {
      response = (await browser.runtime.sendMessage(request)) as ImportPackResponse;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setResult({ kind: 'failed', text: t('options.import.noAnswer', { file: file.name, reason }) });
      return;
    }
    setResult(
      response.ok
        ? { kind: 'ok', text: t('options.import.ok', { pack: response.pack.id, version: response.pack.version, file: file.name }) }
        : { kind: 'failed', text: t('options.import.failed', { file: file.name, reason: reasonText(response.rejection) }) },
    );
  };

  const remove = async () => {
    await browser.runtime.sendMessage({ type: 'postcoach:remove-import' } satisfies RemoveImportRequest);
    setResult(undefined);
  };

  return (
    <section id="import" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('options.import.heading')}</h2>
      {allowed ? (
        <>
          <p id={`${inputId}-help`}>{t('options.import.help')}</p>
          <label htmlFor={inputId}>{t('options.import.label')} </label>
          <input id={inputId} type="file" accept=".yaml,.yml,.json,application/json" aria-describedby={`${inputId}-help`} onChange={onFile} />
          {state.packState.sources.import?.good && (
            <p>
              <button type="button" onClick={remove}>
                {t('options.import.remove')}
              </button>
            </p>
          )}
        </>
      ) : (
        <p>{t('options.import.disabled')}</p>
      )}
      <p role="status" className={result?.kind === 'ok' ? 'ok' : undefined} data-testid="import-status">
        {result && result.kind !== 'failed' ? result.text : ''}
      </p>
      <p role="alert" className="error" data-testid="import-error">
        {result?.kind === 'failed' ? result.text : ''}
      </p>
    </section>
  );
}
