// `npm run package`: store-ready zips of the two builds, in dist/.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
if (spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' }).status !== 0) process.exit(1);
for (const target of ['chrome', 'firefox']) {
  const status = spawnSync(
    'npx',
    ['--no-install', 'web-ext', 'build', '--source-dir', `dist/${target}`, '--artifacts-dir', 'dist',
      '--filename', `switchyard-${target}-${version}.zip`, '--overwrite-dest'],
    { stdio: 'inherit' },
  ).status;
  if (status !== 0) process.exit(status ?? 1);
}
