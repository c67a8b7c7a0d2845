import { maskAccountId } from '../core/badge/mask';
import type { Highlights, RankedEntry } from '../core/search/default-order';
import type { Session } from '../core/sessions/session-list';
import type { Entry } from '../core/store/schema';
import { t } from '../platform/i18n';
import { Highlighted } from './highlighted';
import { SessionMark } from './session-mark';

interface Props {
  ranked: RankedEntry;
  query: string;
  highlight?: (entry: Entry, query: string) => Highlights;
  selected: boolean;
  active: boolean;
  favourite: boolean;
  reachable: boolean;
  hideAccountIds: boolean;
  /** The entry's signed-in session, and the time to say "seen … ago" from. */
  signedIn?: { session: Session; now: number };
  top: number;
  /** newTab: Ctrl/⌘; signInAgain: Shift (asks first when the entry is signed in). */
  onPick: (newTab: boolean, signInAgain: boolean) => void;
  onHover: () => void;
}

/** One option of the list: colour, label, account, role and what is special about it. */
export function EntryRow({ ranked, query, highlight, selected, active, favourite, reachable, hideAccountIds, signedIn, top, onPick, onHover }: Props) {
  const { entry } = ranked;
  // Rows from the cheap order of a very broad query get their highlights when drawn.
  const highlights = query && highlight && Object.keys(ranked.highlights).length === 0 ? highlight(entry, query) : ranked.highlights;
  const isAccountId = /^\d{12}$/.test(entry.account);
  const account = hideAccountIds ? maskAccountId(entry.account) : entry.account;
  const role = entry.rolePath === '/' ? entry.roleName : `${entry.rolePath.slice(1)}${entry.roleName}`;
  return (
    <li
      id={`entry-${entry.id}`}
      role="option"
      aria-selected={selected}
      aria-disabled={reachable ? undefined : 'true'}
      class={`entry${selected ? ' selected' : ''}${active ? ' active' : ''}${reachable ? '' : ' unreachable'}`}
      style={{ top: `${top}px` }}
      onClick={(event) => onPick(event.ctrlKey || event.metaKey, event.shiftKey)}
      onMouseMove={onHover}
      // Shift+click asks to sign in again: it should not select the list's text on the way.
      onMouseDown={(event) => event.shiftKey && event.preventDefault()}
    >
      <span class="swatch" style={{ background: entry.color ? `#${entry.color}` : 'transparent' }} aria-hidden="true" />
      <span class="entry-text">
        {/* elementtiming: the benchmark reads when the first rows were painted (Element Timing API,
            which attributes text to its block-level container: this span, a flex item). */}
        <span class="entry-label" elementtiming="deck-rows">
          {favourite && <span class="star" aria-label={t('favourite')}>★ </span>}
          <span class="name"><Highlighted text={entry.label} ranges={highlights.label} /></span>
        </span>
        <span class="entry-detail">
          {hideAccountIds && isAccountId ? account : <Highlighted text={account} ranges={isAccountId ? highlights.account : highlights.alias} />}
          {' · '}
          <Highlighted text={role} ranges={highlights.roleName} />
          {entry.region ? ` · ${entry.region}` : ''}
        </span>
      </span>
      {signedIn && <SessionMark session={signedIn.session} now={signedIn.now} />}
      {active && <span class="tag accent">{t('activeNow')}</span>}
      {entry.sso && <span class="tag">{t('tagIdentityCenter')}</span>}
      {entry.consoleSwitchable === false && <span class="tag warning">{t('tagApiOnly')}</span>}
      {entry.managed && <span class="tag">{t('tagManaged')}</span>}
      {!reachable && <span class="tag">{t('tagOtherBase')}</span>}
    </li>
  );
}
