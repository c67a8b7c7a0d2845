// Previews are made asynchronously (the saved list and the portal's memory are read first), so two
// made one after the other (a label rule edited letter by letter) can finish in either order. Only
// the newest request may show its result: an older one finishing last would show a preview of a rule
// the field no longer holds, and "Import" would apply that.

export interface LatestRequest {
  /** Starts a request; the function it returns says whether that request is still the newest. */
  start(): () => boolean;
  /** Makes every request so far stale (the preview was closed, or something else shown). */
  drop(): void;
}

export function latestRequest(): LatestRequest {
  let newest = 0;
  return {
    start() {
      const mine = ++newest;
      return () => mine === newest;
    },
    drop() {
      newest++;
    },
  };
}
