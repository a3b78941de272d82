import { useEffect } from 'react';
import { setLocale, t } from '../../lib/i18n.ts';
import { ImportPanel } from './ImportPanel.tsx';
import { LogsPanel } from './LogsPanel.tsx';
import { PacksPanel } from './PacksPanel.tsx';
import { RuleBrowser } from './RuleBrowser.tsx';
import { SettingsPanel } from './SettingsPanel.tsx';
import { useExtensionState } from './use-extension-state.ts';

export function App() {
  const state = useExtensionState();
  const locale = setLocale(state.settings.locale);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('options.title');
  }, [locale]);
  if (!state.loaded) return null;
  const sections = ['packs', 'rules', 'settings', 'logs'] as const;
  return (
    <>
      <header>
        <h1>{t('options.title')}</h1>
        <nav aria-label={t('options.title')}>
          <ul>
            {sections.map((id) => (
              <li key={id}>
                <a href={`#${id}`}>{t(`options.nav.${id}`)}</a>
              </li>
            ))}
          </ul>
        </nav>
        {state.policy.managed && <p>{t('options.managed')}</p>}
        {state.packState.policyProblems.length > 0 && (
          <div role="alert" className="error">
            <p>{t('options.policyProblems')}</p>
            <ul>
              {state.packState.policyProblems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
      </header>
      <main>
        <PacksPanel state={state} />
        <ImportPanel state={state} />
        <RuleBrowser packs={state.activePacks?.packs ?? []} locale={locale} />
        <SettingsPanel state={state} />
        <LogsPanel state={state} />
      </main>
    </>
  );
}
