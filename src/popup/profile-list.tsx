import { useState } from 'preact/hooks';
import { matchesIdentity, type Identity } from '../core/identity';
import type { Profile } from '../core/profile';
import { t } from '../platform/i18n';
import { showView, switchTo } from './store';

interface Props { profiles: Profile[]; identity?: Identity; switching?: string }

/** The saved entries as a listbox: ↑/↓ move, Enter switches (Ctrl/Cmd+Enter in a new tab), F2 edits. */
export function ProfileList({ profiles, identity, switching }: Props) {
  const [active, setActive] = useState(0);
  if (profiles.length === 0) return <p class="empty" data-testid="empty-list">{t('noProfilesYet')}</p>;
  const current = Math.min(active, profiles.length - 1);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive(Math.min(current + 1, profiles.length - 1));
    else if (event.key === 'ArrowUp') setActive(Math.max(current - 1, 0));
    else if (event.key === 'Enter') void switchTo(profiles[current]!, event.ctrlKey || event.metaKey);
    else if (event.key === 'F2') showView({ kind: 'form', editing: profiles[current] });
    else return;
    event.preventDefault();
  };

  return (
    <ul
      class="profiles"
      role="listbox"
      tabIndex={0}
      aria-label={t('profilesLabel')}
      aria-activedescendant={`profile-${profiles[current]!.id}`}
      onKeyDown={onKeyDown}
      autoFocus
    >
      {profiles.map((profile, index) => {
        const isActive = identity !== undefined && matchesIdentity(profile, identity);
        return (
          <li
            key={profile.id}
            id={`profile-${profile.id}`}
            role="option"
            aria-selected={index === current}
            class={`profile${index === current ? ' selected' : ''}${isActive ? ' active' : ''}`}
            onClick={() => void switchTo(profile)}
            onMouseMove={() => setActive(index)}
          >
            <span class="swatch" style={{ background: profile.color ? `#${profile.color}` : 'transparent' }} aria-hidden="true" />
            <span class="profile-text">
              <span class="profile-label">{profile.label}</span>
              <span class="profile-detail">
                {profile.account} · {profile.rolePath === '/' ? '' : profile.rolePath.slice(1)}{profile.roleName}
                {profile.region ? ` · ${profile.region}` : ''}
              </span>
            </span>
            {isActive && <span class="tag">{t('activeNow')}</span>}
            {switching === profile.id && <span class="tag">{t('switching')}</span>}
            <button
              type="button"
              class="edit"
              tabIndex={-1}
              aria-label={t('editProfile', profile.label)}
              onClick={(event) => { event.stopPropagation(); showView({ kind: 'form', editing: profile }); }}
            >
              {t('edit')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
