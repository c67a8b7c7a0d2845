import type { ImportMode } from '../core/import/merge-import';
import type { DialectEvidence } from '../core/import/aesr-dialect';
import type { FileIssue, ImportPreview } from '../core/import/preview';
import { t } from '../platform/i18n';
import { issueText } from '../ui/issue-text';

export type Dialect = 'auto' | 'aws' | 'aesr';
const MAX_LISTED = 50;

interface Props {
  preview: ImportPreview;
  mode: ImportMode;
  dialect: Dialect;
  onMode: (mode: ImportMode) => void;
  onDialect: (dialect: Dialect) => void;
}

/** How the text was read (and the choice to read it otherwise), what was wrong in the file, and
 *  merge or replace. */
export function ImportOptions({ preview, mode, dialect, onMode, onDialect }: Props) {
  const backup = preview.format === 'backup';
  return (
    <>
      <p data-testid="import-format">{readAs(preview)}</p>
      {!backup && (
        <label class="field">
          {t('importDialectLabel')}
          <select value={dialect} onChange={(event) => onDialect((event.target as HTMLSelectElement).value as Dialect)}>
            <option value="auto">{t('importDialectAuto')}</option>
            <option value="aws">{t('importDialectAws')}</option>
            <option value="aesr">{t('importDialectAesr')}</option>
          </select>
        </label>
      )}
      <Issues title={t('importFileErrors')} issues={preview.errors} role="alert" />
      <Issues title={t('importFileWarnings')} issues={preview.warnings} />
      {!backup && (
        <fieldset class="import-mode">
          <legend>{t('importModeLegend')}</legend>
          <label class="check">
            <input type="radio" name="import-mode" value="merge" checked={mode === 'merge'} onChange={() => onMode('merge')} />
            {t('importModeMerge')}
          </label>
          <label class="check">
            <input type="radio" name="import-mode" value="replace" checked={mode === 'replace'} onChange={() => onMode('replace')} />
            {t('importModeReplace')}
          </label>
        </fieldset>
      )}
    </>
  );
}

// Literal keys (not built from the evidence) so that every string is found by the locale check.
const EVIDENCE: Record<DialectEvidence, string> = {
  keys: 'importReadAsAesrKeys', case: 'importReadAsAesrCase', name: 'importReadAsAesrName', indent: 'importReadAsAesrIndent',
};

/** How the text was read, and why: the line and the kind of evidence that made it AESR. */
function readAs(preview: ImportPreview): string {
  if (preview.format === 'backup') return t('importReadAsBackup');
  const guess = preview.dialect;
  if (preview.format === 'aesr') {
    if (guess?.evidence === undefined) return t('importReadAsAesrChosen');
    return t(EVIDENCE[guess.evidence], [String(guess.line ?? ''), guess.header ?? '', guess.key ?? '']);
  }
  return guess?.detected ? t('importReadAsAwsDetected') : t('importReadAsAws');
}

export function Issues({ title, issues, role }: { title: string; issues: readonly FileIssue[]; role?: 'alert' }) {
  if (issues.length === 0) return null;
  return (
    <div role={role} class="import-issues" data-testid={role ? 'import-errors' : 'import-warnings'}>
      <h4>{title}</h4>
      <ul>
        {issues.slice(0, MAX_LISTED).map((issue, i) => (
          <li key={i} class={role ? 'error' : undefined}>
            {issue.line !== undefined && <span class="muted">{t('importWhere', [issue.file ?? 'config', String(issue.line)])}: </span>}
            {issueText(issue)}
          </li>
        ))}
      </ul>
      {issues.length > MAX_LISTED && <p class="muted">{t('importMoreIssues', String(issues.length - MAX_LISTED))}</p>}
    </div>
  );
}
