// The reader of layout 1 of the compact encoding (Switchyard before #18), kept so that a list an
// older version packed into storage.sync is read after an upgrade; the next save writes the
// current layout (compact-codec.ts). Frozen: fixtures/codec-v1.json is such a list, and
// codec-upgrade.test.ts reads it. Only the columns that changed in layout 2 have their own
// readers here (recurring strings numbered differently, labels as words without shapes).
import { BitReader, ByteReader } from './bytes';
import { CodecError, TimeReader } from './codec-columns';
import {
  ACCOUNT_BITS, ACCOUNT_REF, ACCOUNT_SAME, ACCOUNT_TEXT, CATEGORY_FIELDS, FLAG_COMPACT_ID, FLAG_EXTRAS, FLAG_NOT_SWITCHABLE, FLAG_PRODUCTION,
  ID_BITS, idText, readHead, type CodecInput,
} from './entry-fields';

/** Recurring strings: 0 absent, 1 the previous row's, k + 2 the k-th seen, seen + 2 a new one. */
class CategoryReaderV1 {
  private readonly seen: string[] = [];
  private readonly index: ByteReader;
  private readonly literals: ByteReader;
  private previous: string | undefined;

  constructor(next: () => ByteReader) {
    this.index = next();
    this.literals = next();
  }

  read(): string | undefined {
    this.previous = this.value(this.index.small());
    return this.previous;
  }

  private value(k: number): string | undefined {
    if (k === 0) return undefined;
    if (k === 1) return this.previous;
    if (k < this.seen.length + 2) return this.seen[k - 2];
    if (k !== this.seen.length + 2) throw new CodecError('category index out of range');
    const value = this.literals.text();
    this.seen.push(value);
    return value;
  }

  get overrun(): boolean {
    return this.index.overrun || this.literals.overrun;
  }
}

/** Labels: the count of leading tokens shared with the previous label, then the others as
 *  recurring strings, ended by an absent one. */
class TokenReaderV1 {
  private readonly shared: ByteReader;
  private readonly words: CategoryReaderV1;
  private readonly previous: string[] = [];

  constructor(next: () => ByteReader) {
    this.shared = next();
    this.words = new CategoryReaderV1(next);
  }

  read(): string {
    const same = this.shared.uint();
    const tokens = this.previous;
    if (same > tokens.length) throw new CodecError('label refers to more words than the previous one has');
    tokens.length = same;
    for (let token = this.words.read(); token !== undefined; token = this.words.read()) {
      tokens.push(token);
      if (this.words.overrun) throw new CodecError('label column ends early');
    }
    return tokens.join('');
  }

  get overrun(): boolean {
    return this.shared.overrun || this.words.overrun;
  }
}

/** A layout 1 list back, for repairStore to validate. Throws CodecError on damaged input. */
export function decodeCompactV1(columns: readonly Uint8Array[]): CodecInput {
  let at = 0;
  const next = () => {
    const column = columns[at++];
    if (!column) throw new CodecError('a column is missing');
    return new ByteReader(column);
  };
  const input = next();
  input.byte();
  const { meta, count, deadCount } = readHead(input);
  const time = new TimeReader(next);
  const [flags, idBits, idTexts, accountBits, accountRefs, accountTexts] = Array.from({ length: 6 }, next) as [ByteReader, ByteReader, ByteReader, ByteReader, ByteReader, ByteReader];
  if (count > flags.length) throw new CodecError('entry count larger than the data');
  const ids = new BitReader(idBits);
  const accounts = new BitReader(accountBits);
  const labels = new TokenReaderV1(next);
  const displayPrefix = next();
  const displayRest = next();
  const categories = CATEGORY_FIELDS.map(() => new CategoryReaderV1(next));
  const [roleNames, rolePaths, partitions, regions, colors, groups] = categories as [CategoryReaderV1, CategoryReaderV1, CategoryReaderV1, CategoryReaderV1, CategoryReaderV1, CategoryReaderV1];
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
