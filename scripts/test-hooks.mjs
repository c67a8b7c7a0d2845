// The test hooks only the e2e build flavour may hold (see vite.config.ts), and a scan of a built
// extension for them (scripts/build.mjs runs it on what users install).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Text each hook cannot work without: the storage.session key that stands in for the
 *  enterprise policy (src/platform/storage-areas.ts), and the page address parameter that empties
 *  the browser's message table (src/platform/i18n.ts). */
export const TEST_HOOK_MARKERS = ['e2eManagedPolicy', 'e2eEmptyMessages'];

/** Every file under `dir` (scripts, pages, manifest…) that holds a marker. */
export function findTestHooks(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    // (`parentPath` since Node 20.12; `path` before.)
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    const text = readFileSync(file, 'latin1');
    for (const marker of TEST_HOOK_MARKERS) if (text.includes(marker)) found.push({ file, marker });
  }
  return found;
}
