import { t } from '../platform/i18n';
import { DiagnosticsSection } from './diagnostics-section';
import { ExportSection } from './export-section';
import { ImportSection } from './import-section';
import { SettingsSection } from './settings-section';
import { StorageSection } from './storage-section';

/** The options page: one section per concern, each in its own file. */
export function App() {
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <SettingsSection />
      <StorageSection />
      <ImportSection />
      <ExportSection />
      <DiagnosticsSection />
    </main>
  );
}
