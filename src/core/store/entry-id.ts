// Entry ids are short on purpose: a synced list has about 80 KB for everything, and a UUID is 16
// incompressible bytes (80 KB for 5,000 entries on its own). ENTRY_ID_LENGTH characters of base 32
// are random bits enough for one person's list; the store still gives a colliding newcomer a fresh
// id (see stamp.ts), so a collision can never merge two entries.
export const ENTRY_ID_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
export const ENTRY_ID_LENGTH = 7;

/** An id from `random` (a source of numbers in [0, 1)). */
export function makeEntryId(random: () => number): string {
  let id = '';
  for (let i = 0; i < ENTRY_ID_LENGTH; i++) id += ENTRY_ID_ALPHABET[Math.floor(random() * 32)];
  return id;
}
