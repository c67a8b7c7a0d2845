// Credential-shaped text: found and masked wherever user text may be repeated (every CoreIssue's
// params go through here: core/issues/issue.ts) or kept (the config reader drops such values).

// An access key id (AKIA…, ASIA…), or a secret key or session token: 40 or more base64
// characters mixing digits, upper and lower case (a long role path of words does not).
const KEY_ID = /\b(?:AKIA|ASIA|AIDA|AROA|ABIA|ACCA)[A-Z0-9]{16}\b/g;
const BASE64_RUN = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40,}(?![A-Za-z0-9/+=])/g;
const looksRandom = (run: string) => /\d/.test(run) && /[A-Z]/.test(run) && /[a-z]/.test(run);

/** Text with anything shaped like a credential replaced. Used on every name and param that
 *  quotes the user's file, in case a secret sits where a name was expected. */
export function maskSecrets(text: string): string {
  return text.replace(KEY_ID, '••••').replace(BASE64_RUN, (run) => (looksRandom(run) ? '••••' : run));
}

export function looksLikeSecret(text: string): boolean {
  // An access key id is 20 characters, a secret 40. Every name in a file comes here, so the
  // patterns only run on a text that has a long enough run of the characters they match: 20 of
  // [A-Z0-9] for a key id, 40 of base64 for the rest.
  return text.length >= 20 && hasLongRun(text) && maskSecrets(text) !== text;
}

function hasLongRun(text: string): boolean {
  let upper = 0;
  let base64 = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const digit = c >= 0x30 && c <= 0x39;
    const capital = c >= 0x41 && c <= 0x5a;
    if (digit || capital) {
      if (++upper >= 20 || ++base64 >= 40) return true;
    } else if ((c >= 0x61 && c <= 0x7a) || c === 0x2f || c === 0x2b || c === 0x3d) {
      upper = 0;
      if (++base64 >= 40) return true;
    } else {
      upper = 0;
      base64 = 0;
    }
  }
  return false;
}
