// A role list made without the codec in mind (issue #18): the project's own generator
// (generate-entries.ts) has the structure real lists have, and the codec was tuned on it, so a
// figure measured only there could flatter the codec. This list follows the description
// word for word and nothing more: every entry its own random 12-digit account and its own random
// colour, one of eight role names, and a label `<project>-<env>-<n>`. Ids are the store's own
// (random, as the store makes them); nothing else is set (no path, region, group or time).
import { makeEntryId } from '../store/entry-id';
import type { Entry } from '../store/schema';
import { seededRandom } from './generate-entries';

const PROJECTS = [
  'atlas', 'borealis', 'cascade', 'delta', 'ember', 'falcon', 'granite', 'harbor', 'horizon', 'juniper', 'kestrel', 'lumen',
  'meridian', 'nebula', 'orion', 'pioneer', 'quartz', 'redwood', 'sierra', 'summit', 'tundra', 'vertex', 'willow', 'zephyr',
];
const ENVS = ['dev', 'test', 'qa', 'staging', 'uat', 'prod'];
const ROLE_NAMES = ['AdministratorAccess', 'ReadOnlyAccess', 'PowerUserAccess', 'ViewOnlyAccess', 'Developer', 'DevOps', 'SecurityAudit', 'Billing'];

/** `count` entries, always the same for the same seed. `<n>` is the entry's number in the list,
 *  which keeps every label unique. */
export function generateIndependentEntries(count: number, seed: number): Entry[] {
  const random = seededRandom(seed);
  const below = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[below(items.length)]!;
  const ids = new Set<string>();
  const entries: Entry[] = [];
  for (let n = 1; n <= count; n++) {
    let id: string;
    do id = makeEntryId(random); while (ids.has(id));
    ids.add(id);
    entries.push({
      id,
      label: `${pick(PROJECTS)}-${pick(ENVS)}-${n}`,
      account: Array.from({ length: 12 }, () => below(10)).join(''),
      roleName: pick(ROLE_NAMES),
      rolePath: '/',
      partition: 'aws',
      color: below(0x1000000).toString(16).padStart(6, '0'),
    });
  }
  return entries;
}
