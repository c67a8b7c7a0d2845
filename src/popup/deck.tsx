import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { baseSectionTitles, baseTitle } from '../core/profile/base-title';
import type { Entry } from '../core/store/schema';
import { loginIdentity, matchingBase } from '../core/deck/reach';
import { pickAction, type PickKeys } from '../core/deck/pick';
import { buildRows, type Row } from '../core/deck/rows';
import { keptSelection, movedSelection, selectedRowOf } from '../core/deck/selection';
import { hasSignedInSection } from '../core/sessions/session-view';
import { matchesIdentity } from '../core/console/match-identity';
import { defaultOrder, type RankContext } from '../core/search/default-order';
import { t } from '../platform/i18n';
import { ActionBar } from './action-bar';
import { BASE_SESSION_ROW_ID } from './base-session-row';
import { DeckList, LIST_ID } from './deck-list';
import { EmptyState } from './empty-state';
import {
  confirmSignIn, deleteWithUndo, focusSession, moveFavouriteOf, notify, select, setQuery, showView, switchTo, toggleGroup, toggleUnreachable, usePopup,
} from './popup-store';
import { useSessionsView } from './sessions-view';
import { SignInAgain } from './sign-in-again';
import { originOf, SessionLimit, SwitchOriginLine } from './switch-origin-line';

type SearchEngine = typeof import('../core/search/rank');

// The search module, asked for as soon as this script runs (after the first rows are drawn), not
// when the popup is idle: a user who types at once keeps the popup from ever being idle, and the
// search waited for the typing to stop (issue 18 saw 523 ms after the last key in one run of 87).
let loaded: SearchEngine | undefined;
const loading = import('../core/search/rank').then((engine) => (loaded = engine));

/** The search module, with the search data built for `entries` ahead of the first keystroke. */
function useSearchEngine(entries: readonly Entry[], context: RankContext): SearchEngine | undefined {
  const [engine, setEngine] = useState<SearchEngine | undefined>(loaded);
  useEffect(() => {
    if (!engine) void loading.then(setEngine);
  }, []);
  // During the render that brings a new list (or the engine), not in an effect after it: a key
  // pressed in between would otherwise pay for building the search data.
  useMemo(() => engine?.warmUp(entries, context), [engine, entries, context]);
  return engine;
}

