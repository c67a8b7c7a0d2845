// When something happened, in the user's language: "3 hours ago" (agoText: the popup's usage line),
// or "3 minutes ago" within the hour, else the clock time with the date when it was not today
// (whenText: the refusal note). Intl only: no browser API.

export type WhenText = { kind: 'ago' | 'at'; text: string };

const HOUR = 3_600_000;

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [['day', 86_400], ['hour', 3_600], ['minute', 60]];

/** "3 hours ago": in the largest unit that fits (day, hour, minute, else second); a time still to
 *  come (another device's clock) counts as just now. */
export function agoText(at: number, now: number, locale: string): string {
  const seconds = Math.max(1, Math.round(Math.max(0, now - at) / 1000));
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  for (const [unit, size] of UNITS) if (seconds >= size) return relative.format(-Math.round(seconds / size), unit);
  return relative.format(-seconds, 'second');
}

export function whenText(at: number, now: number, locale: string): WhenText {
  if (now - at < HOUR) return { kind: 'ago', text: agoText(at, now, locale) };
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  const clock = new Intl.DateTimeFormat(locale, sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' });
  return { kind: 'at', text: clock.format(at) };
}
