// Address-bar suggestions for the `aws` keyword, from the popup's own ranking. Chrome reads a
// suggestion's description as XML (<match>, <dim>); Firefox shows it as plain text. User text is
// escaped for XML, so a label can never add markup of its own.
import { maskAccountId } from '../badge/mask';
import { roleNameForSwitch } from '../profile/profile';
import type { RankedEntry } from '../search/rank';
import type { Entry } from '../store/schema';

export interface OmniboxSuggestion {
  /** What the address bar shows when the suggestion is selected, and what Enter hands back. */
  content: string;
  description: string;
}

export interface OmniboxOptions {
  /** Chrome: XML description. Firefox: plain text. */
  markup: boolean;
  hideAccountIds: boolean;
  limit: number;
}

type Range = [start: number, end: number];

// XML 1.0 has no place for most control characters; a label has no use for them either.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
  return text.replace(CONTROL, '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `text` with the ranked ranges wrapped in <match>, everything escaped. */
function marked(text: string, ranges: readonly Range[] | undefined): string {
  let out = '';
  let at = 0;
  const sorted = [...(ranges ?? [])].sort((x, y) => x[0] - y[0]);
  for (const [start, end] of sorted) {
    if (start < at || end <= start || end > text.length) continue;
    out += `${escapeXml(text.slice(at, start))}<match>${escapeXml(text.slice(start, end))}</match>`;
    at = end;
  }
  return out + escapeXml(text.slice(at));
}

const shownAccount = (entry: Entry, hide: boolean) => (hide ? maskAccountId(entry.account) : entry.account);

/** One line of plain text per entry, unique across the list (the address bar needs that to tell
 *  which suggestion was picked): label · role @ account, numbered when two read the same. */
export function omniboxContents(entries: readonly Entry[], hideAccountIds: boolean): Map<string, string> {
  const contents = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const entry of entries) {
    const base = `${entry.label} · ${roleNameForSwitch(entry)} @ ${shownAccount(entry, hideAccountIds)}`.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    contents.set(entry.id, count === 1 ? base : `${base} (${count})`);
  }
  return contents;
}

export function omniboxSuggestions(ranked: readonly RankedEntry[], contents: ReadonlyMap<string, string>, options: OmniboxOptions): OmniboxSuggestion[] {
  return ranked.slice(0, options.limit).flatMap(({ entry, highlights }) => {
    const content = contents.get(entry.id);
    if (content === undefined) return [];
    const role = roleNameForSwitch(entry);
    const account = shownAccount(entry, options.hideAccountIds);
    if (!options.markup) return [{ content, description: `${entry.label} — ${role} @ ${account}` }];
    // A masked id no longer has the characters the ranges point at.
    const accountRanges = options.hideAccountIds && account !== entry.account ? undefined : (highlights.account ?? highlights.alias);
    const description = `${marked(entry.label, highlights.label)} <dim>— ${marked(role, highlights.roleName)} @ ${marked(account, accountRanges)}</dim>`;
    return [{ content, description }];
  });
}

/** The entry Enter means: the suggestion picked (its exact content), else the best match of the
 *  text typed. */
export function entryForInput(text: string, entries: readonly Entry[], contents: ReadonlyMap<string, string>, ranked: readonly RankedEntry[]): Entry | undefined {
  const typed = text.trim();
  const picked = entries.find((entry) => contents.get(entry.id) === typed);
  return picked ?? (typed === '' ? undefined : ranked[0]?.entry);
}
