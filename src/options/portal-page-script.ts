// The two functions Switchyard runs inside the access portal's own page (scripting.executeScript,
// world MAIN), so that the portal's API is asked the way the portal's page asks it
// (/work/notes/portal-api.md §2 and §4): the page's session cookie `x-amz-sso_authn` goes into the
// `x-amz-sso_bearer_token` header of the page's own fetch. The token is read and used here, in the
// page, and nowhere else: these functions return only each answer's status and (bounded) text, and
// never the cookie, the header or anything derived from them (portal-page-script.test.ts checks).
//
// Both are serialised into the page: self-contained, no imports, no closure, plain data out.

/** One answer as the page got it: the HTTP status (0: no answer; -1: the tab is not on the portal
 *  any more, or the address was refused) and the body, null when not read (not 200, or too big). */
export interface PageAnswer { status: number; text: string | null }

/** What the portal page says of itself: where it is, and its settings element (for the region). */
export interface PageFacts { origin: string; envText: string | null; metaRegion: string | null }

/** Runs in the portal page. */
export function readPortalPage(): PageFacts {
  return {
    origin: location.origin,
    envText: document.getElementById('env')?.textContent ?? null,
    metaRegion: document.querySelector('meta[name="region"]')?.getAttribute('content') ?? null,
  };
}

/**
 * Runs in the portal page: fetches `urls` (all at once: the caller sends a few at a time) with
 * the page's session, and returns their answers in order. Refuses to run on any origin but
 * `portalOrigin` (a tab that went to a sign-in page) and to fetch anything off `apiBase`.
 */
export async function fetchAsPortalPage(portalOrigin: string, apiBase: string, urls: string[], maxBytes: number): Promise<PageAnswer[]> {
  const refused = (): PageAnswer => ({ status: -1, text: null });
  if (location.origin !== portalOrigin) return urls.map(refused);
  const name = 'x-amz-sso_authn=';
  const pair = document.cookie.split(';').map((part) => part.trim()).find((part) => part.startsWith(name));
  const token = pair?.slice(name.length) ?? '';
  // No session: answer as the API would, without sending anything.
  if (token === '') return urls.map((): PageAnswer => ({ status: 401, text: null }));
  const one = async (url: string): Promise<PageAnswer> => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return refused();
    }
    if (target.origin !== apiBase || target.username !== '' || target.password !== '') return refused();
    try {
      const response = await fetch(target.href, {
        headers: { 'x-amz-sso_bearer_token': token },
        // The token is the header; no cookie of the page goes to the API host, and a redirect
        // (somewhere else) is not followed.
        credentials: 'omit', cache: 'no-store', redirect: 'error',
        // An answer that never comes (or never ends) must not hold the read, its permission and
        // its tab forever: after 30 s it counts as the portal not answering. (A literal: this
        // function runs in the page, apart from this module.)
        signal: AbortSignal.timeout(30_000),
      });
      if (response.status !== 200) return { status: response.status, text: null };
      if (Number(response.headers.get('content-length') ?? 0) > maxBytes) return { status: 200, text: null };
      if (!response.body) {
        const text = await response.text();
        return { status: 200, text: text.length > maxBytes ? null : text };
      }
      const reader = response.body.getReader();
      const chunks: Uint8Array[] = [];
      let size = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > maxBytes) {
          await reader.cancel().catch(() => undefined);
          return { status: 200, text: null };
        }
        chunks.push(value);
      }
      const bytes = new Uint8Array(size);
      let at = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, at);
        at += chunk.byteLength;
      }
      return { status: 200, text: new TextDecoder().decode(bytes) };
    } catch {
      return { status: 0, text: null };
    }
  };
  return Promise.all(urls.map(one));
}
