// What every import reads first: a size limit stated up front, then the byte-level oddities a
// real file brings along (UTF-16 from Windows tools, a BOM, stray NULs, a binary picked by mistake).
import { coreIssue, type CoreIssue } from '../issues/issue';

/** The largest file Switchyard reads. A 10,000-profile config is about 2 MB. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_LABEL = '5 MB';

/** "50.0 MB", "812 KB": what a person compares with the limit. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function tooLarge(bytes: number): CoreIssue {
  return coreIssue('errImportTooLarge', [formatSize(bytes), MAX_IMPORT_LABEL]);
}

// Magic numbers of files people pick by mistake from the same folder (archives, images, keys).
const MAGIC: ReadonlyArray<readonly number[]> = [
  [0x50, 0x4b, 0x03, 0x04], // zip (also xlsx, docx)
  [0x1f, 0x8b], // gzip
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xcf, 0xfa, 0xed, 0xfe], // Mach-O
  [0x4d, 0x5a], // Windows executable
];

/**
 * Bytes of a picked or fetched file to text. UTF-16 (with BOM) is what PowerShell's `>` writes,
 * so it is decoded rather than refused; anything else is read as UTF-8.
 */
export function decodeImportBytes(bytes: Uint8Array): { text: string } | { error: CoreIssue } {
  if (bytes.length > MAX_IMPORT_BYTES) return { error: tooLarge(bytes.length) };
  if (MAGIC.some((magic) => magic.every((b, i) => bytes[i] === b))) return { error: coreIssue('errImportBinary') };
  let encoding = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  return { text: new TextDecoder(encoding).decode(bytes) };
}

export interface PreparedText {
  text: string;
  /** Set when nothing of the text can be read (too large, binary). */
  error?: CoreIssue;
  warnings: CoreIssue[];
}

// Control characters a text file has no business holding (tab, LF, VT, FF, CR are fine).
const CONTROL = /[\u0000-\u0008\u000e-\u001f\ufffd]/g;

/** Checks and cleans text before parsing. Never throws. */
export function prepareText(input: string): PreparedText {
  if (input.length > MAX_IMPORT_BYTES) return { text: '', error: tooLarge(input.length), warnings: [] };
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 16 && controls > text.length / 100) return { text: '', error: coreIssue('errImportBinary'), warnings: [] };
  const warnings: CoreIssue[] = [];
  if (text.includes('\u0000')) {
    const lines: number[] = [];
    text.split(/\r\n|\r|\n/).forEach((line, index) => {
      if (line.includes('\u0000')) lines.push(index + 1);
    });
    warnings.push(coreIssue('warnImportNul', [lines.slice(0, 5).join(', ') + (lines.length > 5 ? ', …' : '')], { line: lines[0] }));
    text = text.replaceAll('\u0000', '');
  }
  return { text, warnings };
}
