import { useState } from 'preact/hooks';
import type { StoreChange } from '../core/import/store-compare';
import { readMemory } from '../core/portal/portal-diff';
import { t } from '../platform/i18n';
import { issueText } from '../ui/issue-text';
import { clearUndo, type UndoRecord } from './import-undo';
import { saveFromOptions } from './options-writes';
import { undoPortalMemory } from './import-record';

const CHANGE: Record<StoreChange['kind'], string> = {
  entriesAdded: 'importChangeEntriesAdded', entriesRemoved: 'importChangeEntriesRemoved', entriesEdited: 'importChangeEntriesEdited',
  entriesReordered: 'importChangeEntriesReordered', favourites: 'importChangeFavourites', usage: 'importChangeUsage',
  groups: 'importChangeGroups', settings: 'importChangeSettings', bases: 'importChangeBases',
};

interface Props {
  record: UndoRecord;
  /** `undone`: the list was put back (the undo is spent), even when `kind` is 'error' (the portal's
   *  memory could not be put back with it). */
  onDone: (text: string, kind: 'ok' | 'error', undone: boolean, more?: string) => void;
}

/**
 * "Undo import" puts back the saved data from just before the import. If the list changed since
 * (an edit, a favourite, a switch counted in the usage), that change would be lost: say which,
 * and undo only when the user confirms.
 */
export function UndoImport({ record, onDone }: Props) {
  const [since, setSince] = useState<StoreChange[]>();
  const [busy, setBusy] = useState(false);
  const run = async (force: boolean) => {
    setBusy(true);
    // The background puts `before` back only onto the list as the import left it, unless forced.
    const outcome = await saveFromOptions({ kind: 'undoImport', before: record.before, after: record.after, force });
    setBusy(false);
    if (!outcome.saved) return onDone(t('importNotSaved', outcome.problem ? issueText(outcome.problem) : ''), 'error', false);
    if (outcome.changedSince) return setSince(outcome.changedSince);
    // Not silent: a memory left as the import wrote it takes the entries just undone for ones the
    // user removed, and the next refresh would not offer them again.
    const problem = await undoPortalMemory(record, readMemory(record.portal?.previous));
    await clearUndo();
    setSince(undefined);
    // Two sentences, two lines: never joined with a space of ours.
    if (problem !== undefined) return onDone(t('importUndone'), 'error', true, t('portalMemoryNotRestored', [record.portal!.startUrl, problem]));
    onDone(t('importUndone'), 'ok', true);
  };
  return (
    <div class="import-undo" data-testid="import-undo">
      {since ? (
        <div role="alert">
          <p>{t('importUndoClobber', since.map((c) => t(CHANGE[c.kind], String(c.count ?? ''))).join(', '))}</p>
          <button type="button" disabled={busy} onClick={() => void run(true)}>{t('importUndoAnyway')}</button>
          <button type="button" onClick={() => setSince(undefined)}>{t('importUndoKeep')}</button>
        </div>
      ) : (
        <button type="button" disabled={busy} onClick={() => void run(false)}>{t('importUndo')}</button>
      )}
    </div>
  );
}
