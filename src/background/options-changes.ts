// The options page's changes, saved here: the background owns the store, the options page sends
// plain ops (core/store/options-ops.ts), as the popup does (deck-changes.ts).
import type { CoreIssue } from '../core/issues/issue';
import { applyOptionsOp, listProblem, readOptionsOp, type OptionsOpResult } from '../core/store/options-ops';
import { emptyStore } from '../core/store/schema';
import type { OptionsUpdate, SettingUpdate } from '../platform/protocol';
import { setStorageArea, updateStore, type UpdateResult } from '../platform/store';

const notSaved: CoreIssue = { code: 'saveFailed', message: 'The change could not be saved; nothing was changed.' };

const answer = (update: UpdateResult, result: OptionsOpResult = {}): OptionsUpdate => ({
  saved: update.saved,
  data: update.data,
  ...result,
  ...(update.problem && { problem: update.problem }),
  ...(update.unread && { unread: true }),
});

export async function updateFromOptions(value: unknown): Promise<OptionsUpdate | SettingUpdate> {
  const op = readOptionsOp(value);
  if (!op) return { saved: false, problem: notSaved, data: emptyStore(), unread: true };
  if (op.kind === 'setStorageArea') return answer(await setStorageArea(op.area));
  // A whole list is checked again where it is saved, as the popup's entries are (deck-changes.ts).
  const written = op.kind === 'applyImport' ? op.result : op.kind === 'undoImport' ? op.before : undefined;
  const problem = written && listProblem(written);
  if (problem) return { saved: false, problem, data: emptyStore(), unread: true };
  if (op.kind === 'setSetting') {
    // The page shows only the settings: the whole list need not travel back.
    const update = await updateStore((data) => { applyOptionsOp(data, op); });
    return {
      saved: update.saved,
      ...(!update.unread && { settings: update.data.settings }),
      ...(update.problem && { problem: update.problem }),
    };
  }
  let result: OptionsOpResult = {};
  const update = await updateStore((data) => { result = applyOptionsOp(data, op); });
  return answer(update, result);
}
