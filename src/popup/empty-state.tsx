import { t } from '../platform/i18n';
import { openOptionsPage } from '../platform/tabs';
import { setQuery, showView, toggleUnreachable } from './popup-store';

interface Props { total: number; query: string; hiddenUnreachable: number; baseName?: string }

/** Never a silent empty list: say why nothing is shown and offer the way out. */
export function EmptyState({ total, query, hiddenUnreachable, baseName }: Props) {
  if (total === 0) {
    return (
      <div class="empty" data-testid="empty-list" role="status">
        <p elementtiming="deck-rows">{t('noProfilesYet')}</p>
        <p>
          <button type="button" onClick={() => showView({ kind: 'form' })}>{t('addFirstProfile')}</button>{' '}
          <button type="button" onClick={() => void openOptionsPage()}>{t('importFromSettings')}</button>
        </p>
      </div>
    );
  }
  if (hiddenUnreachable > 0) {
    return (
      <div class="empty" data-testid="empty-list" role="status">
        <p>{query ? t('emptyOnlyOtherBasesQuery', [String(hiddenUnreachable), baseName ?? '']) : t('emptyOnlyOtherBases', baseName ?? '')}</p>
        <button type="button" onClick={toggleUnreachable}>{t('reachShowOthers', String(hiddenUnreachable))}</button>
      </div>
    );
  }
  return (
    <div class="empty" data-testid="empty-list" role="status">
      <p>{t('emptyNoMatch', query)}</p>
      <button type="button" onClick={() => setQuery('')} aria-keyshortcuts="Escape">{t('clearSearch')}</button>
    </div>
  );
}
