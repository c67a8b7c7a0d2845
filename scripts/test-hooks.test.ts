// The built-extension scan must look for the key the e2e specs and storage-areas.ts actually use.
import { describe, expect, it } from 'vitest';
import { TEST_POLICY_KEY } from '../src/core/store/storage-keys';
import { TEST_HOOK_MARKERS } from './test-hooks.mjs';

describe('TEST_HOOK_MARKERS', () => {
  it('includes the test policy key', () => {
    expect(TEST_HOOK_MARKERS).toContain(TEST_POLICY_KEY);
  });
});
