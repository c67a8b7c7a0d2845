// Account ids on screen: people share screens and screenshots, so "hide account ids" shows only
// the last four digits, the part that tells one's own accounts apart.
const MASK = '••••••••';

/** 123456789012 → ••••••••9012. An alias (or anything that is not 12 digits) is left as it is. */
export function maskAccountId(account: string): string {
  return /^\d{12}$/.test(account) ? `${MASK}${account.slice(8)}` : account;
}

// 12 digits, or the console's 1234-5678-9012, not inside a longer run of digits.
const ID_IN_TEXT = /(?<![\d-])(?:\d{12}|\d{4}-\d{4}-\d{4})(?![\d-])/g;

/** Masks every account id inside free text, e.g. a display name like "Admin @ 123456789012". */
export function maskAccountIdsIn(text: string): string {
  return text.replace(ID_IN_TEXT, (id) => `${MASK}${id.slice(-4)}`);
}
