// The JSON backup: the saved data itself, as storage holds it. Reading one goes through the same
// repair as stored data, so a hand-edited or damaged backup is checked like anything loaded.
import type { CoreIssue } from '../issues/issue';
import { hiddenCharsIn, stripHiddenChars } from '../profile/hidden-chars';
import { coreIssue } from '../issues/issue';
import { repairStore } from '../store/repair';
import type { StoreData } from '../store/schema';

export function exportBackup(data: StoreData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** Whether a text is meant as a JSON backup (rather than INI): its first character opens an object. */
export function looksLikeJson(text: string): boolean {
  return /^[\uFEFF\s]*\{/.test(text);
}

export function readBackup(text: string): { data?: StoreData; errors: CoreIssue[]; warnings: CoreIssue[] } {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { errors: [coreIssue('errImportJsonInvalid')], warnings: [] };
  }
  const record = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  if (!record || typeof record.version !== 'number' || !(Array.isArray(record.entries) || Array.isArray(record.profiles))) {
    return { errors: [coreIssue('errImportNotBackup')], warnings: [] };
  }
  const repaired = repairStore(record);
  const errors = repaired.issues.filter((i) => i.code.startsWith('err'));
  const warnings = repaired.issues.filter((i) => !i.code.startsWith('err'));
  if ('newer' in repaired) return { errors, warnings };
  return { data: withoutHiddenChars(repaired.data, warnings), errors, warnings };
}

/**
 * A restored entry's label and display name without hidden characters (hidden-chars.ts), each
 * removal said with the entry's place in the backup and its label. Removed rather than refused,
 * as an import does: the entry is otherwise the user's own, and nothing else of it changes.
 * (repair.ts checks stored data as it is; the entry form and every save refuse them.)
 */
function withoutHiddenChars(data: StoreData, warnings: CoreIssue[]): StoreData {
  let entries: StoreData['entries'] | undefined;
  data.entries.forEach((entry, index) => {
    const chars = [...new Set([...hiddenCharsIn(entry.label), ...hiddenCharsIn(entry.displayName ?? '')])];
    if (chars.length === 0) return;
    const clean = { ...entry, label: stripHiddenChars(entry.label).trim() || entry.roleName };
    if (entry.displayName !== undefined) {
      const displayName = stripHiddenChars(entry.displayName).trim();
      if (displayName === '') delete clean.displayName;
      else clean.displayName = displayName;
    }
    (entries ??= [...data.entries])[index] = clean;
    warnings.push(coreIssue('warnBackupHiddenChars', [index + 1, clean.label, chars.join(', ')]));
  });
  return entries ? { ...data, entries } : data;
}
