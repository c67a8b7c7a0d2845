// The JSON backup: the saved data itself, as storage holds it. Reading one goes through the same
// repair as stored data, so a hand-edited or damaged backup is checked like anything loaded.
import type { CoreIssue } from '../issues/issue';
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
  return { data: repaired.data, errors, warnings };
}
