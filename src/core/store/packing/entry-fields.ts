// What every layout of the compact encoding shares: which entry fields get columns of their own,
// the per-entry flag bits, the packing of ids and account ids as numbers, and the head (layout
// number, the store's other parts as JSON, entry and tombstone counts).
import { ByteReader } from './bytes';
import { CodecError } from './codec-columns';
import { ENTRY_ID_ALPHABET, ENTRY_ID_LENGTH } from '../entry-id';

/** What the codec keeps: a stored value as repairStore reads it (validated after decoding). */
export interface CodecInput {
  version: number;
  entries: ReadonlyArray<object>;
  deleted?: Record<string, number>;
  [part: string]: unknown;
}

const ENTRY_COLUMNS = new Set(['id', 'label', 'account', 'roleName', 'rolePath', 'partition', 'displayName', 'color', 'region', 'group', 'production', 'consoleSwitchable', 'updatedAt']);
export const CATEGORY_FIELDS = ['roleName', 'rolePath', 'partition', 'region', 'color', 'group'] as const;

export const ACCOUNT_SAME = 0;
export const ACCOUNT_NEW = 1;
export const ACCOUNT_REF = 2;
export const ACCOUNT_TEXT = 3;
export const FLAG_PRODUCTION = 4;
export const FLAG_NOT_SWITCHABLE = 8;
export const FLAG_COMPACT_ID = 16;
export const FLAG_EXTRAS = 32;

/** A 12-digit account id is a number below 10^12 < 2^40. */
export const ACCOUNT_BITS = 40;
export const ID_BITS = ENTRY_ID_LENGTH * 5;
const ID_VALUE = new Map([...ENTRY_ID_ALPHABET].map((c, i) => [c, i]));
export const isCompactId = (id: string) => id.length === ENTRY_ID_LENGTH && [...id].every((c) => ID_VALUE.has(c));
export const isAccountId = (value: string) => /^\d{12}$/.test(value);

export function idNumber(id: string): number {
  let n = 0;
  for (const c of id) n = n * 32 + ID_VALUE.get(c)!;
  return n;
}
const ID_CODES = Array.from(ENTRY_ID_ALPHABET, (c) => c.charCodeAt(0));
const idCodes: number[] = new Array<number>(ENTRY_ID_LENGTH).fill(0);
export function idText(n: number): string {
  for (let i = ENTRY_ID_LENGTH - 1; i >= 0; i--) {
    idCodes[i] = ID_CODES[n % 32]!;
    n = Math.floor(n / 32);
  }
  // One string made at once, not seven growing ones (5,000 ids on every load).
  return String.fromCharCode.apply(null, idCodes);
}

export const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** Whether a field's value is kept by its column; anything else travels as JSON (lossless). */
export function fitsColumn(key: string, value: unknown): boolean {
  if (!ENTRY_COLUMNS.has(key)) return false;
  if (key === 'production') return value === true;
  if (key === 'consoleSwitchable') return value === false;
  if (key === 'updatedAt') return isTime(value);
  return typeof value === 'string';
}

/** Everything in `data` except its entries and tombstones, which get columns of their own. */
export function metaOf(data: CodecInput): Record<string, unknown> {
  const { entries: _entries, deleted: _deleted, ...meta } = data;
  return meta;
}

export interface Head {
  meta: Record<string, unknown>;
  count: number;
  deadCount: number;
}

/** The head after its layout byte. Throws CodecError. */
export function readHead(input: ByteReader): Head {
  let meta: unknown;
  try {
    meta = JSON.parse(input.text());
  } catch {
    throw new CodecError('meta is not JSON');
  }
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) throw new CodecError('meta is not an object');
  return { meta: meta as Record<string, unknown>, count: input.uint(), deadCount: input.uint() };
}
