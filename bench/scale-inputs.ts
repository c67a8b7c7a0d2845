// The worst cases an administrator's policy or a pasted file can hand Switchyard (issue 13, items
// 6 and 7), made the same way every time for the benchmark's lab page.
import { generateEntries } from '../src/core/testing/generate-entries';

/** A policy of `count` valid catalog entries that all give the same id: every one but the first
 *  must be told apart, which is what made reading the catalog quadratic. */
export function oneIdPolicy(count: number, seed: number): { catalogName: string; catalog: Record<string, string | boolean>[] } {
  const catalog = generateEntries(count, seed).map(({ label, account, roleName, rolePath, partition, displayName, color, region, group, production }) => ({
    id: 'same', label, account, roleName, rolePath, partition,
    ...(displayName !== undefined && { displayName }), ...(color !== undefined && { color }), ...(region !== undefined && { region }),
    ...(group !== undefined && { group }), ...(production && { production }),
  }));
  return { catalogName: 'Example Corp', catalog };
}

/** A ~/.aws/config of `count` roles whose source_profile links form one chain: the first half
 *  leads into the second half, which goes round in a circle (p0 → p1 → … → pN-1 → pN/2). */
export function chainIntoCycleConfig(count: number): string {
  const ring = Math.floor(count / 2);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const source = i + 1 < count ? i + 1 : ring;
    lines.push(`[profile p${i}]`, `role_arn = arn:aws:iam::123456789012:role/Role${i}`, `source_profile = p${source}`, '');
  }
  return lines.join('\n');
}
