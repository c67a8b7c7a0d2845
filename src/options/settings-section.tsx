import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageSetting } from '../core/store/options-ops';
import { DEFAULT_SETTINGS, type Settings } from '../core/store/schema';
import { t } from '../platform/i18n';
import { followSavedData, optionsStore } from './options-store';
import { saveFromOptions } from './options-writes';

/** Display settings: account-id masking, theme, unreachable entries, the console badge. */
export function SettingsSection() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  // A choice is shown at once. Until its save has finished, a snapshot from an earlier change (a
  // sync write arrives in several notices) must not flip the control back.
  const pending = useRef<Partial<Settings>>({});
  const stored = useRef<Settings>(DEFAULT_SETTINGS);
  const show = (fresh: Settings) => {
    stored.current = fresh;
    setSettings({ ...fresh, ...pending.current });
  };
  // Every new snapshot of the page's one view of the data (options-store.ts), not its other parts.
  useEffect(() => {
    followSavedData();
    const shown = optionsStore.getState().snapshot;
    if (shown) show(shown.data.settings);
    return optionsStore.subscribe(({ snapshot }, before) => {
      if (snapshot && snapshot !== before.snapshot) show(snapshot.data.settings);
    });
  }, []);
  const change = <K extends PageSetting>(key: K, value: Settings[K]) => {
    pending.current = { ...pending.current, [key]: value };
    setSettings((current) => ({ ...current, [key]: value }));
    void saveFromOptions({ kind: 'setSetting', key, value }).then((result) => {
      // Saved, or refused (then the stored value comes back into view). When nothing could be read,
      // the result holds no settings at all: the ones last shown stay.
      if (pending.current[key] === value) delete pending.current[key];
      show(result.settings ?? stored.current);
    });
  };

  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settingsHeading')}</h2>
      <label class="check">
        <input type="checkbox" checked={settings.hideAccountIds} onChange={(e) => change('hideAccountIds', (e.target as HTMLInputElement).checked)} />
        {t('settingHideAccountIds')}
      </label>
      <label class="check">
        <input type="checkbox" checked={settings.badge} onChange={(e) => change('badge', (e.target as HTMLInputElement).checked)} />
        {t('settingBadge')}
      </label>
      <label class="field">
        {t('settingTheme')}
        <select value={settings.theme} onChange={(e) => change('theme', (e.target as HTMLSelectElement).value as Settings['theme'])}>
          <option value="system">{t('themeSystem')}</option>
          <option value="light">{t('themeLight')}</option>
          <option value="dark">{t('themeDark')}</option>
        </select>
      </label>
      <label class="field">
        {t('settingUnreachable')}
        <select value={settings.unreachable} onChange={(e) => change('unreachable', (e.target as HTMLSelectElement).value as Settings['unreachable'])}>
          <option value="grey">{t('unreachableGrey')}</option>
          <option value="hide">{t('unreachableHide')}</option>
        </select>
      </label>
    </section>
  );
}
