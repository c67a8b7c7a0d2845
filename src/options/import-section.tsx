import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImportMode } from '../core/import/merge-import';
import { previewImport, type ImportPreview, type RowStatus } from '../core/import/preview';
import { userDataText } from '../core/import/store-compare';
import { MAX_IMPORT_LABEL } from '../core/import/text-input';
import { portalPreview, withoutGone, type PortalMemory } from '../core/portal/portal-diff';
import type { StoreData } from '../core/store/schema';
import { t } from '../platform/i18n';
import { newEntryId, type StoreSnapshot } from '../platform/store';
import { issueText } from '../ui/issue-text';
import './import-export.css';
import { ImportOptions, Issues, type Dialect } from './import-options';
import { PreviewTable } from './import-preview';
import type { ImportSource } from './import-read';
import { ImportSources } from './import-sources';
import { savedSnapshot, useStoreSnapshot } from './options-store';
import { saveFromOptions } from './options-writes';
import { UndoImport } from './import-undo-bar';
import { recordImport } from './import-record';
import { loadUndo, type UndoRecord } from './import-undo';
import { latestRequest } from './latest-request';
import { loadPortalMemories, memoryOf, remembersMore, savePortalMemory } from './portal-memory';
import { PortalSection, type PortalResult } from './portal-section';
import { reasonOf } from './reason-of';

/** `more`: a second sentence, shown as its own line: two translated sentences are never joined
 *  with a space of ours (Japanese has none between sentences). */
type Status = { kind: 'ok' | 'error'; text: string; more?: string };
/** A preview of a file or text (`source`), or of a portal read (`portal`, with what to remember of
 *  the portal once it is applied). */
