// platform/storage.ts, replaced for unit tests: the areas are maps (values cloned in and out, as
// the browser's are), and an area can be made to fail, to test what a failing storage costs.
// Use: const storage = await vi.hoisted(async () => (await import('<path>/fake-storage')).fakeStorage());
//      vi.mock('<path>/platform/storage', () => storage.module);
type Area = Map<string, unknown>;

export function fakeStorage() {
  const areas = new Map<string, Area>();
  const failing = new Set<string>();
  const area = (name: string): Area => areas.get(name) ?? areas.set(name, new Map()).get(name)!;
  const check = (name: string) => {
    if (failing.has(name)) throw new Error(`storage.${name} failed`);
  };
  const module = {
    readKey: async (name: string, key: string) => (check(name), structuredClone(area(name).get(key))),
    readKeys: async (name: string, keys: string[]) => {
      check(name);
      return Object.fromEntries(keys.filter((k) => area(name).has(k)).map((k) => [k, structuredClone(area(name).get(k))]));
    },
    writeKeys: async (name: string, items: Record<string, unknown>) => {
      check(name);
      for (const [k, v] of Object.entries(items)) area(name).set(k, structuredClone(v));
    },
    removeKeys: async (name: string, keys: string | string[]) => {
      check(name);
      for (const k of [keys].flat()) area(name).delete(k);
    },
  };
  /** Empties every area and ends every failure. */
  const reset = () => {
    areas.clear();
    failing.clear();
  };
  return { area, failing, module, reset };
}
