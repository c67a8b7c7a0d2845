// Installs Debian packages a fresh machine lacks (CI: no browser can be downloaded there, Debian's
// packages can). Only as root on Debian/Ubuntu; elsewhere the callers say what to install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

let updated = false;
export function aptInstall(packages) {
  const run = (args, env = {}) => spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
  if (!updated) run(['update', '-qq']);
  updated = true;
  return run(['install', '-y', '-qq', ...packages], { DEBIAN_FRONTEND: 'noninteractive' });
}
