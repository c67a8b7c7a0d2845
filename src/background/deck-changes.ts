// The popup's changes, saved here: the background owns the store, the popup sends plain ops
// (core/deck/entry-ops.ts) and reads the deck the background keeps ready (platform/popup-cache.ts).
import { applyStoreOp, readStoreOp, type OpResult } from '../core/deck/entry-ops';
import { deckOf, type DeckSnapshot } from '../core/deck/deck-snapshot';
import type { CoreIssue } from '../core/issues/issue';
import { validateProfile } from '../core/profile/validate-profile';
import { refreshPopupCache } from '../platform/popup-cache';
import type { DeckUpdate } from '../platform/protocol';
import { isCatalogEntry, newEntryId, updateStore } from '../platform/store';

const refused = (problem: CoreIssue): DeckUpdate => ({ saved: false, problem });
const notSaved: CoreIssue = { code: 'saveFailed', message: 'The change could not be saved; nothing was changed.' };

export async function updateDeck(value: unknown): Promise<DeckUpdate> {
  const op = readStoreOp(value);
  if (!op) return refused(notSaved);
  // The organisation's entries are read-only (they can only be favourited).
  if ((op.kind === 'putEntry' && isCatalogEntry(op.entry)) || (op.kind === 'remove' && isCatalogEntry(op))) return refused(notSaved);
  // The popup checked the form; an entry is checked again where it is saved.
  if (op.kind === 'putEntry') {
    const { errors } = validateProfile(op.entry);
    if (errors[0]) return refused(errors[0]);
  }
  let result: OpResult = {};
  const update = await updateStore((data) => { result = applyStoreOp(data, op, newEntryId); });
  if (!update.saved) return refused(update.problem ?? notSaved);
  // The popup shows its change as soon as it hears back; the kept deck follows the store's change
  // event (written in order there, never from here, so that it cannot overtake a newer change).
  // Saved, but perhaps not this device's copy: the options page says so too (platform/store.ts).
  return { saved: true, ...result, ...(update.problem && { problem: update.problem }), deck: deckOf(update) };
}

/** The deck, when the popup found none kept (after a browser restart, or an update). */
export function currentDeck(): Promise<DeckSnapshot> {
  return refreshPopupCache();
}
