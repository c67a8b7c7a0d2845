/** JSON with object keys sorted, so that equal data gives equal text whatever order its keys
 *  were written in (the compact encoding and a form do not agree on key order). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(item).sort()) sorted[key] = (item as Record<string, unknown>)[key];
    return sorted;
  }) ?? 'undefined';
}
