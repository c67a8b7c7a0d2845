import { useEffect, useState } from 'preact/hooks';
import { shortcutRows, shortcutSettingsUrl, type BrowserFamily, type ShortcutRow } from '../core/welcome/welcome-decision';
import { t } from '../platform/i18n';
import { browserFamily, extensionPageUrl, keyboardCommands, omniboxKeyword, openShortcutSettings } from '../platform/welcome-facts';
import { ShortcutsSection } from './shortcuts-section';

export interface WelcomeProps {
  family: BrowserFamily;
  /** undefined while the browser is asked; [] when it lists none. */
  shortcuts?: ShortcutRow[];
  keyword?: string;
  importUrl: string;
  addUrl: string;
  onChangeShortcuts: () => void;
}

/** The page, from what the browser says about itself (read once, in WelcomeApp). */
export function WelcomeView(props: WelcomeProps) {
  return (
    <main>
      <h1>{t('welcomeTitle')}</h1>
      <p class="intro">{t('welcomeIntro')}</p>

      <section aria-labelledby="start-heading">
        <h2 id="start-heading">{t('welcomeStartHeading')}</h2>
        <div class="steps">
          <div class="step">
            <h3 id="import-step">{t('welcomeImportHeading')}</h3>
            <p class="muted">{t('welcomeImportBody')}</p>
            {/* Links, not scripted buttons: they go to another page (and open in a new tab on request). */}
            <a class="button primary" href={props.importUrl} data-testid="welcome-import">{t('welcomeImportButton')}</a>
          </div>
          <div class="step">
            <h3 id="add-step">{t('welcomeAddHeading')}</h3>
            <p class="muted">{t('welcomeAddBody')}</p>
            <a class="button" href={props.addUrl} data-testid="welcome-add">{t('welcomeAddButton')}</a>
          </div>
        </div>
      </section>

      <ShortcutsSection family={props.family} rows={props.shortcuts} onChange={props.onChangeShortcuts} />

      {props.keyword && (
        <section aria-labelledby="omnibox-heading">
          <h2 id="omnibox-heading">{t('welcomeOmniboxHeading')}</h2>
          <p data-testid="welcome-keyword">{t('welcomeOmniboxBody', props.keyword)}</p>
        </section>
      )}

      <section aria-labelledby="console-heading">
        <h2 id="console-heading">{t('welcomeConsoleHeading')}</h2>
        <p>{t('welcomeBadgeBody')}</p>
        <p>{t('welcomeMultiSessionBody')}</p>
      </section>
    </main>
  );
}

/** Reads the browser's facts (the shortcuts it has now, which browser, the keyword) and shows them. */
export function WelcomeApp() {
  const family = browserFamily();
  const [shortcuts, setShortcuts] = useState<ShortcutRow[]>();
  useEffect(() => {
    keyboardCommands().then(shortcutRows, () => []).then(setShortcuts);
  }, []);
  return (
    <WelcomeView
      family={family}
      shortcuts={shortcuts}
      keyword={omniboxKeyword()}
      importUrl={extensionPageUrl('options', '#import')}
      // The popup's own add form (popup-store.ts starts there with ?add).
      addUrl={extensionPageUrl('popup', '?add')}
      onChangeShortcuts={() => void openShortcutSettings(shortcutSettingsUrl(family))}
    />
  );
}
