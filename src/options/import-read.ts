// Getting the text to import: from picked or dropped files, or from a team's https address.
import { importUrlOrigin, originPattern } from '../core/import/import-url';
import { decodeImportBytes, MAX_IMPORT_BYTES, tooLarge } from '../core/import/text-input';
import { t } from '../platform/i18n';
import { hostPermissionHeld, releaseHostPermission, requestHostPermission } from '../platform/permissions';
import { issueText } from '../ui/issue-text';
import { readAllBytes } from '../core/shared/read-bytes';

export interface ImportSource {
  /** The config (or AESR config, or JSON backup) text. */
  text: string;
  /** A ~/.aws/credentials file given along with it. */
  credentials?: string;
  /** Where it came from, for the preview's heading: file names or the address. */
  name?: string;
}

export type ReadResult = { source: ImportSource } | { error: string };

const CREDENTIALS_FILE = /^credentials(\.[a-z0-9]+)?$/i;

/** One or two files: a config (or backup) and, recognised by its name, a credentials file. */
export async function readFiles(files: readonly File[]): Promise<ReadResult> {
  if (files.length === 0) return { error: t('importNoFile') };
  if (files.length > 2) return { error: t('importTooManyFiles') };
  let config: string | undefined;
  let credentials: string | undefined;
  for (const file of files) {
    if (file.size > MAX_IMPORT_BYTES) return { error: `${file.name}: ${issueText(tooLarge(file.size))}` };
    const decoded = decodeImportBytes(new Uint8Array(await file.arrayBuffer()));
    if ('error' in decoded) return { error: `${file.name}: ${issueText(decoded.error)}` };
    if (CREDENTIALS_FILE.test(file.name) && credentials === undefined) credentials = decoded.text;
    else if (config === undefined) config = decoded.text;
    else return { error: t('importTooManyFiles') };
  }
  return { source: { text: config ?? '', ...(credentials !== undefined && { credentials }), name: files.map((f) => f.name).join(', ') } };
}

/**
 * Fetches an https address. Asks for that one origin first (synchronously, still inside the
 * user's click, as Firefox requires) and gives the permission back once the text is read, unless
 * the extension held it before.
 */
export function fetchAddress(address: string): Promise<ReadResult> {
  const origin = importUrlOrigin(address);
  if (!origin) return Promise.resolve({ error: t('importUrlInvalid') });
  const pattern = originPattern(origin);
  // Asked before the request (which would grant it): an origin the user had granted stays granted.
  const had = hostPermissionHeld(pattern);
  const asked = requestHostPermission(pattern);
  return (async (): Promise<ReadResult> => {
    if (!(await asked)) return { error: t('importUrlDenied', origin) };
    try {
      const response = await fetch(address.trim(), { credentials: 'omit', cache: 'no-store' });
      if (!response.ok) return { error: t('importUrlFailed', [origin, `HTTP ${response.status}`]) };
      const declared = Number(response.headers.get('content-length') ?? 0);
      if (declared > MAX_IMPORT_BYTES) return { error: issueText(tooLarge(declared)) };
      const bytes = await readCapped(response);
      if (!bytes) return { error: issueText(tooLarge(MAX_IMPORT_BYTES + 1)) };
      const decoded = decodeImportBytes(bytes);
      return 'error' in decoded ? { error: issueText(decoded.error) } : { source: { text: decoded.text, name: address.trim() } };
    } catch (error) {
      return { error: t('importUrlFailed', [origin, error instanceof Error ? error.message : String(error)]) };
    } finally {
      if (!(await had)) await releaseHostPermission(pattern);
    }
  })();
}

/** The body, or undefined as soon as it passes the size limit (a server may not say its size). */
async function readCapped(response: Response): Promise<Uint8Array | undefined> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  return readAllBytes(response.body.getReader(), MAX_IMPORT_BYTES);
}
