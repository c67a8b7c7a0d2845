// Types for test-hooks.mjs (a plain Node script, imported by its unit test).
export declare const TEST_HOOK_MARKERS: readonly string[];
export declare function findTestHooks(dir: string): { file: string; marker: string }[];
