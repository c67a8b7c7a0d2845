// The simulator's TLS certificate: self-signed, made at test time with the `openssl` CLI (no
// certificate is checked in), naming the simulated hosts as far as wildcards reach. Browsers are told
// to ignore certificate errors for the simulator anyway; the names only make the certificate honest.
// Made once and kept in the temp folder (key and certificate in one PEM file, written atomically so
// parallel workers never read half a file); made again if it is missing.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PORTAL_HOSTS, PORTAL_SUFFIXES } from './access-portal';
import { PARTITION_NAMES, PARTITIONS } from './partitions';
import { NEUTRAL_HOST } from './router';

const run = promisify(execFile);

/** One wildcard covers one label: `*.console.aws.amazon.com` is a regional console host, not a
 *  multi-session one (`<account>-<8>.<region>.console…`), which only the ignored error lets through. */
export function certificateNames(): string[] {
  const names = new Set<string>([NEUTRAL_HOST, ...PORTAL_HOSTS, ...PORTAL_SUFFIXES.map((suffix) => `*${suffix}`)]);
  for (const partition of PARTITION_NAMES) {
    const hosts = PARTITIONS[partition];
    for (const host of [hosts.consoleRoot, hosts.signinHost, ...hosts.otherConsoleHosts]) names.add(host);
    names.add(`*.${hosts.consoleRoot}`);
    names.add(`*.${hosts.signinHost}`);
    names.add(`*.${hosts.defaultRegion}.${hosts.consoleRoot}`);
  }
  return [...names];
}

export interface Certificate {
  /** Key and certificate, PEM, in one text: Node's TLS finds each in it. */
  pem: string;
}

export async function simulatorCertificate(): Promise<Certificate> {
  const names = certificateNames();
  // The file name carries the names it covers: a changed host list makes a new certificate.
  const digest = createHash('sha256').update(names.join(',')).digest('hex').slice(0, 12);
  const dir = path.join(tmpdir(), 'switchyard-simulator');
  const file = path.join(dir, `cert-${digest}.pem`);
  if (existsSync(file)) return { pem: readFileSync(file, 'utf8') };
  mkdirSync(dir, { recursive: true });
  const work = path.join(dir, `work-${process.pid}-${Date.now()}`);
  mkdirSync(work);
  try {
    const key = path.join(work, 'key.pem');
    const cert = path.join(work, 'cert.pem');
    await run('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', key, '-out', cert, '-days', '3650', '-subj', '/CN=Switchyard AWS simulator',
      '-addext', `subjectAltName=${names.map((name) => `DNS:${name}`).join(',')}`,
    ]);
    const pem = readFileSync(key, 'utf8') + readFileSync(cert, 'utf8');
    const partial = path.join(work, 'combined.pem');
    writeFileSync(partial, pem);
    renameSync(partial, file);
    return { pem };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
