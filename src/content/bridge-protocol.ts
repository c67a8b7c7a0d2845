// The page-world probe and the content script talk through DOM events on `document`.
// Only data flows out of the page: the content script parses the reply as untrusted JSON and
// never runs anything in response, so a page that forges a reply can at most mislabel itself.
export const PROBE_REQUEST = 'switchyard:probe-request';
export const PROBE_REPLY = 'switchyard:probe-reply';

/** What the page world can tell us that the DOM cannot: its globals. */
export interface PageData {
  id: string;
  csrf?: string;
  accountInfo?: Record<string, string>;
}
