// The CSRF token of each recent read of the page, by read id. A switch is decided from one read
// (readConsole) and posted with that read's token (postSwitchForm), whatever other reads (the
// popup's, diagnostics') came between. The ids go to the background; the tokens never leave the page.

const KEPT = 4;
const tokens = new Map<number, string | undefined>();
let last = 0;

/** Keeps a read's token and returns the read's id; only the last few reads are kept. */
export function keepToken(token: string | undefined): number {
  tokens.set(++last, token);
  tokens.delete(last - KEPT);
  return last;
}

/** The token of read `id`, forgotten as it is taken (a post uses it once); undefined when that
 *  read is no longer kept, or found none. */
export function takeToken(id: number): string | undefined {
  const token = tokens.get(id);
  tokens.delete(id);
  return token;
}
