import { shortcutSettingsUrl, type BrowserFamily, type ShortcutRow } from '../core/welcome/welcome-decision';
import { t } from '../platform/i18n';

interface Props { family: BrowserFamily; rows?: ShortcutRow[]; onChange: () => void }

/** The commands with the keys the browser has for them now, and where to change them. */
export function ShortcutsSection({ family, rows, onChange }: Props) {
  const settingsUrl = shortcutSettingsUrl(family);
  return (
    <section aria-labelledby="shortcuts-heading" data-testid="welcome-shortcuts">
      <h2 id="shortcuts-heading">{t('welcomeShortcutsHeading')}</h2>
      {rows === undefined ? <p class="muted" role="status">{t('welcomeLoading')}</p>
        : rows.length === 0 ? <p class="muted">{t('welcomeShortcutsNone')}</p>
        : (
          <table>
            <thead>
              <tr><th scope="col">{t('welcomeShortcutCommand')}</th><th scope="col">{t('welcomeShortcutKeys')}</th></tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.name} data-command={row.name}>
                  {/* The popup's command has no description of its own in the manifest. */}
                  <th scope="row">{row.description || t('welcomeShortcutOpenPopup')}</th>
                  <td>{row.keys ? <kbd>{row.keys}</kbd> : <span class="muted">{t('welcomeShortcutNotSet')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      <p>
        {settingsUrl ? t('welcomeShortcutsChangeChromium', settingsUrl) : t('welcomeShortcutsChangeFirefox')}{' '}
        <button type="button" onClick={onChange} data-testid="welcome-change-shortcuts">{t('welcomeShortcutsButton')}</button>
      </p>
    </section>
  );
}
