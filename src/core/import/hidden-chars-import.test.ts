// Hidden characters (direction overrides, zero-width, controls) in what an import or a restore
// brings: removed, with a warning that names the profile's row or the backup's entry.
import { describe, expect, it } from 'vitest';
import { emptyStore } from '../store/schema';
import { exportBackup } from '../export/backup';
import { previewImport } from './preview';

const preview = (text: string) => {
  let n = 0;
  return previewImport(text, emptyStore(), { now: 1000, newId: () => `new-${++n}` });
};

describe('an import with hidden characters', () => {
  it('saves the label and display name without them, and the profile\'s row says so', () => {
    const result = preview('[profile a]\nregion = eu-west-1\n\n[profile prod]\nrole_arn = arn:aws:iam::123456789012:role/Admin\nswitchyard_label = \u202enimda-dorp\nswitchyard_display_name = Prod\u200b admin\n');
    expect(result.result?.entries.map((e) => [e.label, e.displayName])).toEqual([['nimda-dorp', 'Prod admin']]);
    const row = result.rows.find((r) => r.name === 'prod')!;
    expect(row).toMatchObject({ line: 4, label: 'nimda-dorp' });
    expect(row.reasons.map((r) => [r.code, r.params])).toEqual([
      ['warnLabelHiddenChars', ['U+202E', 'nimda-dorp']],
      ['warnDisplayNameHiddenChars', ['U+200B', 'Prod admin']],
    ]);
  });
  it('a profile name with one is shown and saved without it, and a base account\'s name too', () => {
    const result = preview('[profile base\u200b]\naws_account_id = 111122223333\n[profile dev]\nrole_arn = arn:aws:iam::123456789012:role/Dev\nsource_profile = base\u200b\n');
    expect(JSON.stringify(result.result)).not.toContain('\u200b');
    expect(result.result?.entries.map((e) => e.base)).toEqual(['base']);
  });
});

describe('a restored backup with hidden characters', () => {
  it('restores the entries without them, and says which entry', () => {
    const entry = { id: 'e1', label: 'Prod admin', account: '123456789012', roleName: 'Admin', rolePath: '/', partition: 'aws' as const };
    const backup = exportBackup({ ...emptyStore(), entries: [entry, { ...entry, id: 'e2', label: 'pro\u202ed', displayName: '\u2067x\u2069' }] });
    const result = preview(backup);
    expect(result.result?.entries.map((e) => [e.label, e.displayName])).toEqual([['Prod admin', undefined], ['prod', 'x']]);
    expect(result.warnings.map((w) => [w.code, w.params])).toContainEqual(['warnStoredHiddenChars', ['2', 'prod', 'U+202E, U+2067, U+2069']]);
  });
});
