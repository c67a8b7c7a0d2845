// Free text (labels, group names) in INI values. A value is trimmed, ends at ` #` or ` ;`, and
// cannot span lines, so the few characters that would not survive are written as %XX.

const ESCAPE = /[%#;\u0000-\u001f\u007f]/g;
const ESCAPED = /%([0-9A-Fa-f]{2})/g;

export function encodeIniText(text: string): string {
  return text.replace(ESCAPE, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Undoes encodeIniText; any other `%` sequence (one a person typed) is left as it is. */
export function decodeIniText(text: string): string {
  if (!text.includes('%')) return text;
  return text.replace(ESCAPED, (whole, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return char.replace(ESCAPE, '') === '' ? char : whole;
  });
}