/** The role deck: search box, the ranked list, the selected entry's actions. */
export function Deck() {
  const { data, entries, preview, previewCounts, query, selectedId, tab, showUnreachable, notice, sessions, confirmingSignIn, refusedAtLimit } = usePopup();
  const sessionsView = useSessionsView();
  const identity = tab?.kind === 'console' ? tab.console.reading.identity : undefined;
  const baseUser = tab?.kind === 'console' ? tab.console.baseUser : undefined;
  const base = useMemo(() => matchingBase(data.bases, loginIdentity(identity, baseUser)), [data.bases, identity, baseUser]);
  const context = useMemo(() => ({ favourites: data.favourites, usage: data.usage }), [data.favourites, data.usage]);
  // The search engine and the whole list arrive after the first rows are drawn; until both are
  // there (a few ms), a query shows nothing rather than a wrong list, and Enter waits for them.
  const engine = useSearchEngine(entries, context);
  const searchReady = engine !== undefined && !preview;
  const searching = query.trim() !== '' && !searchReady;
  const ordered = useMemo(() => defaultOrder(entries, context, { inOrder: !preview }), [entries, context, preview]);
  const ranked = useMemo(
    () => (query.trim() === '' ? ordered : engine && !preview ? engine.rankEntries(query, entries, context) : []),
    [query, ordered, entries, context, engine, preview],
  );
  const collapsed = useMemo(
    () => new Set(query ? [] : Object.entries(data.groups).filter(([, g]) => g.collapsed).map(([name]) => name)),
    [data.groups, query],
  );
  const unreachable = showUnreachable ? 'grey' : data.settings.unreachable;
  // The empty search starts with what is signed in now (moved there, not repeated).
  const signedIn = useMemo(
    () => (query.trim() === '' && hasSignedInSection(sessionsView) ? { ids: sessionsView.sectionIds, base: sessionsView.base } : undefined),
    [query, sessionsView],
  );
  // The first screen's headers say the whole list's counts: nothing changes when it arrives.
  const counts = preview && query.trim() === '' ? previewCounts : undefined;
  const { rows, selectable, hiddenUnreachable } = useMemo(
    () => buildRows(ranked, { collapsed, base, unreachable, signedIn, counts }),
    [ranked, collapsed, base, unreachable, signedIn, counts],
  );
  const favourites = useMemo(() => new Set(data.favourites), [data.favourites]);
  const sectionTitles = useMemo(() => baseSectionTitles(data.bases), [data.bases]);
  const activeId = useMemo(() => (identity ? entries.find((e) => matchesIdentity(e, identity))?.id : undefined), [entries, identity]);

  // The first match is always selected; a selection that left the list falls back to it. When the
  // sessions answer re-arranges the list (it comes after the first rows), the row the user saw
  // selected stays selected, and stays where it was on screen if they had moved over the list or
  // scrolled it: Enter and a click act on what is shown.
  const shown = useRef<{ sessions?: typeof sessions; key?: string }>({});
  const rearranged = shown.current.sessions !== sessions;
  const kept = selectedId === undefined && rearranged ? keptSelection(shown.current.key, rows) : undefined;
  const selectedRow = selectedRowOf(rows, selectable, selectedId ?? kept);
  const selectedKey = rows[selectedRow]?.key;
  const hold = rearranged && selectedKey !== undefined && shown.current.key !== undefined ? { key: selectedKey, always: selectedId !== undefined } : undefined;
  useLayoutEffect(() => {
    shown.current = { sessions, key: selectedKey };
    if (kept !== undefined) select(kept);
  });
  const selectedRowData = rows[selectedRow];
  const selected = selectedRowData?.kind === 'entry' ? selectedRowData.ranked.entry : undefined;
  const selectedBase = selectedRowData?.kind === 'base-session' ? selectedRowData.session : undefined;
  const origin = useMemo(() => originOf(selected, sessionsView, entries, data.bases), [selected, sessionsView, entries, data.bases]);
  const confirming = confirmingSignIn === undefined ? undefined : entries.find((e) => e.id === confirmingSignIn);
  const confirmingSession = confirming && sessionsView.signedIn.get(confirming.id);

  /** Enter or a click on a row (core/deck/pick.ts decides what it does). */
  const pick = (row: Row | undefined, keys: PickKeys) => {
    const action = pickAction(row, keys, sessionsView);
    if (action?.kind === 'focus') void focusSession(action.key);
    else if (action?.kind === 'confirm') confirmSignIn(action.id);
    else if (action?.kind === 'switch') {
      const entry = entries.find((e) => e.id === action.id);
      if (entry) void switchTo(entry, action.newTab, action.signInAgain);
    }
  };

  // Enter pressed on a query typed faster than the search could load: the switch goes to the
  // first match once there is one (keyboard users type and press Enter at once).
  const [pendingPick, setPendingPick] = useState<PickKeys>();
  useEffect(() => {
    if (!pendingPick || searching) return;
    setPendingPick(undefined);
    pick(selectedRowData, pendingPick);
  }, [pendingPick, searching, selectedRowData]);

  // The search box has the focus whenever the deck is shown (also back from the form).
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => search.current?.focus(), []);
  // The sign-in question closed (answered, cancelled, or the switch came back refused) with the
  // focus on a button that is gone: back to the search box, where the keys work.
  const asking = confirming !== undefined;
  useEffect(() => {
    if (!asking && document.activeElement === document.body) search.current?.focus();
  }, [asking]);


  const move = (steps: number) => {
    const key = movedSelection(rows, selectable, selectedRow, steps);
    if (key !== undefined) select(key);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const input = event.target as HTMLInputElement;
    const ctrl = event.ctrlKey || event.metaKey;
    const atEnd = input.selectionStart === input.value.length && input.selectionEnd === input.value.length;
    if (event.key === 'ArrowDown' && event.altKey) { if (selected) void moveFavouriteOf(selected, 1); }
    else if (event.key === 'ArrowUp' && event.altKey) { if (selected) void moveFavouriteOf(selected, -1); }
    else if (event.key === 'ArrowDown' || (event.ctrlKey && event.key === 'n')) move(1);
    else if (event.key === 'ArrowUp' || (event.ctrlKey && event.key === 'p')) move(-1);
    else if (event.key === 'PageDown') move(7);
    else if (event.key === 'PageUp') move(-7);
    // One press, one action: a held Enter's auto-repeats would switch again (or, held with Shift,
    // land in the sign-in question that the first press opened).
    else if (event.key === 'Enter' && event.repeat) { /* ignored */ }
    else if (event.key === 'Enter') {
      if (searching) setPendingPick({ newTab: ctrl, signInAgain: event.shiftKey });
      else pick(selectedRowData, { newTab: ctrl, signInAgain: event.shiftKey });
    }
    else if (event.key === 'Escape') {
      setPendingPick(undefined);
      if (query) setQuery('');
      else window.close();
    }
    else if (event.key === 'F2') { if (selected && !selected.managed) showView({ kind: 'form', editing: selected }); }
    else if (event.key === 'Delete' && event.shiftKey && atEnd) { if (selected && !selected.managed) void deleteWithUndo(selected); }
    else if (ctrl && event.key.toLowerCase() === 'z' && notice?.undo) void notice.undo();
    else return;
    event.preventDefault();
  };

  return (
    <>
      <div class="search">
        <input
          type="search"
          role="combobox"
          list={undefined}
          aria-label={t('searchLabel')}
          aria-expanded="true"
          aria-controls={LIST_ID}
          aria-autocomplete="list"
          aria-activedescendant={selected ? `entry-${selected.id}` : selectedBase ? BASE_SESSION_ROW_ID : undefined}
          placeholder={t('searchPlaceholder')}
          ref={search}
          value={query}
          spellcheck={false}
          autoComplete="off"
          onInput={(e) => {
            // Typing on after Enter: that Enter was for the earlier query.
            setPendingPick(undefined);
            setQuery((e.target as HTMLInputElement).value);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      {base && (hiddenUnreachable > 0 || showUnreachable) && (
        <p class="reach muted">
          {t('reachFromBase', baseTitle(base))}{' '}
          <button type="button" class="link" aria-pressed={showUnreachable} onClick={toggleUnreachable}>
            {showUnreachable ? t('reachHideOthers') : t('reachShowOthers', String(hiddenUnreachable))}
          </button>
        </p>
      )}
      {rows.length > 0 || searching ? (
        <DeckList
          rows={rows}
          selectedRow={selectedRow}
          hold={hold}
          query={query}
          highlight={engine?.highlightsFor}
          activeId={activeId}
          favourites={favourites}
          hideAccountIds={data.settings.hideAccountIds}
          signedIn={sessionsView.signedIn}
          now={sessionsView.now}
          onSelectRow={(row) => select(rows[row]!.key)}
          onPick={(row, newTab, signInAgain) => pick(rows[row], { newTab, signInAgain })}
          onToggleGroup={(name) => void toggleGroup(name)}
          sectionTitles={sectionTitles}
        />
      ) : (
        <EmptyState total={entries.length} query={query} hiddenUnreachable={hiddenUnreachable} baseName={base && baseTitle(base)} />
      )}
      {/* Refused at the limit, the problem above says it (with its own "Switch anyway"). */}
      {!refusedAtLimit && (
        <SessionLimit origin={origin} view={sessionsView} entries={entries} onSwitchAnyway={selected && (() => void switchTo(selected, false, undefined, true))} />
      )}
      {confirming && confirmingSession ? (
        <SignInAgain
          entry={confirming}
          session={confirmingSession}
          titles={sessions?.titles}
          onConfirm={() => void switchTo(confirming, false, confirmingSession?.key)}
          onCancel={() => {
            confirmSignIn(undefined);
            search.current?.focus();
          }}
        />
      ) : selected ? (
        <ActionBar entry={selected} favourite={favourites.has(selected.id)} usage={data.usage[selected.id]} signedIn={sessionsView.sectionIds.has(selected.id)}>
          {origin && <SwitchOriginLine origin={origin} entry={selected} entries={entries} bases={data.bases} />}
        </ActionBar>
      ) : selectedBase ? (
        <div class="actions-bar" data-testid="actions">
          <p class="origin muted" data-testid="switch-origin">{t('baseSessionHint')}</p>
        </div>
      ) : null}
      {notice && (
        <p class="notice" role="status" data-testid="notice">
          {notice.text}{' '}
          {notice.undo && (
            <button type="button" onClick={() => void notice.undo!()} aria-keyshortcuts="Control+Z">{t('undo')}</button>
          )}
          <button type="button" class="link" aria-label={t('dismiss')} onClick={() => notify(undefined)}>×</button>
        </p>
      )}
    </>
  );
}
