// core/store/packing: how the saved list is packed to fit storage.sync. Start here (encodeStore,
// decodeStore); compact-codec.ts is the column encoding (entry-fields.ts what its layouts share,
// codec-columns.ts and label-columns.ts its column kinds, compact-codec-v1.ts the reader of the
// layout before #18), bytes.ts its byte streams, deflate.ts and crc32.ts compress and check, text91.ts turns bytes into quota-safe text,
// sync-layout.ts plans the chunks in storage.sync and sync-io.ts reads and writes them.
//
// A whole store as one compact text, and back: compact columns (compact-codec.ts), each column
// deflated on its own (or kept as is when deflate would not shrink it: random ids), packed
// together, checked with CRC-32 and written in the quota-safe text alphabet (text91.ts).
// encodeStore and decodeStore are what the benchmark times.
import { ByteReader, ByteWriter } from './bytes';
import { CodecError, decodeCompact, encodeCompact, NewerLayoutError, type CodecInput } from './compact-codec';
import { crc32 } from './crc32';
import { deflateRaw, inflateRaw } from './deflate';
import { syncedPart } from '../merge-copies';
import type { StoreData } from '../schema';
import { bytesToText91, text91ToBytes } from './text91';

export interface PackedStore {
  text: string;
  /** Length of the packed bytes the text stands for. */
  byteLength: number;
  crc: number;
  entryCount: number;
}

export type UnpackResult = { ok: true; value: CodecInput } | { ok: false; reason: 'damaged' | 'newer'; detail: string };

/** The shared part of a store (no usage counts, no device settings) as packed text. */
export function encodeStore(data: StoreData): Promise<PackedStore> {
  return packColumns(encodeCompact(syncedPart(data) as unknown as CodecInput), data.entries.length);
}

/** Columns (from encodeCompact) as packed text: each deflated unless that would not shrink it. */
export async function packColumns(columns: readonly Uint8Array[], entryCount: number): Promise<PackedStore> {
  const packed = await Promise.all(columns.map(async (column) => {
    const deflated = column.length > 32 ? await deflateRaw(column) : column;
    return deflated.length < column.length ? { bytes: deflated, deflated: true } : { bytes: column, deflated: false };
  }));
  const out = new ByteWriter();
  out.uint(packed.length);
  for (const { bytes, deflated } of packed) out.uint(bytes.length * 2 + (deflated ? 1 : 0));
  for (const { bytes } of packed) out.bytes(bytes);
  const bytes = out.finish();
  return { text: bytesToText91(bytes), byteLength: bytes.length, crc: crc32(bytes), entryCount };
}

/** The stored value back (for repairStore), or why not. Never throws. */
export async function decodeStore(packed: Pick<PackedStore, 'text' | 'byteLength' | 'crc'>): Promise<UnpackResult> {
  const bytes = text91ToBytes(packed.text, packed.byteLength);
  if (!bytes) return { ok: false, reason: 'damaged', detail: 'text is not in the packed alphabet or has the wrong length' };
  if (crc32(bytes) !== packed.crc) return { ok: false, reason: 'damaged', detail: 'checksum does not match' };
  try {
    const input = new ByteReader(bytes);
    const count = input.uint();
    const heads = Array.from({ length: Math.min(count, 1000) }, () => input.uint());
    const raw = heads.map((head) => ({ bytes: input.bytes(Math.floor(head / 2)), deflated: head % 2 === 1 }));
    if (input.overrun || count > 1000) return { ok: false, reason: 'damaged', detail: 'column table is damaged' };
    const columns = await Promise.all(raw.map(({ bytes: column, deflated }) => (deflated ? inflateRaw(column) : column)));
    return { ok: true, value: decodeCompact(columns) };
  } catch (error) {
    if (error instanceof NewerLayoutError) return { ok: false, reason: 'newer', detail: error.message };
    return { ok: false, reason: 'damaged', detail: error instanceof CodecError ? error.message : `cannot be decoded (${String(error)})` };
  }
}
