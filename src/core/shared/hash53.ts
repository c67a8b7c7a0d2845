// core/shared: small helpers that belong to no one domain: a string hash (this file), reading a
// JSON text (json-text.ts), a byte stream with a size cap (read-bytes.ts), "3 minutes ago"
// (relative-time.ts).
/** cyrb53: a small, well-spread 53-bit string hash. Not cryptographic. Another `seed` gives an
 *  independent hash of the same text. */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
