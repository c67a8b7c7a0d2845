// The compact encoding of a saved list, made to fit thousands of entries in the browser's sync
// storage (about 80 KB once compressed). Column by column, because similar values side by side
// compress best, and with the structure that real lists have: several roles per account listed
// together, labels made of a few recurring words ("payments-prod-admin"), a handful of role
// names, regions, colours and groups, and timestamps that come in bursts (imports).
// The output is deflated afterwards (deflate.ts); this layer only removes what deflate cannot see.
import { BitReader, BitWriter, ByteReader, ByteWriter } from './bytes';
import { CategoryReader, CategoryWriter, CodecError, commonPrefix, NewerLayoutError, TimeReader, TimeWriter, TokenReader, TokenWriter } from './codec-columns';
import { ENTRY_ID_ALPHABET, ENTRY_ID_LENGTH } from '../entry-id';

/** Bump when the layout changes; a reader refuses a newer layout rather than guess. */
export const CODEC_VERSION = 1;

export { CodecError, NewerLayoutError } from './codec-columns';

/** What the codec keeps: a stored value as repairStore reads it (validated after decoding). */
export interface CodecInput {
  version: number;
  entries: ReadonlyArray<object>;
  deleted?: Record<string, number>;
  [part: string]: unknown;
}

const ENTRY_COLUMNS = new Set(['id', 'label', 'account', 'roleName', 'rolePath', 'partition', 'displayName', 'color', 'region', 'group', 'production', 'consoleSwitchable', 'updatedAt']);
const CATEGORY_FIELDS = ['roleName', 'rolePath', 'partition', 'region', 'color', 'group'] as const;

const ACCOUNT_SAME = 0;
const ACCOUNT_NEW = 1;
const ACCOUNT_REF = 2;
const ACCOUNT_TEXT = 3;
const FLAG_PRODUCTION = 4;
const FLAG_NOT_SWITCHABLE = 8;
const FLAG_COMPACT_ID = 16;
const FLAG_EXTRAS = 32;

const ID_BITS = ENTRY_ID_LENGTH * 5;
const ID_VALUE = new Map([...ENTRY_ID_ALPHABET].map((c, i) => [c, i]));
const isCompactId = (id: string) => id.length === ENTRY_ID_LENGTH && [...id].every((c) => ID_VALUE.has(c));
const isAccountId = (value: string) => /^\d{12}$/.test(value);

