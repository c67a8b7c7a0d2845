import type { ComponentChildren } from 'preact';
import { portalShortcutUrl } from '../core/profile/identity-center';
import { agoText } from '../core/shared/relative-time';
import { duplicateDraft } from '../core/deck/entry-ops';
import type { Entry, Usage } from '../core/store/schema';
import { switchPageUrl } from '../core/switch/switch-page';
import { t, uiLanguage } from '../platform/i18n';
import { confirmSignIn, deleteWithUndo, moveFavouriteOf, notify, showView, toggleFavouriteOf } from './popup-store';

interface Props {
  entry: Entry;
  favourite: boolean;
  usage?: Usage;
  /** The entry is signed in: offer to sign it in again (Shift+Enter), after a confirmation. */
  signedIn?: boolean;
  /** Lines about the switch (which session it comes from), under the usage. */
  children?: ComponentChildren;
}

/** What can be done with the selected entry. Reached with Tab from the search box; the common
 *  actions also have keys (F2 edit, Shift+Delete delete, Alt+↑/↓ move a favourite). */
export function ActionBar({ entry, favourite, usage, signedIn, children }: Props) {
  const portal = portalShortcutUrl(entry);
  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      notify({ text: done });
    } catch {
      notify({ text: t('copyFailed') });
    }
  };
  return (
    <div class="actions-bar" role="group" aria-label={t('actionsFor', entry.label)} data-testid="actions">
      <p class="usage muted">{usageText(usage)}</p>
      {children}
      <div class="buttons">
        {signedIn && (
          <button type="button" aria-keyshortcuts="Shift+Enter" onClick={() => confirmSignIn(entry.id)}>{t('signInAgainAction')}</button>
        )}
        <button type="button" aria-pressed={favourite} onClick={() => void toggleFavouriteOf(entry)}>
          {favourite ? t('unfavourite') : t('favouriteAction')}
        </button>
        {favourite && (
          <>
            <button type="button" aria-label={t('moveUp')} aria-keyshortcuts="Alt+ArrowUp" onClick={() => void moveFavouriteOf(entry, -1)}>↑</button>
            <button type="button" aria-label={t('moveDown')} aria-keyshortcuts="Alt+ArrowDown" onClick={() => void moveFavouriteOf(entry, 1)}>↓</button>
          </>
        )}
        {!entry.managed && (
          <button type="button" aria-keyshortcuts="F2" onClick={() => showView({ kind: 'form', editing: entry })}>{t('edit')}</button>
        )}
        <button type="button" onClick={() => showView({ kind: 'form', duplicateOf: duplicateDraft(entry, (label) => t('copyOf', label)) })}>
          {t('duplicate')}
        </button>
        {portal && <button type="button" onClick={() => void copy(portal, t('copiedPortalLink'))}>{t('copyPortalLink')}</button>}
        {/* An Identity Center entry names a permission set, not a role the switch page can reach. */}
        {!entry.sso && (
          <button type="button" onClick={() => void copy(switchPageUrl(entry), t('copiedSwitchLink'))}>{t('copySwitchLink')}</button>
        )}
        {!entry.managed && (
          <button type="button" class="danger" aria-keyshortcuts="Shift+Delete" onClick={() => void deleteWithUndo(entry)}>{t('delete')}</button>
        )}
      </div>
    </div>
  );
}

/** "Used 12 times · last 3 hours ago", in the user's language and number format. */
function usageText(usage: Usage | undefined): string {
  if (!usage) return t('neverUsed');
  const language = uiLanguage();
  const count = new Intl.NumberFormat(language).format(usage.count);
  return t('usedTimes', [count, agoText(usage.lastUsed, Date.now(), language)]);
}
