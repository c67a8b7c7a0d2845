import type { StorageReport } from '../platform/store';
import { t } from '../platform/i18n';
import { neededAndFreeKb } from '../core/store/store-issues';

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const MAX_ITEMS = 512;

/** How full sync storage is, and what this list would take there. */
export function SyncUsage({ report }: { report: StorageReport }) {
  const { bytes, items, listBytes, quota } = report.usage;
  // Room for the list: everything but what other items take.
  const available = quota - (bytes - listBytes);
  const percent = Math.round((bytes / quota) * 100);
  // Rounded so that the two never contradict each other (store-issues.ts).
  const [needsKb, freeKb] = neededAndFreeKb(report.listNeeds, available);
  return (
    <div class="storage-usage" data-testid="sync-usage">
      <label for="sync-meter">{t('storageSyncUsage', [kb(bytes), kb(quota), String(percent), String(items), String(MAX_ITEMS)])}</label>
      <meter id="sync-meter" min={0} max={quota} value={bytes} low={quota * 0.7} high={quota * 0.9} optimum={0} />
      <p data-testid="sync-needs">{t('storageListNeeds', [String(report.entries), needsKb])}</p>
      {report.listNeeds > available && <p class="error" data-testid="sync-too-big">{t('storageTooBig', freeKb)}</p>}
    </div>
  );
}
