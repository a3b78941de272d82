/** Loading a trainer's scenario file and the organisation's pack file; each error stays beside its input. */
import { useId, type ChangeEvent } from 'react';
import { t } from '../lib/i18n.ts';

interface FileLoaderProps {
  label: string;
  hint: string;
  accept: string;
  error: string | undefined;
  loaded: string | undefined;
  /** `null` when the file is too large to be a scenario or pack file. */
  onText(text: string | null, name: string): void;
}

export const MAX_FILE_BYTES = 1024 * 1024;

function FileLoader({ label, hint, accept, error, loaded, onText }: FileLoaderProps) {
  const id = useId();
  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      onText(null, file.name);
      return;
    }
    onText(await file.text(), file.name);
  };
  return (
    <div className="loader">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="file" accept={accept} aria-describedby={`${id}-hint`} onChange={(e) => void onChange(e)} />
      <p id={`${id}-hint`} className="loader-hint">{hint}</p>
      {loaded && !error && <p className="loader-ok" role="status">{loaded}</p>}
      {error && (
        <div className="loader-error" role="alert">
          <strong>{t('demo.load.failed')}</strong>
          <pre>{error}</pre>
        </div>
      )}
    </div>
  );
}

export interface LoadersProps {
  scenarioError?: string;
  scenarioLoaded?: string;
  packError?: string;
  packLoaded?: string;
  packs: string;
  onScenarioFile(text: string | null, name: string): void;
  onPackFile(text: string | null, name: string): void;
  onResetPacks?: () => void;
}

export function Loaders(props: LoadersProps) {
  return (
    <section className="loaders" aria-labelledby="loaders-title">
      <h2 id="loaders-title">{t('demo.load.title')}</h2>
      <FileLoader
        label={t('demo.load.scenarios')}
        hint={t('demo.load.scenariosHint')}
        accept=".yaml,.yml,.json"
        error={props.scenarioError}
        loaded={props.scenarioLoaded}
        onText={props.onScenarioFile}
      />
      <FileLoader
        label={t('demo.load.pack')}
        hint={t('demo.load.packHint')}
        accept=".yaml,.yml,.json"
        error={props.packError}
        loaded={props.packLoaded}
        onText={props.onPackFile}
      />
      <p className="loader-packs">
        {t('demo.load.active', { packs: props.packs })}{' '}
        {props.onResetPacks && (
          <button type="button" className="link-button" onClick={props.onResetPacks}>
            {t('demo.load.reset')}
          </button>
        )}
      </p>
    </section>
  );
}
