import { useEffect, useRef, useState } from 'preact/hooks';
import { normaliseRolePath } from '../core/profile/iam-names';
import type { CoreIssue } from '../core/issues/issue';
import type { ProfileDraft } from '../core/profile/profile';
import { PARTITIONS, type Partition } from '../core/console/partition';
import { withRoleFields } from '../core/store/entry';
import type { Entry } from '../core/store/schema';
import { validateProfile } from '../core/profile/validate-profile';
import { t } from '../platform/i18n';
import { issueText } from '../ui/issue-text';
import { ColourPicker } from './colour-picker';
import { deleteWithUndo, save, select, showView, usePopup } from './popup-store';

type TextField = 'label' | 'account' | 'roleName' | 'rolePath' | 'displayName' | 'region';
const TEXT_FIELDS: Array<{ field: TextField; labelKey: string; hintKey?: string }> = [
  { field: 'label', labelKey: 'fieldLabel' },
  { field: 'account', labelKey: 'fieldAccount', hintKey: 'fieldAccountHint' },
  { field: 'roleName', labelKey: 'fieldRoleName', hintKey: 'fieldRoleNameHint' },
  { field: 'rolePath', labelKey: 'fieldRolePath', hintKey: 'fieldRolePathHint' },
  { field: 'displayName', labelKey: 'fieldDisplayName' },
  { field: 'region', labelKey: 'fieldRegion', hintKey: 'fieldRegionHint' },
];

const PARTITION_NAMES: Record<Partition, string> = {
  aws: 'partition_aws',
  'aws-us-gov': 'partition_aws_us_gov',
  'aws-cn': 'partition_aws_cn',
  'aws-eusc': 'partition_aws_eusc',
};

function draftOf(entry?: Entry): ProfileDraft {
  if (!entry) return { partition: 'aws', rolePath: '/' };
  const { label, account, roleName, rolePath, partition, displayName, color, region } = entry;
  return { label, account, roleName, rolePath, partition, displayName: displayName ?? '', color: color ?? '', region: region ?? '' };
}

/** Add, edit or duplicate one entry. Validation runs as the user types (once a field was left,
 *  or after a save attempt), and nothing is stored until every field is valid. */
export function ProfileForm({ editing, duplicateOf }: { editing?: Entry; duplicateOf?: Entry }) {
  const source = editing ?? duplicateOf;
  const [draft, setDraft] = useState<ProfileDraft>(() => draftOf(source));
  const [group, setGroup] = useState(source?.group ?? '');
  const [production, setProduction] = useState(source?.production === true);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const { value, errors, warnings } = validateProfile(draft);
  const { problem } = usePopup();
  const shown = (field: string) => submitted || touched.has(field);
  const errorFor = (field: string): CoreIssue | undefined => (shown(field) ? errors.find((e) => e.field === field) : undefined);
  const warningFor = (field: string): CoreIssue | undefined => (shown(field) ? warnings.find((e) => e.field === field) : undefined);

  const set = (field: keyof ProfileDraft, fieldValue: string) => setDraft({ ...draft, [field]: fieldValue });
  const leave = (field: string) => {
    setTouched(new Set(touched).add(field));
    // A path typed without its slashes is taken as IAM's path: show it so once the field is left.
    if (field === 'rolePath' && draft.rolePath?.trim()) set('rolePath', normaliseRolePath(draft.rolePath.trim()));
  };
  // `autofocus` only works on page load; the form appears later, so focus its first field here.
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLInputElement>('#field-label')?.focus(), []);
  const title = editing ? t('editProfileTitle') : duplicateOf ? t('duplicateProfileTitle') : t('addProfileTitle');

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setSubmitted(true);
    if (!value) {
      document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    // A new entry has no id yet: the store gives it one.
    const saved = withRoleFields(source, value, editing?.id ?? '');
    if (group.trim()) saved.group = group.trim();
    else delete saved.group;
    if (production) saved.production = true;
    else delete saved.production;
    const stored = await save({ kind: 'putEntry', entry: saved });
    // Refused by storage: stay in the form, nothing lost; the reason is shown above the buttons.
    if (!stored) return;
    select(stored.id);
    showView({ kind: 'list' });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    showView({ kind: 'list' });
  };

  return (
    <form ref={form} class="profile-form" onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate aria-label={title}>
      <h1>{title}</h1>
      {TEXT_FIELDS.map(({ field, labelKey, hintKey }) => {
        const error = errorFor(field);
        const warning = warningFor(field);
        const describedBy = [hintKey && `${field}-hint`, error && `${field}-error`, warning && `${field}-warning`].filter(Boolean).join(' ') || undefined;
        return (
          <div class="field" key={field}>
            <label for={`field-${field}`}>{t(labelKey)}</label>
            <input
              id={`field-${field}`}
              name={field}
              value={draft[field] ?? ''}
              spellcheck={false}
              autoComplete="off"
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={describedBy}
              onInput={(e) => set(field, (e.target as HTMLInputElement).value)}
              onBlur={() => leave(field)}
            />
            {hintKey && <small id={`${field}-hint`} class="hint">{t(hintKey)}</small>}
            {error && <small id={`${field}-error`} class="error" data-testid={`error-${field}`}>{issueText(error)}</small>}
            {warning && <small id={`${field}-warning`} class="warning-text">{issueText(warning)}</small>}
          </div>
        );
      })}
      <ColourPicker value={draft.color ?? ''} onChange={(color) => set('color', color)} onBlur={() => leave('color')} error={errorFor('color')} />
      <div class="field">
        <label for="field-partition">{t('fieldPartition')}</label>
        <select id="field-partition" name="partition" value={draft.partition ?? 'aws'} onChange={(e) => set('partition', (e.target as HTMLSelectElement).value)}>
          {PARTITIONS.map((p) => <option key={p} value={p}>{t(PARTITION_NAMES[p])}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="field-group">{t('fieldGroup')}</label>
        <input id="field-group" name="group" value={group} autoComplete="off" onInput={(e) => setGroup((e.target as HTMLInputElement).value)} />
      </div>
      <label class="check">
        <input type="checkbox" name="production" checked={production} onChange={(e) => setProduction((e.target as HTMLInputElement).checked)} />
        {t('fieldProduction')}
      </label>
      {problem && <p class="problem" role="alert" data-testid="save-problem">{issueText(problem)}</p>}
      <div class="actions">
        <button type="submit" class="primary">{t('save')}</button>
        <button type="button" onClick={() => showView({ kind: 'list' })}>{t('cancel')}</button>
        {editing && (
          <button type="button" class="danger" onClick={() => void deleteWithUndo(editing)}>{t('delete')}</button>
        )}
      </div>
    </form>
  );
}
