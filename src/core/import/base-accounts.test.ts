import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cycleText, findCycles } from './base-accounts';
import { hasStaticCredentials } from './secrets';
import { hasOwn, parseSharedConfigFiles, type ParsedConfig } from './shared-config';

/** A profile: its name, the profile its source_profile names (if any), whether it has access keys. */
type Spec = [name: string, source: string | undefined, keys?: boolean];

function parsed(specs: readonly Spec[]): ParsedConfig {
  const config = specs.map(([name, source]) => `[profile ${name}]\nrole_arn = arn:aws:iam::123456789012:role/R${source === undefined ? '' : `\nsource_profile = ${source}`}`);
  const credentials = specs.filter(([, , keys]) => keys).map(([name]) => `[${name}]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE`);
  return parseSharedConfigFiles({ config: config.join('\n'), credentials: credentials.join('\n') });
}

/** Each profile in or leading into a circle → the circle as its message names it. */
const cyclesOf = (specs: readonly Spec[]) => Object.fromEntries([...findCycles(parsed(specs))].map(([name, cycle]) => [name, cycleText(cycle)]));

// The rule as it was before it was made linear, kept as the reference the new walk must agree
// with: from each profile, follow the links, searching the path walked so far for a repeat.
function plainRule(config: ParsedConfig): Record<string, string> {
  const { profiles } = config;
  const sourceOf = (name: string) => {
    const source = profiles[name]!['source_profile'];
    return typeof source === 'string' && source !== '' ? source : undefined;
  };
  const result = new Map<string, string[]>();
  const ok = new Set<string>();
  for (const start of Object.keys(profiles)) {
    if (sourceOf(start) === undefined) continue;
    const path: string[] = [];
    let current = start;
    let cycle: string[] | undefined;
    for (;;) {
      if (ok.has(current)) break;
      const known = result.get(current);
      if (known) {
        cycle = known;
        break;
      }
      path.push(current);
      const source = sourceOf(current);
      if (source === undefined || !hasOwn(profiles, source)) break;
      if (source === current && hasStaticCredentials(hasOwn(config.secrets, current) ? config.secrets[current] : undefined)) break;
      const seen = path.indexOf(source);
      if (seen !== -1) {
        cycle = [...path.slice(seen), source];
        break;
      }
      current = source;
    }
    for (const name of path) {
      if (!cycle) ok.add(name);
      else {
        const at = cycle.indexOf(name);
        result.set(name, at <= 0 ? cycle : [...cycle.slice(at, -1), ...cycle.slice(0, at + 1)]);
      }
    }
  }
  return Object.fromEntries([...result].map(([name, cycle]) => [name, cycle.join(' → ')]));
}

describe('findCycles: source_profile chains that go round', () => {
  it('names the circle from each profile on it, and from where a chain enters it for the profiles leading into it', () => {
    expect(cyclesOf([['lead', 'into'], ['into', 'a'], ['a', 'b'], ['b', 'c'], ['c', 'a'], ['fine', 'base'], ['base', undefined]])).toEqual({
      lead: 'a → b → c → a', into: 'a → b → c → a', a: 'a → b → c → a', b: 'b → c → a → b', c: 'c → a → b → c',
    });
  });

  it('gives the same answer whichever profile of the file comes first', () => {
    const specs: Spec[] = [['x', 'y'], ['y', 'a'], ['a', 'b'], ['b', 'a'], ['z', 'b']];
    const expected = { x: 'a → b → a', y: 'a → b → a', a: 'a → b → a', b: 'b → a → b', z: 'b → a → b' };
    for (let k = 0; k < specs.length; k++) expect(cyclesOf([...specs.slice(k), ...specs.slice(0, k)])).toEqual(expected);
  });

  it('finds a profile that names itself, unless it has access keys of its own', () => {
    expect(cyclesOf([['me', 'me'], ['via', 'me']])).toEqual({ me: 'me → me', via: 'me → me' });
    expect(cyclesOf([['me', 'me', true], ['via', 'me']])).toEqual({});
  });

  it('keeps two circles apart, and leaves out chains that end at a missing profile or one with no source', () => {
    expect(cyclesOf([['a', 'b'], ['b', 'a'], ['c', 'd'], ['d', 'e'], ['e', 'c'], ['f', 'nowhere'], ['g', 'h'], ['h', undefined]])).toEqual({
      a: 'a → b → a', b: 'b → a → b', c: 'c → d → e → c', d: 'd → e → c → d', e: 'e → c → d → e',
    });
  });

  it('names a long circle by its first profiles and the one that closes it, so each message stays short', () => {
    const count = 3_000;
    const ring = Array.from({ length: count }, (_, k): Spec => [`p${k}`, `p${(k + 1) % count}`]);
    const cycles = cyclesOf([['lead', 'p0'], ...ring]);
    expect(Object.keys(cycles)).toHaveLength(count + 1);
    expect(cycles.lead).toBe('p0 → p1 → p2 → p3 → p4 → p5 → p6 → p7 → … → p2999 → p0');
    expect(cycles.p1500).toBe('p1500 → p1501 → p1502 → p1503 → p1504 → p1505 → p1506 → p1507 → … → p1499 → p1500');
  });

  it('agrees with the plain rule on generated files (links to any profile, to itself, to none, with and without keys)', () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const spec = fc.tuple(fc.constantFrom(...names), fc.option(fc.constantFrom(...names, 'missing'), { nil: undefined }), fc.boolean());
    fc.assert(fc.property(fc.uniqueArray(spec, { selector: ([name]) => name, maxLength: names.length }), (specs) => {
      const config = parsed(specs);
      expect(Object.fromEntries([...findCycles(config)].map(([name, cycle]) => [name, cycleText(cycle)]))).toEqual(plainRule(config));
    }), { numRuns: 2_000 });
  });
});