function idNumber(id: string): number {
  let n = 0;
  for (const c of id) n = n * 32 + ID_VALUE.get(c)!;
  return n;
}
const ID_CODES = Array.from(ENTRY_ID_ALPHABET, (c) => c.charCodeAt(0));
const idCodes: number[] = new Array<number>(ENTRY_ID_LENGTH).fill(0);
function idText(n: number): string {
  for (let i = ENTRY_ID_LENGTH - 1; i >= 0; i--) {
    idCodes[i] = ID_CODES[n % 32]!;
    n = Math.floor(n / 32);
  }
  // One string made at once, not seven growing ones (5,000 ids on every load).
  return String.fromCharCode.apply(null, idCodes);
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** Whether a field's value is kept by its column; anything else travels as JSON (lossless). */
function fitsColumn(key: string, value: unknown): boolean {
  if (!ENTRY_COLUMNS.has(key)) return false;
  if (key === 'production') return value === true;
  if (key === 'consoleSwitchable') return value === false;
  if (key === 'updatedAt') return isTime(value);
  return typeof value === 'string';
}

/** Everything in `data` except its entries and tombstones, which get columns of their own. */
function metaOf(data: CodecInput): Record<string, unknown> {
  const { entries: _entries, deleted: _deleted, ...meta } = data;
  return meta;
}

/** The list as columns (byte arrays), each compressed on its own afterwards: a column's values
 *  are alike, and deflate's code tables fit one column better than a mix (5 % smaller). */
export function encodeCompact(data: CodecInput): Uint8Array[] {
  const entries = data.entries as ReadonlyArray<Record<string, unknown>>;
  const tombstones = Object.entries(data.deleted ?? {}).filter(([, at]) => isTime(at));
  const timeOf = (entry: Record<string, unknown>) => (isTime(entry.updatedAt) ? entry.updatedAt : undefined);
  const time = new TimeWriter([...entries.map(timeOf).filter(isTime), ...tombstones.map(([, at]) => at)]);

  const flags = new ByteWriter();
  const ids = new BitWriter();
  const idTexts = new ByteWriter();
  const accounts = new BitWriter();
  const accountRefs = new ByteWriter();
  const accountTexts = new ByteWriter();
  const labels = new TokenWriter();
  const displayPrefix = new ByteWriter();
  const displayRest = new ByteWriter();
  const categories = CATEGORY_FIELDS.map(() => new CategoryWriter());
  const entryTimes = new ByteWriter();
  const extras = new ByteWriter();
  const accountSeen = new Map<string, number>();
  let previousAccount: string | undefined;

  for (const entry of entries) {
    const str = (key: string) => (typeof entry[key] === 'string' ? (entry[key] as string) : undefined);
    let flag = 0;
    const id = str('id') ?? '';
    if (isCompactId(id)) {
      flag |= FLAG_COMPACT_ID;
      ids.write(idNumber(id), ID_BITS);
    } else idTexts.text(id);

    const account = str('account') ?? '';
    if (account === previousAccount) flag |= ACCOUNT_SAME;
    else if (!isAccountId(account)) {
      flag |= ACCOUNT_TEXT;
      accountTexts.text(account);
    } else if (accountSeen.has(account)) {
      flag |= ACCOUNT_REF;
      accountRefs.uint(accountSeen.get(account)!);
    } else {
      flag |= ACCOUNT_NEW;
      accountSeen.set(account, accountSeen.size);
      accounts.write(Number(account), 40);
    }
    previousAccount = account;

    if (entry.production === true) flag |= FLAG_PRODUCTION;
    if (entry.consoleSwitchable === false) flag |= FLAG_NOT_SWITCHABLE;
    const rest = Object.fromEntries(Object.entries(entry).filter(([key, value]) => value !== undefined && !fitsColumn(key, value)));
    if (Object.keys(rest).length > 0) {
      flag |= FLAG_EXTRAS;
      extras.text(JSON.stringify(rest));
    }
    flags.byte(flag);

    const label = str('label') ?? '';
    labels.write(label);
    const display = str('displayName');
    if (display === undefined) displayPrefix.small(0);
    else {
      const shared = commonPrefix(display, label);
      displayPrefix.small(shared + 1);
      displayRest.text(display.slice(shared));
    }
    CATEGORY_FIELDS.forEach((field, i) => categories[i]!.write(str(field)));
    time.write(timeOf(entry), entryTimes);
  }

  const deadFlags = new ByteWriter();
  const deadIds = new BitWriter();
  const deadTexts = new ByteWriter();
  const deadTimes = new ByteWriter();
  for (const [id, at] of tombstones) {
    deadFlags.byte(isCompactId(id) ? 1 : 0);
    if (isCompactId(id)) deadIds.write(idNumber(id), ID_BITS);
    else deadTexts.text(id);
    time.write(at, deadTimes);
  }

  const head = new ByteWriter();
  head.byte(CODEC_VERSION);
  head.text(JSON.stringify(metaOf(data)));
  head.uint(entries.length);
  head.uint(tombstones.length);
  return [
    head, time.header(), time.unique, flags, ids.finish(), idTexts, accounts.finish(), accountRefs, accountTexts,
    ...labels.sections(), displayPrefix, displayRest, ...categories.flatMap((c) => c.sections()),
    entryTimes, extras, deadFlags, deadIds.finish(), deadTexts, deadTimes,
  ].map((column) => column.finish());
}

/** The stored value back, for repairStore to validate (an entry's field that its column does
 *  not hold is there as undefined). Throws CodecError on damaged input. */
export function decodeCompact(columns: readonly Uint8Array[]): CodecInput {
  let at = 0;
  const next = () => {
    const column = columns[at++];
    if (!column) throw new CodecError('a column is missing');
    return new ByteReader(column);
  };
  const input = next();
  const version = input.byte();
  if (version > CODEC_VERSION) throw new NewerLayoutError(`layout ${version} is newer than ${CODEC_VERSION}`);
  if (version !== CODEC_VERSION) throw new CodecError(`unknown layout ${version}`);
  let meta: unknown;
  try {
    meta = JSON.parse(input.text());
  } catch {
    throw new CodecError('meta is not JSON');
  }
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) throw new CodecError('meta is not an object');
  const count = input.uint();
  const deadCount = input.uint();
  const time = new TimeReader(next);
  const [flags, idBits, idTexts, accountBits, accountRefs, accountTexts] = Array.from({ length: 6 }, next) as [ByteReader, ByteReader, ByteReader, ByteReader, ByteReader, ByteReader];
  // Every entry takes one byte of flags: a larger count is damage, not a big list.
  if (count > flags.length) throw new CodecError('entry count larger than the data');
  const ids = new BitReader(idBits);
  const accounts = new BitReader(accountBits);
  const labels = new TokenReader(next);
  const displayPrefix = next();
  const displayRest = next();
  const categories = CATEGORY_FIELDS.map(() => new CategoryReader(next));
  const [roleNames, rolePaths, partitions, regions, colors, groups] = categories as [CategoryReader, CategoryReader, CategoryReader, CategoryReader, CategoryReader, CategoryReader];
  const [entryTimes, extras, deadFlags, deadIdBits, deadTexts, deadTimes] = Array.from({ length: 6 }, next) as [ByteReader, ByteReader, ByteReader, ByteReader, ByteReader, ByteReader];
  const deadIds = new BitReader(deadIdBits);
  if (input.overrun || deadCount > deadFlags.length) throw new CodecError('the head is damaged');

  const entries: Record<string, unknown>[] = [];
  const accountList: string[] = [];
  let previousAccount = '';
  for (let i = 0; i < count; i++) {
    const flag = flags.byte();
    const id = flag & FLAG_COMPACT_ID ? idText(ids.read(ID_BITS)) : idTexts.text();
    const mode = flag & 3;
    let account: string;
    if (mode === ACCOUNT_SAME) account = previousAccount;
    else if (mode === ACCOUNT_TEXT) account = accountTexts.text();
    else if (mode === ACCOUNT_REF) {
      const ref = accountList[accountRefs.uint()];
      if (ref === undefined) throw new CodecError('account reference out of range');
      account = ref;
    } else {
      account = String(accounts.read(40)).padStart(12, '0');
      accountList.push(account);
    }
    previousAccount = account;
    const label = labels.read();
    const shared = displayPrefix.small();
    // Every entry has every column's field, undefined where the entry has none: one object shape
    // for the whole list, which repairStore then reads several times quicker than a few dozen
    // shapes (5,000 entries on the popup's start-up path). repairStore reads undefined as absent.
    const entry: Record<string, unknown> = {
      id, account, label,
      displayName: shared > 0 ? label.slice(0, shared - 1) + displayRest.text() : undefined,
      roleName: roleNames.read(), rolePath: rolePaths.read(), partition: partitions.read(), region: regions.read(), color: colors.read(), group: groups.read(),
      production: flag & FLAG_PRODUCTION ? true : undefined,
      consoleSwitchable: flag & FLAG_NOT_SWITCHABLE ? false : undefined,
      updatedAt: time.read(entryTimes),
    };
    if (flag & FLAG_EXTRAS) Object.assign(entry, JSON.parse(extras.text()) as object);
    entries.push(entry);
  }

  const deleted: Record<string, number> = {};
  for (let i = 0; i < deadCount; i++) {
    const id = deadFlags.byte() ? idText(deadIds.read(ID_BITS)) : deadTexts.text();
    const at = time.read(deadTimes);
    if (at === undefined) throw new CodecError('tombstone without a time');
    deleted[id] = at;
  }
  const readers = [input, flags, idTexts, accountRefs, accountTexts, displayPrefix, displayRest, entryTimes, extras, deadFlags, deadTexts, deadTimes, time.unique];
  if (readers.some((r) => r.overrun) || [ids, accounts, deadIds, labels, ...categories].some((r) => r.overrun)) throw new CodecError('columns end early');
  return { ...(meta as Record<string, unknown>), version: (meta as { version?: unknown }).version as number, entries, deleted };
}
