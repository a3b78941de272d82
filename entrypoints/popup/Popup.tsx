import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Site, StatusResponse } from '../../lib/contracts.ts';
import { setLocale, t } from '../../lib/i18n.ts';
import { isLocked } from '../../lib/packs/policy.ts';
import { withChoice } from '../../lib/settings.ts';
import { formatTime, packRows, reasonText } from '../options/pack-rows.ts';
import { useExtensionState } from '../options/use-extension-state.ts';
import { activeTabStatus } from './tab-status.ts';

const SITES: Site[] = ['x', 'linkedin'];

function TabStatus({ status }: { status: StatusResponse | undefined | 'loading' }) {
  if (status === 'loading') return null;
  if (!status) return <p>{t('popup.tab.none')}</p>;
  if (!status.enabled) return <p>{t('popup.tab.off')}</p>;
  if (status.composers.length === 0) return <p>{t('popup.tab.noComposer')}</p>;
  const total = { block: 0, warn: 0, tip: 0 };
  for (const composer of status.composers) for (const key of ['block', 'warn', 'tip'] as const) total[key] += composer.counts[key];
  return (
    <>
      <p>{t('popup.tab.composers', { count: status.composers.length })}</p>
      <p>{t('popup.tab.counts', total)}</p>
    </>
  );
}

export function Popup() {
  const state = useExtensionState();
  const [status, setStatus] = useState<StatusResponse | undefined | 'loading'>('loading');
  const locale = setLocale(state.settings.locale);
  useEffect(() => {
    activeTabStatus().then(setStatus, () => setStatus(undefined));
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  if (!state.loaded) return null;

  const rows = packRows(state.packState, state.activePacks?.packs ?? [], state.policy);
  const top = rows.find((row) => row.source !== 'core' && (row.status === 'active' || row.status === 'kept'));
  const problems = rows.filter((row) => row.rejection && row.status !== 'import-disabled');
  const lastError = (status !== 'loading' && status?.lastError) || state.errors[state.errors.length - 1];
  const sitesLocked = isLocked(state.policy.policy, 'sites');

  return (
    <main>
      <h1>{t('popup.title')}</h1>
      <section aria-labelledby="tab-heading">
        <h2 id="tab-heading">{t('popup.tab.heading')}</h2>
        <div role="status">
          <TabStatus status={status} />
        </div>
      </section>
      <section aria-labelledby="pack-heading">
        <h2 id="pack-heading">{t('popup.pack.heading')}</h2>
        <p data-testid="popup-pack">
          {top ? t('popup.pack.active', { pack: top.title ?? top.packId ?? '', version: top.version ?? '', source: t(`options.source.${top.source}`) }) : t('popup.pack.coreOnly')}
        </p>
        {problems.map((row) => (
          <p key={row.source} className="error" role="alert">
            {t('popup.pack.problem', { reason: reasonText(row.rejection!) })}
          </p>
        ))}
      </section>
      {lastError && (
        <section aria-labelledby="error-heading">
          <h2 id="error-heading">{t('popup.error.heading')}</h2>
          <p className="muted">{t('popup.error.entry', { time: formatTime(lastError.time), where: lastError.where, message: lastError.message })}</p>
        </section>
      )}
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">
          {t('popup.sites.heading')} {sitesLocked && <span className="lock">🔒 {t('popup.sites.locked')}</span>}
        </h2>
        {SITES.map((site) => (
          <label key={site}>
            <input
              type="checkbox"
              checked={state.settings.sites[site]}
              disabled={sitesLocked}
              onChange={(e) => state.saveChoices(withChoice(state.choices, state.policy.policy, 'sites', { ...state.settings.sites, [site]: e.target.checked }))}
            />{' '}
            {t(`options.settings.site.${site}`)}
          </label>
        ))}
      </section>
      <p>
        <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
          {t('popup.openOptions')}
        </button>{' '}
        <button type="button" onClick={() => browser.tabs.create({ url: browser.runtime.getURL('/demo.html') })}>
          {t('popup.openDemo')}
        </button>
      </p>
    </main>
  );
}
