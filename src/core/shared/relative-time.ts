// When something happened, in the user's language: "3 minutes ago" within the hour, else the
// clock time (with the date when it was not today). Intl only: no browser API.

export type WhenText = { kind: 'ago' | 'at'; text: string };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function whenText(at: number, now: number, locale: string): WhenText {
  const elapsed = Math.max(0, now - at);
  if (elapsed < HOUR) {
    const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
    const text = elapsed < MINUTE
      ? relative.format(-Math.max(1, Math.round(elapsed / 1000)), 'second')
      : relative.format(-Math.round(elapsed / MINUTE), 'minute');
    return { kind: 'ago', text };
  }
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  const clock = new Intl.DateTimeFormat(locale, sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' });
  return { kind: 'at', text: clock.format(at) };
}