interface Shown {
  source?: ImportSource; portal?: PortalResult; memory?: PortalMemory; data?: StoreData; preview: ImportPreview; basis: string;
  /** The portal's memory the preview was made against (read from storage then): what an undo puts
   *  back. Not the page's `memories`, which another options page's import may have outdated. */
  before?: PortalMemory;
}

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
  const [memories, setMemories] = useState<PortalMemory[]>([]);
  // Entries gone from the portal are kept unless the user ticks their removal (per preview).
  const [dropGone, setDropGone] = useState(false);
  useEffect(() => void loadUndo().then(setUndo), []);
  useEffect(() => void loadPortalMemories().then(setMemories), []);

  // Each preview is made after a read of storage: only the newest request's may be shown.
  const [latest] = useState(latestRequest);
  const close = () => {
    latest.drop();
    setShown(undefined);
  };

  const show = async (source: ImportSource, options: { mode?: ImportMode; dialect?: Dialect; current?: StoreData } = {}) => {
    const newest = latest.start();
    // A file can arrive before the saved list has loaded: wait for it.
    const fresh = saved.current ?? (await savedSnapshot());
    if (!newest()) return;
    const preview = previewImport(source.text, options.current ?? fresh.data, {
      mode: options.mode ?? mode, dialect: options.dialect ?? dialect, newId: newEntryId, catalog: fresh.catalog,
      ...(source.credentials !== undefined && { credentials: source.credentials }),
    });
    setShown({ source, preview, basis: userDataText(options.current ?? fresh.data) });
    setStatus(undefined);
  };

  /** A portal read against the saved list and the portal's last read (core/portal/portal-diff.ts). */
  const showPortal = async (portal: PortalResult, current?: StoreData) => {
    const newest = latest.start();
    const fresh = saved.current ?? (await savedSnapshot());
    const data = current ?? fresh.data;
    const { read, endpoints, rule } = portal;
    const remembered = memoryOf(await loadPortalMemories(), endpoints.startUrl);
    // A later rule (or read) asked for its preview meanwhile: this one would show a rule no longer chosen.
    if (!newest()) return;
    const preview = portalPreview(read, data, {
      startUrl: endpoints.startUrl, partition: endpoints.partition, region: endpoints.region, rule, now: Date.now(), newId: newEntryId,
      ...(remembered !== undefined && { memory: remembered }),
    });
    setShown({ portal, memory: preview.memory, data, preview, basis: userDataText(data), ...(remembered !== undefined && { before: remembered }) });
    setStatus(undefined);
  };

  /** A portal read with nothing to save in the list (only gone entries, renamed accounts): what is
   *  remembered of the portal is all that changes. */
  const remember = async () => {
    if (!shown?.memory || busy) return;
    const written = await savePortalMemory(shown.memory).then((memories) => ({ memories }), (error: unknown) => ({ error }));
    // Nothing else was to be written: a memory that could not be is the whole outcome, said.
    if ('error' in written) return setStatus({ kind: 'error', text: t('importNotSaved', reasonOf(written.error)) });
    setMemories(written.memories);
    close();
    setStatus({ kind: 'ok', text: t('portalRememberedDone') });
  };

  const apply = async () => {
    if (!shown || busy) return;
    const { preview, basis, source, portal, data } = shown;
    const confirmGone = portal !== undefined && dropGone && preview.counts.removed > 0;
    const base = preview.result ?? (confirmGone ? data : undefined);
    if (!base) return;
    const result = confirmGone ? withoutGone(base, preview) : base;
    // Removed entries are no longer "gone, kept": the portal's memory forgets them too.
    const removedPairs = new Set(preview.rows.filter((r) => r.status === 'removed').map((r) => r.key.slice('portal:'.length)));
    const memory = confirmGone && shown.memory ? { ...shown.memory, gone: shown.memory.gone.filter((g) => !removedPairs.has(g.pair)) } : shown.memory;
    const portalBefore = shown.before;
    setBusy(true);
    // All or nothing, and only onto the list the preview was made from (the background checks).
    const outcome = await saveFromOptions({ kind: 'applyImport', basis, result });
    setBusy(false);
    if (!outcome.saved) return setStatus({ kind: 'error', text: t('importNotSaved', outcome.problem ? issueText(outcome.problem) : '') });
    const before = outcome.before;
    if (!before) {
      if (portal) await showPortal(portal, outcome.data);
      else if (source) await show(source, { current: outcome.data });
      return setStatus({ kind: 'error', text: t('importStale') });
    }
    const record: UndoRecord = {
      before, after: outcome.data, at: Date.now(),
      ...(portal && { portal: { startUrl: portal.endpoints.startUrl, ...(portalBefore && { previous: portalBefore }) } }),
    };
    // The undo first, then the portal's memory (remembered only once applied: a read the user
    // cancelled is never the portal's last one): the import is undoable whatever the memory's fate.
    const recorded = await recordImport(record, portal ? memory : undefined);
    if (recorded.memories) setMemories(recorded.memories);
    setUndo(record);
    close();
    // The preview's own counts (roles; base accounts are counted apart): what it said is what was done.
    const count = (status: RowStatus) => String(preview.counts[status]);
    const done = confirmGone ? 'portalAppliedRemoved' : portal ? 'portalApplied' : 'importApplied';
    const text = t(done, [count('new'), count('changed'), count('removed')]);
    if (portal && recorded.memoryProblem !== undefined) {
      return setStatus({ kind: 'error', text, more: t('portalMemoryNotSaved', [portal.endpoints.startUrl, recorded.memoryProblem]) });
    }
    setStatus({ kind: 'ok', text });
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
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} class={status.kind} data-testid="import-status">
          <span class="status-line">{status.text}</span>
          {status.more !== undefined && <span class="status-line">{status.more}</span>}
        </p>
      )}
      <PortalSection busy={busy || newer || !snapshot} entries={snapshot?.data.entries ?? []} memories={memories}
        onRead={(portal) => {
          setDropGone(false);
          void showPortal(portal);
        }}
        onRule={(rule) => {
          if (shown?.portal) void showPortal({ ...shown.portal, rule });
        }} />
      {undo && !shown && <UndoImport record={undo} onDone={(text, kind, undone, more) => {
        setStatus({ kind, text, ...(more !== undefined && { more }) });
        if (undone) {
          setUndo(undefined);
          void loadPortalMemories().then(setMemories);
        }
      }} />}
      {shown && (
        <div class="import-result" data-testid="import-preview">
          <h3>{shown.portal ? t('portalPreviewOf', shown.portal.endpoints.startUrl)
            : shown.source?.name ? t('importPreviewOf', shown.source.name) : t('importPreviewHeading')}</h3>
          {shown.source ? (
            <ImportOptions preview={shown.preview} mode={mode} dialect={dialect}
              onMode={(next) => { setMode(next); void show(shown.source!, { mode: next }); }}
              onDialect={(next) => { setDialect(next); void show(shown.source!, { dialect: next }); }} />
          ) : <Issues title={t('importFileWarnings')} issues={shown.preview.warnings} />}
          <PreviewTable preview={shown.preview} />
          <div class="import-actions">
            {shown.portal && shown.preview.counts.removed > 0 && (
              <label class="check">
                <input type="checkbox" checked={dropGone} disabled={busy} data-testid="portal-remove-gone"
                  onChange={(event) => setDropGone((event.target as HTMLInputElement).checked)} />
                {t('portalRemoveGone', String(shown.preview.counts.removed))}
              </label>
            )}
            {shown.preview.result || (shown.portal && dropGone && shown.preview.counts.removed > 0)
              ? <button type="button" class="primary" disabled={busy} onClick={() => void apply()}>{t('importApply')}</button>
              : shown.portal && (shown.preview.counts.removed > 0 || remembersMore(shown.before, shown.memory))
                ? <button type="button" class="primary" disabled={busy} onClick={() => void remember()} data-testid="portal-remember">{t('portalRemember')}</button>
                : <p role="status" class="muted">{t(shown.portal ? 'portalNothingToDo' : 'importNothingToDo')}</p>}
            <button type="button" onClick={close}>{t('importCancel')}</button>
          </div>
        </div>
      )}
    </section>
  );
}
