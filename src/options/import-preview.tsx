import { useState } from 'preact/hooks';
import type { FieldChange } from '../core/import/merge-import';
import { ROW_STATUSES, type ImportPreview, type PreviewRow, type RowStatus } from '../core/import/preview';
import { t } from '../platform/i18n';
import { issueText } from '../ui/issue-text';

// Literal keys (not built from the status) so that every string is found by the locale check.
const STATUS: Record<RowStatus, string> = {
  new: 'importStatusNew', changed: 'importStatusChanged', unchanged: 'importStatusUnchanged',
  skipped: 'importStatusSkipped', invalid: 'importStatusInvalid', removed: 'importStatusRemoved',
};
const KIND: Record<PreviewRow['kind'], string> = { role: 'importKindRole', sso: 'importKindSso', base: 'importKindBase', profile: 'importKindProfile' };
const FIELD: Record<string, string> = {
  label: 'importFieldLabel', account: 'importFieldAccount', roleName: 'importFieldRoleName', rolePath: 'importFieldRolePath',
  partition: 'importFieldPartition', displayName: 'importFieldDisplayName', color: 'importFieldColor', region: 'importFieldRegion',
  group: 'importFieldGroup', production: 'importFieldProduction', base: 'importFieldBase', sso: 'importFieldSso',
  consoleSwitchable: 'importFieldConsoleSwitchable', image: 'importFieldImage', targetRoleName: 'importFieldTargetRoleName',
  targetRegion: 'importFieldTargetRegion', alias: 'importFieldAlias',
};
const PAGE = 200;
/** A portal's 'removed' rows are entries gone from the portal, kept and marked, not removed. */
const statusKey = (preview: ImportPreview, status: RowStatus) => (preview.format === 'portal' && status === 'removed' ? 'portalStatusGone' : STATUS[status]);

const field = (change: FieldChange) => t(FIELD[change.field] ?? 'importFieldOther');
const value = (text: string | undefined) => text ?? '—';

type Filter = RowStatus | 'all' | 'bases';

/** The preview: counts per status (each a filter; base accounts counted apart, as they are not
 *  roles), then a table of rows with what each saves and why. */
export function PreviewTable({ preview }: { preview: ImportPreview }) {
  const [filter, setFilter] = useState<Filter>('all');
  const [shown, setShown] = useState(PAGE);
  const rows = filter === 'all' ? preview.rows
    : filter === 'bases' ? preview.rows.filter((r) => r.kind === 'base')
    : preview.rows.filter((r) => r.status === filter && r.kind !== 'base');
  const bases = ROW_STATUSES.reduce((n, s) => n + preview.baseCounts[s], 0);
  const pick = (next: Filter) => {
    setFilter(next);
    setShown(PAGE);
  };
  return (
    <div class="import-preview">
      <div class="import-filters" role="group" aria-label={t('importFilterLabel')}>
        <button type="button" aria-pressed={filter === 'all'} onClick={() => pick('all')}>{t('importFilterAll', String(preview.rows.length))}</button>
        {ROW_STATUSES.filter((s) => preview.counts[s] > 0).map((status) => (
          <button key={status} type="button" class={`status-${status}`} aria-pressed={filter === status} onClick={() => pick(status)} data-testid={`count-${status}`}>
            {t(statusKey(preview, status))} {preview.counts[status]}
          </button>
        ))}
        {bases > 0 && (
          <button type="button" aria-pressed={filter === 'bases'} onClick={() => pick('bases')} data-testid="count-bases">{t('importFilterBases', String(bases))}</button>
        )}
      </div>
      {rows.length > 0 && (
        <table class="import-table" data-testid="import-table">
          <caption class="visually-hidden">{t('importTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('importColStatus')}</th>
              <th scope="col">{t('importColName')}</th>
              <th scope="col">{t('importColRole')}</th>
              <th scope="col">{t('importColRegion')}</th>
              <th scope="col">{t('importColColor')}</th>
              <th scope="col">{t('importColBase')}</th>
              <th scope="col">{t('importColDetails')}</th>
            </tr>
          </thead>
          <tbody>{rows.slice(0, shown).map((row) => <Row key={row.key} row={row} status={t(statusKey(preview, row.status))} />)}</tbody>
        </table>
      )}
      {rows.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>{t('importShowMore', [String(Math.min(PAGE, rows.length - shown)), String(rows.length - shown)])}</button>
      )}
    </div>
  );
}

function Row({ row, status }: { row: PreviewRow; status: string }) {
  return (
    <tr data-status={row.status} data-name={row.name}>
      <td><span class={`import-status status-${row.status}`}>{status}</span></td>
      <th scope="row">
        {row.label}
        {row.label !== row.name && <span class="muted"> [{row.name}]</span>}
        {row.line !== undefined && <div class="muted small">{t('importWhere', [row.file === 'credentials' ? 'credentials' : 'config', String(row.line)])}</div>}
      </th>
      <td>
        {row.target ?? ''}
        {row.alias !== undefined && <span data-testid="row-alias"> ({row.alias})</span>}
        <div class="muted small">{t(KIND[row.kind])}</div>
      </td>
      <Saved row={row} />
      <td>
        {(row.reasons.length > 0 || row.changes.length > 0 || row.kept.length > 0) && (
          <ul class="import-details">
            {row.reasons.map((issue, i) => <li key={`r${i}`} class={issue.code.startsWith('err') ? 'error' : undefined}>{issueText(issue)}</li>)}
            {row.changes.map((change) => <li key={`c${change.field}`}>{t('importChange', [field(change), value(change.from), value(change.to)])}</li>)}
            {row.kept.map((change) => <li key={`k${change.field}`} class="muted">{t('importKept', [field(change), value(change.to), value(change.from)])}</li>)}
          </ul>
        )}
      </td>
    </tr>
  );
}

/** What the row will save: region, colour (a swatch and its hex, as text) and base account.
 *  Rows that save no entry (skipped, invalid, a base account) leave these empty. */
function Saved({ row }: { row: PreviewRow }) {
  const saves = row.entryId !== undefined && row.status !== 'removed' && row.kind !== 'base';
  return (
    <>
      <td data-testid="row-region">{saves ? row.region ?? <span class="muted">{t('importRegionNone')}</span> : ''}</td>
      <td data-testid="row-color">
        {saves && row.color !== undefined && (
          <><span class="swatch" style={{ background: `#${row.color}` }} aria-hidden="true" /> #{row.color}</>
        )}
        {saves && row.color === undefined && <span class="muted">{t('importColorNone')}</span>}
      </td>
      <td data-testid="row-base">{saves ? row.base ?? '' : ''}</td>
    </>
  );
}
