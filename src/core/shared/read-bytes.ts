/** Every chunk of a byte stream, joined into one array; undefined, with the stream cancelled, as
 *  soon as more than `limit` bytes have come (a server may not say its size up front). */
export async function readAllBytes(reader: ReadableStreamDefaultReader<Uint8Array>, limit = Infinity): Promise<Uint8Array | undefined> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > limit) {
      await reader.cancel();
      return undefined;
    }
    parts.push(value);
  }
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
