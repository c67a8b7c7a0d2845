// Secrets are read past, never kept: not in the parsed result, not in a message, not in a log.
// (A credential-shaped value under any other key is read past too: see shared-config.ts.)

/** Keys whose values are credentials. The named ones are the SDKs'; the pattern catches the rest
 *  (a `password =` someone added, a vendor's token). `credential_process` is a command line that
 *  prints credentials and often carries a token or a secret's name itself: Switchyard never runs
 *  it, so it keeps nothing of it. */
const SECRET_KEYS = new Set(['aws_access_key_id', 'aws_secret_access_key', 'aws_session_token', 'aws_security_token', 'credential_process']);
const SECRET_LIKE = /secret|password|passwd|(^|_)token$/;

export function isSecretKey(key: string): boolean {
  const lower = key.toLowerCase();
  return SECRET_KEYS.has(lower) || SECRET_LIKE.test(lower);
}

/** Keys that give a profile static credentials of its own (which matters for `source_profile`). */
export function hasStaticCredentials(secretKeys: readonly string[] | undefined): boolean {
  return secretKeys?.includes('aws_access_key_id') === true;
}

export { looksLikeSecret, maskSecrets } from '../issues/mask-secrets';
