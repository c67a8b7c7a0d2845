import { useState } from 'preact/hooks';
import type { CoreIssue } from '../core/issue';
import type { Profile, ProfileDraft } from '../core/profile';
import { PARTITIONS, type Partition } from '../core/partition';
import { validateProfile } from '../core/validate-profile';
import { t } from '../platform/i18n';
import { withRoleFields } from '../core/store/entry';
import { newEntryId, updateStore } from '../platform/store';
import { issueText } from '../ui/issue-text';
import { deleteWithUndo, showView } from './store';

type Field = 'label' | 'account' | 'roleName' | 'rolePath' | 'partition' | 'displayName' | 'color' | 'region';
const TEXT_FIELDS: Array<{ field: Exclude<Field, 'partition'>; labelKey: string; hintKey?: string }> = [
  { field: 'label', labelKey: 'fieldLabel' },
  { field: 'account', labelKey: 'fieldAccount', hintKey: 'fieldAccountHint' },
  { field: 'roleName', labelKey: 'fieldRoleName', hintKey: 'fieldRoleNameHint' },
  { field: 'rolePath', labelKey: 'fieldRolePath', hintKey: 'fieldRolePathHint' },
  { field: 'displayName', labelKey: 'fieldDisplayName' },
  { field: 'color', labelKey: 'fieldColor', hintKey: 'fieldColorHint' },
  { field: 'region', labelKey: 'fieldRegion', hintKey: 'fieldRegionHint' },
];

const PARTITION_NAMES: Record<Partition, string> = {
  aws: 'partition_aws',
  'aws-us-gov': 'partition_aws_us_gov',
  'aws-cn': 'partition_aws_cn',
  'aws-eusc': 'partition_aws_eusc',
};

function draftOf(profile?: Profile): ProfileDraft {
  if (!profile) return { partition: 'aws', rolePath: '/' };
  const { id: _id, ...fields } = profile;
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v ?? ''])) as ProfileDraft;
}

/** Add or edit one entry. Validation runs as the user types (after the first save attempt, or
 *  once a field was left) and nothing is stored until every field is valid. */
export function ProfileForm({ editing }: { editing?: Profile }) {
  const [draft, setDraft] = useState<ProfileDraft>(() => draftOf(editing));
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const { value, errors } = validateProfile(draft);
  const errorFor = (field: string): CoreIssue | undefined =>
    submitted || touched.has(field) ? errors.find((e) => e.field === field) : undefined;

  const set = (field: Field, fieldValue: string) => setDraft({ ...draft, [field]: fieldValue });
  const leave = (field: Field) => setTouched(new Set(touched).add(field));

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setSubmitted(true);
    if (!value) return;
    const saved = withRoleFields(editing, value, editing?.id ?? newEntryId());
    await updateStore((data) => {
      const index = data.entries.findIndex((entry) => entry.id === saved.id);
      if (index === -1) data.entries.push(saved);
      else data.entries[index] = saved;
    });
    showView({ kind: 'list' });
  };

  return (
    <form class="profile-form" onSubmit={onSubmit} noValidate aria-label={editing ? t('editProfileTitle') : t('addProfileTitle')}>
      <h1>{editing ? t('editProfileTitle') : t('addProfileTitle')}</h1>
      {TEXT_FIELDS.map(({ field, labelKey, hintKey }) => {
        const error = errorFor(field);
        const describedBy = [hintKey && `${field}-hint`, error && `${field}-error`].filter(Boolean).join(' ') || undefined;
        return (
          <div class="field" key={field}>
            <label for={`field-${field}`}>{t(labelKey)}</label>
            <input
              id={`field-${field}`}
              name={field}
              value={draft[field] ?? ''}
              autoFocus={field === 'label'}
              spellcheck={false}
              autoComplete="off"
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={describedBy}
              onInput={(e) => set(field, (e.target as HTMLInputElement).value)}
              onBlur={() => leave(field)}
            />
            {hintKey && <small id={`${field}-hint`} class="hint">{t(hintKey)}</small>}
            {error && <small id={`${field}-error`} class="error" data-testid={`error-${field}`}>{issueText(error)}</small>}
          </div>
        );
      })}
      <div class="field">
        <label for="field-partition">{t('fieldPartition')}</label>
        <select id="field-partition" name="partition" value={draft.partition ?? 'aws'} onChange={(e) => set('partition', (e.target as HTMLSelectElement).value)}>
          {PARTITIONS.map((p) => <option key={p} value={p}>{t(PARTITION_NAMES[p])}</option>)}
        </select>
      </div>
      <div class="actions">
        <button type="submit" class="primary">{t('save')}</button>
        <button type="button" onClick={() => showView({ kind: 'list' })}>{t('cancel')}</button>
        {editing && (
          <button type="button" class="danger" onClick={() => void deleteWithUndo(editing)}>
            {t('delete')}
          </button>
        )}
      </div>
    </form>
  );
}
