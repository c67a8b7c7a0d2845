import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImportMode } from '../core/import/merge-import';
import { previewImport, type ImportPreview, type RowStatus } from '../core/import/preview';
import { userDataText } from '../core/import/store-compare';
import { MAX_IMPORT_LABEL } from '../core/import/text-input';
import type { StoreData } from '../core/store/schema';
import { t } from '../platform/i18n';
import { newEntryId, type StoreSnapshot } from '../platform/store';
import { issueText } from '../ui/issue-text';
import './import-export.css';
import { ImportOptions, type Dialect } from './import-options';
import { PreviewTable } from './import-preview';
import type { ImportSource } from './import-read';
import { ImportSources } from './import-sources';
import { savedSnapshot, useStoreSnapshot } from './options-store';
import { saveFromOptions } from './options-writes';
import { UndoImport } from './import-undo-bar';
import { loadUndo, saveUndo, type UndoRecord } from './import-undo';

type Status = { kind: 'ok' | 'error'; text: string };
interface Shown { source: ImportSource; preview: ImportPreview; basis: string }

/** Import: read a config, AESR config or backup, show what would change, apply it (or not), undo. */
export function ImportSection() {
  const snapshot = useStoreSnapshot();
  const [shown, setShown] = useState<Shown>();
  const [mode, setMode] = useState<ImportMode>('merge');
  const [dialect, setDialect] = useState<Dialect>('auto');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>();
  const [undo, setUndo] = useState<UndoRecord>();
  const saved = useRef<StoreSnapshot | undefined>(undefined);
  saved.current = snapshot;
  useEffect(() => void loadUndo().then(setUndo), []);

  const show = async (source: ImportSource, options: { mode?: ImportMode; dialect?: Dialect; current?: StoreData } = {}) => {
    // A file can arrive before the saved list has loaded: wait for it.
    const fresh = saved.current ?? (await savedSnapshot());
    const current = options.current ?? fresh.data;
    const preview = previewImport(source.text, current, {
      mode: options.mode ?? mode, dialect: options.dialect ?? dialect, newId: newEntryId, catalog: fresh.catalog,
      ...(source.credentials !== undefined && { credentials: source.credentials }),
    });
    setShown({ source, preview, basis: userDataText(current) });
    setStatus(undefined);
  };

  const apply = async () => {
    if (!shown?.preview.result || busy) return;
    const { preview, basis, source } = shown;
    const result = preview.result!;
    setBusy(true);
    // All or nothing, and only onto the list the preview was made from (the background checks).
    const outcome = await saveFromOptions({ kind: 'applyImport', basis, result });
    setBusy(false);
    if (!outcome.saved) return setStatus({ kind: 'error', text: t('importNotSaved', outcome.problem ? issueText(outcome.problem) : '') });
    const before = outcome.before;
    if (!before) {
      await show(source, { current: outcome.data });
      return setStatus({ kind: 'error', text: t('importStale') });
    }
    const record: UndoRecord = { before, after: outcome.data, at: Date.now() };
    await saveUndo(record);
    setUndo(record);
    setShown(undefined);
    // The preview's own counts (roles; base accounts are counted apart): what it said is what was done.
    const count = (status: RowStatus) => String(preview.counts[status]);
    setStatus({ kind: 'ok', text: t('importApplied', [count('new'), count('changed'), count('removed')]) });
  };

  const newer = snapshot?.newerVersion !== undefined;
  return (
    <section id="import" aria-labelledby="import-heading" data-testid="import">
      <h2 id="import-heading">{t('importHeading')}</h2>
      <p class="muted">{t('importIntro', MAX_IMPORT_LABEL)}</p>
      {newer && <p role="alert" class="error">{t('importNewerData')}</p>}
      <ImportSources busy={busy || newer || !snapshot} onBusy={setBusy}
        onSource={(source) => void show(source)} onError={(text) => setStatus({ kind: 'error', text })} />
      {busy && <p role="status" class="muted">{t('importReading')}</p>}
      {status && <p role={status.kind === 'error' ? 'alert' : 'status'} class={status.kind} data-testid="import-status">{status.text}</p>}
      {undo && !shown && <UndoImport record={undo} onDone={(text, kind) => {
        setStatus({ kind, text });
        if (kind === 'ok') setUndo(undefined);
      }} />}
      {shown && (
        <div class="import-result" data-testid="import-preview">
          <h3>{shown.source.name ? t('importPreviewOf', shown.source.name) : t('importPreviewHeading')}</h3>
          <ImportOptions preview={shown.preview} mode={mode} dialect={dialect}
            onMode={(next) => { setMode(next); void show(shown.source, { mode: next }); }}
            onDialect={(next) => { setDialect(next); void show(shown.source, { dialect: next }); }} />
          <PreviewTable preview={shown.preview} />
          <div class="import-actions">
            {shown.preview.result
              ? <button type="button" class="primary" disabled={busy} onClick={() => void apply()}>{t('importApply')}</button>
              : <p role="status" class="muted">{t('importNothingToDo')}</p>}
            <button type="button" onClick={() => setShown(undefined)}>{t('importCancel')}</button>
          </div>
        </div>
      )}
    </section>
  );
}
