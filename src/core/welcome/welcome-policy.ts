import { isObject } from '../shared/is-object';

/** Whether the organisation's policy (what storage.managed gives) asks for no welcome page on
 *  install: `suppressWelcome: true` (public/managed-schema.json, docs/enterprise-policy.md). Only a
 *  real `true` counts; anything else, or no policy, leaves the page on. */
export function policySuppressesWelcome(policy: unknown): boolean {
  return isObject(policy) && policy.suppressWelcome === true;
}
