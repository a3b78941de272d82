import { useId } from 'react';
import type { Mode, Site, UiLocale } from '../../lib/contracts.ts';
import { t } from '../../lib/i18n.ts';
import { isLocked, type LockableSetting } from '../../lib/packs/policy.ts';
import { withChoice } from '../../lib/settings.ts';
import type { ExtensionView } from './use-extension-state.ts';

const MODES: Mode[] = ['coach', 'confirm', 'strict'];
const SITES: Site[] = ['x', 'linkedin'];
const LOCALES: UiLocale[] = ['auto', 'en', 'ru'];

function Lock({ id }: { id: string }) {
  return (
    <span id={id} className="lock">
      🔒 {t('options.settings.locked')}
    </span>
  );
}

export function SettingsPanel({ state }: { state: ExtensionView }) {
  const ids = useId();
  const { policy } = state.policy;
  const { settings, choices } = state;
  const locked = (setting: LockableSetting) => isLocked(policy, setting);
  const lockProps = (setting: LockableSetting) => (locked(setting) ? { disabled: true, 'aria-describedby': `${ids}-${setting}-lock` } : {});
  const legend = (setting: LockableSetting, label: string) => (
    <legend>
      {label} {locked(setting) && <Lock id={`${ids}-${setting}-lock`} />}
    </legend>
  );

  return (
    <section id="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('options.settings.heading')}</h2>
      <fieldset>
        {legend('mode', t('options.settings.mode'))}
        {MODES.map((mode) => (
          <label key={mode} style={{ display: 'block' }}>
            <input
              type="radio"
              name="mode"
              value={mode}
              checked={settings.mode === mode}
              onChange={() => state.saveChoices(withChoice(choices, policy, 'mode', mode))}
              {...lockProps('mode')}
            />{' '}
            {t(`options.settings.mode.${mode}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        {legend('sites', t('options.settings.sites'))}
        {SITES.map((site) => (
          <label key={site} style={{ display: 'block' }}>
            <input
              type="checkbox"
              checked={settings.sites[site]}
              onChange={(e) => state.saveChoices(withChoice(choices, policy, 'sites', { ...settings.sites, [site]: e.target.checked }))}
              {...lockProps('sites')}
            />{' '}
            {t(`options.settings.site.${site}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        {legend('locale', t('options.settings.locale'))}
        <select
          aria-label={t('options.settings.locale')}
          value={settings.locale}
          onChange={(e) => state.saveChoices(withChoice(choices, policy, 'locale', e.target.value as UiLocale))}
          {...lockProps('locale')}
        >
          {LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {t(`options.settings.locale.${locale}`)}
            </option>
          ))}
        </select>
      </fieldset>
      {settings.failClosed && <p>{t('options.settings.failClosed')}</p>}
    </section>
  );
}
