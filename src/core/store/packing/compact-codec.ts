// The compact encoding of a saved list, made to fit thousands of entries in the browser's sync
// storage (about 80 KB once compressed). Column by column, because similar values side by side
// compress best, and with the structure that real lists have: several roles per account listed
// together, labels made of a few recurring words ("payments-prod-admin"), a handful of role
// names, regions, colours and groups, and timestamps that come in bursts (imports).
// The output is deflated afterwards (deflate.ts); this layer only removes what deflate cannot see.
import { BitReader, BitWriter, ByteReader, ByteWriter } from './bytes';
import { CategoryReader, CategoryWriter, CodecError, commonPrefix, NewerLayoutError, TimeReader, TimeWriter } from './codec-columns';
import { LAYOUT_1_READERS } from './compact-codec-v1';
import {
  ACCOUNT_BITS, ACCOUNT_NEW, ACCOUNT_REF, ACCOUNT_SAME, ACCOUNT_TEXT, CATEGORY_FIELDS, FLAG_COMPACT_ID, FLAG_EXTRAS, FLAG_NOT_SWITCHABLE, FLAG_PRODUCTION,
  fitsColumn, ID_BITS, idNumber, idText, isAccountId, isCompactId, isTime, metaOf, readHead, type CodecInput,
} from './entry-fields';
import { LabelReader, LabelWriter } from './label-columns';

/** The layout this version writes; it reads this one and every older one (layout 1: before
 *  #18, compact-codec-v1.ts), and refuses a newer one rather than guess. Layout 2 numbers new
 *  values of recurring strings with one code, keeps colours as bytes, and labels as shapes,
 *  words and numbers (label-columns.ts). */
export const CODEC_VERSION = 2;

export { CodecError, NewerLayoutError } from './codec-columns';
export type { CodecInput } from './entry-fields';

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
  const labels = new LabelWriter();
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
      accounts.write(Number(account), ACCOUNT_BITS);
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
  if (version === 1) return decodeEntries(input, next, LAYOUT_1_READERS);
  if (version !== CODEC_VERSION) throw new CodecError(`unknown layout ${version}`);
  return decodeEntries(input, next, { Label: LabelReader, Category: CategoryReader });
}

/** A column reader of one field: its next row's value, and whether it ran past its bytes. */
interface FieldReader<T> { read(): T; readonly overrun: boolean }
/** What differs between the layouts on the way back: how labels and recurring strings are read
 *  (layout 1's readers: compact-codec-v1.ts). Every other column is read alike. */
export interface LayoutReaders {
  Label: new (next: () => ByteReader) => FieldReader<string>;
  Category: new (next: () => ByteReader) => FieldReader<string | undefined>;
}

function decodeEntries(input: ByteReader, next: () => ByteReader, { Label, Category }: LayoutReaders): CodecInput {
  const { meta, count, deadCount } = readHead(input);
  const time = new TimeReader(next);
  const [flags, idBits, idTexts, accountBits, accountRefs, accountTexts] = Array.from({ length: 6 }, next) as [ByteReader, ByteReader, ByteReader, ByteReader, ByteReader, ByteReader];
  // Every entry takes one byte of flags: a larger count is damage, not a big list.
  if (count > flags.length) throw new CodecError('entry count larger than the data');
  const ids = new BitReader(idBits);
  const accounts = new BitReader(accountBits);
  const labels = new Label(next);
  const displayPrefix = next();
  const displayRest = next();
  const categories = CATEGORY_FIELDS.map(() => new Category(next));
  const [roleNames, rolePaths, partitions, regions, colors, groups] = categories as [FieldReader<string | undefined>, FieldReader<string | undefined>, FieldReader<string | undefined>, FieldReader<string | undefined>, FieldReader<string | undefined>, FieldReader<string | undefined>];
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
      account = String(accounts.read(ACCOUNT_BITS)).padStart(12, '0');
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
  return { ...meta, version: meta.version as number, entries, deleted };
}
