// Importing a team's shared list from an address: only https, only a plain host (no user name or
// password in the address), and the permission asked for is that one origin.

/** The origin to ask permission for, or undefined when the address is not one Switchyard fetches. */
export function importUrlOrigin(text: string): string | undefined {
  const trimmed = text.trim();
  if (!URL.canParse(trimmed)) return undefined;
  const url = new URL(trimmed);
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.hostname === '') return undefined;
  return url.origin;
}

/** The match pattern for one origin, as permissions.request wants it. A port is not part of a
 *  pattern: `https://host:8443` asks for `https://host/*`, which covers every port. */
export function originPattern(origin: string): string {
  return `${new URL(origin).protocol}//${new URL(origin).hostname}/*`;
}
