import { useState } from 'preact/hooks';
import { exportBackup } from '../core/export/backup';
import { exportAesrConfig, exportAwsConfig } from '../core/export/export-ini';
import type { StoreData } from '../core/store/schema';
import { t } from '../platform/i18n';
import { downloadText } from './export-download';
import { useStoreSnapshot } from './options-store';

type Format = 'aws' | 'aesr' | 'json';

const today = () => new Date().toISOString().slice(0, 10);
const FILES: Record<Format, { name: () => string; type: string; write: (data: StoreData) => string }> = {
  aws: { name: () => 'switchyard-aws-config.ini', type: 'text/plain', write: exportAwsConfig },
  aesr: { name: () => 'switchyard-aesr-config.ini', type: 'text/plain', write: exportAesrConfig },
  json: { name: () => `switchyard-backup-${today()}.json`, type: 'application/json', write: exportBackup },
};

/** Export: the list as ~/.aws/config, as an AESR configuration, or as a full JSON backup. */
export function ExportSection() {
  const snapshot = useStoreSnapshot();
  const [done, setDone] = useState<string>();
  const save = (format: Format) => {
    if (!snapshot) return;
    const file = FILES[format];
    const name = file.name();
    downloadText(name, file.write(snapshot.data), file.type);
    setDone(t('exportDone', name));
  };
  const empty = !snapshot || snapshot.data.entries.length === 0;
  return (
    <section aria-labelledby="export-heading" data-testid="export">
      <h2 id="export-heading">{t('exportHeading')}</h2>
      <p class="muted">{t('exportIntro')}</p>
      {empty && snapshot && <p class="muted">{t('exportEmpty')}</p>}
      <div class="export-buttons">
        <button type="button" disabled={empty} onClick={() => save('aws')}>{t('exportAws')}</button>
        <button type="button" disabled={empty} onClick={() => save('aesr')}>{t('exportAesr')}</button>
        <button type="button" disabled={!snapshot} onClick={() => save('json')}>{t('exportJson')}</button>
      </div>
      <p class="muted hint">{t('exportAwsNote')}</p>
      {done && <p role="status" class="ok">{done}</p>}
    </section>
  );
}
